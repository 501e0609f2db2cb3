import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { demoOutcomeData, DemoOutcomeData } from './demoOutcomeData';
import type { AlignmentOutcomesApi } from './outcomesApi';
import { describeError, GiveUpError, Patience } from './polling';
import { pushInBatches, PushTotals } from './pushBatches';
import { DEMO_SOURCE } from './story';
import { waitForEvaluatedCatalog } from './waitForEvaluation';

/** What the demo pipeline needs to run once. */
export interface SeedDemoOutcomesOptions {
  api: Pick<
    AlignmentOutcomesApi,
    'latestEvaluation' | 'pushFacts' | 'pushMeasures'
  >;
  /** The catalog's Components, Systems, Domains and Objectives. */
  readEntities: () => Promise<Entity[]>;
  logger: LoggerService;
  /** Pause between attempts; 5 seconds by default. */
  pollIntervalMs?: number;
  /** How long to keep trying in all; 10 minutes by default. */
  timeoutMs?: number;
  /** Aborted when the backend shuts down. */
  signal?: AbortSignal;
  /** The time the data ends at; now by default. */
  now?: () => Date;
}

/** How the run ended: pushed, given up (the reason logged), or stopped at shutdown. */
export type SeedOutcome = 'pushed' | 'gave-up' | 'stopped';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;

/** The one line logged when everything was pushed. */
function summaryOf(
  data: DemoOutcomeData,
  facts: PushTotals,
  measures: PushTotals,
): string {
  const { days, reporting, silent, measured } = data;
  return [
    `Demo outcome data pushed as source ${DEMO_SOURCE}, ${days[0]} to ${
      days[days.length - 1]
    }:`,
    `DORA facts of ${plural(reporting.length, 'component')}`,
    `(${facts.accepted} values new, ${facts.duplicates} already stored),`,
    `${plural(data.measures.length, 'value')} of`,
    `${plural(measured.length, 'measure')}`,
    `(${measures.accepted} new, ${measures.duplicates} already stored);`,
    `left without facts: ${silent.join(', ') || 'none'}`,
  ].join(' ');
}

/**
 * Writes the demo's outcome data the way a pipeline would: waits until
 * Lodestar has evaluated the catalog, generates 90 days of DORA facts and
 * measure values from the catalog's entities, and pushes them through the
 * public API. Never throws: a failure is logged and the run gives up, so
 * the demo works on without the data.
 */
export async function seedDemoOutcomes(
  options: SeedDemoOutcomesOptions,
): Promise<SeedOutcome> {
  const { api, logger } = options;
  const patience: Patience = {
    intervalMs: options.pollIntervalMs ?? 5_000,
    deadline: Date.now() + (options.timeoutMs ?? 10 * 60_000),
    signal: options.signal,
  };
  try {
    await waitForEvaluatedCatalog(api, patience);
    const data = demoOutcomeData(
      await options.readEntities(),
      options.now?.() ?? new Date(),
    );
    const facts = await pushInBatches(
      'facts',
      data.facts,
      (batch, signal) => api.pushFacts(batch, signal),
      patience,
    );
    const measures = await pushInBatches(
      'measures',
      data.measures,
      (batch, signal) => api.pushMeasures(batch, signal),
      patience,
    );
    logger.info(summaryOf(data, facts, measures));
    return 'pushed';
  } catch (error) {
    if (options.signal?.aborted) {
      logger.debug('Demo outcome data: stopped at shutdown');
      return 'stopped';
    }
    const reason =
      error instanceof GiveUpError ? error.message : describeError(error);
    logger.warn(`Demo outcome data not pushed: ${reason}`);
    return 'gave-up';
  }
}
