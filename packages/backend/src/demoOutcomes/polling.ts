import { setTimeout as sleep } from 'node:timers/promises';

/** Why the demo pipeline stopped trying; logged, never thrown past it. */
export class GiveUpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GiveUpError';
  }
}

/** How long the demo pipeline keeps trying, and how often. */
export interface Patience {
  /** Pause between two attempts, in milliseconds. */
  intervalMs: number;
  /** When to give up, in milliseconds since the epoch. */
  deadline: number;
  /** Aborted when the backend shuts down. */
  signal?: AbortSignal;
}

/**
 * Waits `intervalMs` before the next attempt, or gives up, with `reason`,
 * when the next attempt would come after the deadline. Rejects with the
 * abort reason when the signal aborts.
 */
export async function pauseOrGiveUp(
  patience: Patience,
  reason: string,
): Promise<void> {
  if (Date.now() + patience.intervalMs > patience.deadline) {
    throw new GiveUpError(reason);
  }
  await sleep(patience.intervalMs, undefined, { signal: patience.signal });
}

/** A transient failure worth another attempt: unreachable, or a 5xx. */
export function isTransient(error: unknown): boolean {
  const status = (error as { status?: unknown })?.status;
  if (typeof status === 'number') return status >= 500;
  // fetch rejects with a TypeError when the server cannot be reached.
  // Compared by name: it may come from another realm (a test sandbox).
  return (error as Error)?.name === 'TypeError';
}

/** An error's message, with its cause's: fetch's own says only "fetch failed". */
export function describeError(error: unknown): string {
  const { message, cause } = error as { message?: string; cause?: unknown };
  const causeMessage = (cause as Error | undefined)?.message;
  const text = message ?? String(error);
  return causeMessage ? `${text} (${causeMessage})` : text;
}
