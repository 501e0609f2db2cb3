import { AlignmentApiError } from './outcomesApi';
import {
  describeError,
  GiveUpError,
  isTransient,
  pauseOrGiveUp,
  Patience,
} from './polling';

/** Most items the push routes take in one request. */
export const MAX_BATCH_ITEMS = 1000;

/** Consecutive slices of at most `size` items, in order. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    batches.push(items.slice(i, i + size));
  }
  return batches;
}

/** What the backend answered over all batches. */
export interface PushTotals {
  /** Values stored. */
  accepted: number;
  /** Values it already held from an earlier start, kept once. */
  duplicates: number;
}

/**
 * Sends the items in batches of at most {@link MAX_BATCH_ITEMS}, one after
 * the other. A batch refused because an entity is not evaluated yet, or
 * that failed on the way (unreachable, 5xx), is sent again after a pause,
 * until the deadline; any other refusal gives up, naming the problem.
 */
export async function pushInBatches<T>(
  what: string,
  items: readonly T[],
  push: (
    batch: T[],
    signal?: AbortSignal,
  ) => Promise<{ accepted: number; duplicates: number }>,
  patience: Patience,
): Promise<PushTotals> {
  const totals: PushTotals = { accepted: 0, duplicates: 0 };
  const batches = batchesOf(items, MAX_BATCH_ITEMS);
  for (const [index, batch] of batches.entries()) {
    for (;;) {
      try {
        const answer = await push(batch, patience.signal);
        totals.accepted += answer.accepted;
        totals.duplicates += answer.duplicates;
        break;
      } catch (error) {
        if (patience.signal?.aborted) throw error;
        const retry =
          (error instanceof AlignmentApiError && error.isNotEvaluatedYet) ||
          isTransient(error);
        const where = `${what} batch ${index + 1} of ${batches.length}`;
        if (!retry) {
          throw new GiveUpError(
            `the alignment backend refused ${where}: ${describeError(error)}`,
          );
        }
        await pauseOrGiveUp(
          patience,
          `${where} still failed at the deadline: ${describeError(error)}`,
        );
      }
    }
  }
  return totals;
}
