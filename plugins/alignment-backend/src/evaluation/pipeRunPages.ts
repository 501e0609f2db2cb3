import type { Entity } from '@backstage/catalog-model';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { StoredResult } from '../database/types';
import type { RunPhaseClock } from './RunPhaseClock';

/** What the pipeline does with the pages of a run. */
export interface RunPageSteps {
  /** The evaluated entities, page by page, as the catalog serves them. */
  pages: AsyncIterator<Entity[]>;
  /** Evaluates one page. */
  evaluate(page: Entity[]): Promise<StoredResult[]>;
  /** Stages one page's results; called in page order, one at a time. */
  stage(results: StoredResult[]): Promise<void>;
  /** Charged the time spent waiting on each step; names the one that failed. */
  clock: RunPhaseClock;
}

const ignore = () => undefined;

/**
 * Reads, evaluates and stages a run's pages as a pipeline: while one page
 * is evaluated, the next is already being read from the catalog and the
 * previous one written to the database. The catalog and the database work
 * in their own processes, so the run waits for neither where it has
 * evaluation to do meanwhile. Each phase is charged only the time the run
 * spent waiting for it, so the phases still add up to the run.
 *
 * At most one page is read ahead and one staged behind, which bounds
 * memory to three pages; pages are staged in order. If any step fails, the
 * steps under way are waited for before the error is thrown, so that
 * nothing of the run is still being written when it is discarded.
 */
export async function pipeRunPages(steps: RunPageSteps): Promise<void> {
  const { pages, clock } = steps;
  const waited = clock.waited.bind(clock);
  // Both are awaited later; until then a failure must not go unhandled.
  let reading = pages.next();
  reading.catch(ignore);
  let staging: Promise<void> = Promise.resolve();
  try {
    for (;;) {
      const page = await waited('catalogReadMs', reading);
      if (page.done) break;
      reading = pages.next();
      reading.catch(ignore);
      const results = await waited('evaluateMs', steps.evaluate(page.value));
      await waited('storeMs', staging);
      staging = steps.stage(results);
      staging.catch(ignore);
      // Let requests in between pages: a run never holds the event loop long.
      await yieldToEventLoop();
    }
    await waited('storeMs', staging);
  } catch (error) {
    await Promise.allSettled([reading, staging]);
    await pages.return?.();
    throw error;
  }
}
