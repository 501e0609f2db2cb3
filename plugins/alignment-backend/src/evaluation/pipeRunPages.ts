import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { RunPhaseClock } from './RunPhaseClock';

/**
 * What the pipeline does with the pages of a run.
 *
 * @typeParam Page - a page as the catalog serves it
 * @typeParam Served - what the database serves for a page's entities
 * @typeParam Evaluated - a page evaluated
 */
export interface RunPageSteps<Page, Served, Evaluated> {
  /** The pages, as the catalog serves them. */
  pages: AsyncIterator<Page>;
  /**
   * Reads what a page is compared with: started as soon as the page is
   * read, so that it is usually there by the time the page is evaluated.
   */
  lookUp(page: Page): Promise<Served>;
  /** Evaluates one page. */
  evaluate(page: Page, served: Served): Promise<Evaluated>;
  /** Stages one page's results; called in page order, one at a time. */
  stage(evaluated: Evaluated, served: Served): Promise<void>;
  /** Charged the time spent waiting on each step; names the one that failed. */
  clock: RunPhaseClock;
}

const ignore = () => undefined;

/** A page read, with the look-up of what it is compared with under way. */
interface PageRead<Page, Served> {
  page: Page;
  served: Promise<Served>;
}

/**
 * Reads, evaluates and stages a run's pages as a pipeline: while one page
 * is evaluated, the next is already being read from the catalog (and its
 * served results from the database), and the previous one written to the
 * database. The catalog and the database work in their own processes, so
 * the run waits for neither where it has evaluation to do meanwhile. Each
 * phase is charged only the time the run spent waiting for it, so the
 * phases still add up to the run.
 *
 * At most one page is read ahead and one staged behind, which bounds
 * memory to three pages; pages are staged in order. If any step fails, the
 * steps under way are waited for before the error is thrown, so that
 * nothing of the run is still being written when it is discarded.
 */
export async function pipeRunPages<Page, Served, Evaluated>(
  steps: RunPageSteps<Page, Served, Evaluated>,
): Promise<void> {
  const { pages, clock } = steps;
  const waited = clock.waited.bind(clock);
  const readNext = (): Promise<PageRead<Page, Served> | undefined> => {
    const next = pages.next().then(step => {
      if (step.done) return undefined;
      const served = steps.lookUp(step.value);
      served.catch(ignore);
      return { page: step.value, served };
    });
    // Awaited later; until then a failure must not go unhandled.
    next.catch(ignore);
    return next;
  };
  let reading = readNext();
  let staging: Promise<void> = Promise.resolve();
  let lookingUp: Promise<unknown> = Promise.resolve();
  try {
    for (;;) {
      const read = await waited('catalogReadMs', reading);
      if (!read) break;
      lookingUp = read.served;
      reading = readNext();
      const served = await waited('storeMs', read.served);
      const evaluated = await waited(
        'evaluateMs',
        steps.evaluate(read.page, served),
      );
      await waited('storeMs', staging);
      staging = steps.stage(evaluated, served);
      staging.catch(ignore);
      // Let requests in between pages: a run never holds the event loop long.
      await yieldToEventLoop();
    }
    await waited('storeMs', staging);
  } catch (error) {
    const next = reading.then(read => read?.served);
    await Promise.allSettled([next, lookingUp, staging]);
    await pages.return?.();
    throw error;
  }
}
