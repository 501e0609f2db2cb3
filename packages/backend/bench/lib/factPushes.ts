import type { FactPushResponse } from '@lodestar/backstage-plugin-alignment-common';
import type { BenchBackend } from './BenchBackend';
import type { FactItem } from './factItems';

/** Pushes of facts by one or more clients. */
export interface PushResult {
  batches: number;
  /** Facts the backend accepted. */
  facts: number;
  /** From the first push sent to the last answered. */
  elapsedMs: number;
  /** Time of each push, sorted (ms). */
  times: number[];
}

/**
 * One `POST /api/alignment/facts`, timed from sending to the parsed answer
 * (the body is serialized before). Every fact must be accepted: the
 * benchmarks never repeat one, so a duplicate means they are mismeasuring.
 */
export async function pushFacts(
  backend: BenchBackend,
  items: FactItem[],
): Promise<{ ms: number; response: FactPushResponse }> {
  const body = JSON.stringify({ items });
  const facts = items.reduce((n, i) => n + Object.keys(i.facts).length, 0);
  const started = performance.now();
  const response = await backend.api<FactPushResponse>('/api/alignment/facts', {
    method: 'POST',
    body,
  });
  const ms = performance.now() - started;
  if (response.accepted !== facts)
    throw new Error(
      `A push of ${facts} facts had ${response.accepted} accepted and ${response.duplicates} duplicates`,
    );
  return { ms, response };
}

/**
 * `clients` concurrent clients, each pushing the next batch from `next`
 * as soon as its previous push is answered, until `next` has none or
 * `stop()` is called. A failed push stops them all and fails the result.
 */
export function pushConcurrently(
  backend: BenchBackend,
  next: () => FactItem[] | undefined,
  clients: number,
): { done: Promise<PushResult>; stop: () => void } {
  let stopped = false;
  const times: number[] = [];
  let facts = 0;
  const started = performance.now();
  const client = async () => {
    for (let items = next(); items && !stopped; items = next()) {
      const { ms, response } = await pushFacts(backend, items);
      times.push(ms);
      facts += response.accepted;
    }
  };
  const done = Promise.all(Array.from({ length: clients }, client))
    .catch(error => {
      stopped = true;
      throw error;
    })
    .then(
      (): PushResult => ({
        batches: times.length,
        facts,
        elapsedMs: performance.now() - started,
        times: times.sort((a, b) => a - b),
      }),
    );
  return {
    done,
    stop: () => {
      stopped = true;
    },
  };
}
