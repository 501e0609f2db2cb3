import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/**
 * How long evaluation may hold the event loop before it lets requests in.
 * Each rule's work is bounded by its budget, so one entity takes at most a
 * few milliseconds; slices keep a page of them from adding up.
 */
export const EVALUATION_SLICE_MS = 20;

/**
 * Yields the items one by one, giving the event loop a turn whenever the
 * caller's work since the last turn has taken `sliceMs` or more, so that a
 * long evaluation never stalls the backend's other requests.
 */
export async function* inSlices<T>(
  items: Iterable<T>,
  sliceMs: number = EVALUATION_SLICE_MS,
): AsyncGenerator<T> {
  let sliceStart = performance.now();
  for (const item of items) {
    yield item;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}
