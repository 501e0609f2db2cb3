import type { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  AlignmentConfig,
  AlignmentEngine,
  CatalogSnapshot,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { StoredResult } from '../database/types';
import type { AlignmentNotifier } from './AlignmentNotifier';
import type { CatalogReader } from './CatalogReader';
import { publicEntityError } from './runErrors';
import { readObjectiveOutcomes } from './objectiveOutcomes';
import { publishReevaluated } from './publishReevaluated';
import { toStoredResult } from './toStoredResult';

/**
 * Re-evaluates one entity now and publishes its result in place, recorded
 * as an `entity` run; a failure is recorded with a message fit to show.
 */
export async function evaluateOneEntity(options: {
  entityRef: string;
  db: AlignmentDatabase;
  reader: CatalogReader;
  config: AlignmentConfig;
  logger: LoggerService;
  now: () => Date;
  snapshot: () => Promise<CatalogSnapshot>;
  notifier?: AlignmentNotifier;
}): Promise<StoredResult> {
  const { db, reader, config, now } = options;
  const ref = stringifyEntityRef(parseEntityRef(options.entityRef));
  const startedAt = now();
  const runId = await db.runs.start('entity', startedAt, ref);
  try {
    const snapshot = await options.snapshot();
    const entity = await reader.entity(ref);
    if (!entity) throw new NotFoundError(`No entity ${ref} in the catalog`);
    const engine = AlignmentEngine.create({
      snapshot,
      config,
      objectiveOutcomes: await readObjectiveOutcomes(db, snapshot, startedAt),
    });
    if (!engine.evaluates(entity)) {
      throw new NotFoundError(
        `${ref} is a ${
          entity.kind
        }; Lodestar evaluates ${config.evaluatedKinds.join(', ')}`,
      );
    }
    const [waivers, facts] = await Promise.all([
      db.waivers.list({ entityRef: ref, activeAt: startedAt.toISOString() }),
      db.facts.latestOf([ref.toLocaleLowerCase('en-US')]),
    ]);
    const result = engine.evaluate(entity, {
      now: startedAt,
      waivers,
      facts: facts.get(ref.toLocaleLowerCase('en-US')),
    });
    const stored = toStoredResult(entity, result, startedAt.toISOString());
    await publishReevaluated({
      db,
      results: [stored],
      runId,
      evaluatedAt: startedAt,
      notifier: options.notifier,
    });
    const finishedAt = now();
    await db.runs.succeed(runId, {
      finishedAt,
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      evaluated: 1,
      historyRows: 0,
    });
    return stored;
  } catch (error) {
    const shown = publicEntityError(error, runId);
    if (shown !== (error as Error)?.message) {
      options.logger.error(
        `Lodestar evaluation of ${ref} (run ${runId}) failed`,
        error as Error,
      );
    }
    const finishedAt = now();
    await db.runs.fail(runId, {
      finishedAt,
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      evaluated: 0,
      error: shown,
    });
    if (shown === (error as Error)?.message) throw error;
    throw new Error(shown);
  }
}
