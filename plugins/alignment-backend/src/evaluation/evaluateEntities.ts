import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlignmentConfig,
  AlignmentEngine,
  CatalogSnapshot,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { StoredResult } from '../database/types';
import type { AlignmentNotifier } from './AlignmentNotifier';
import type { CatalogReader } from './CatalogReader';
import { evaluateForRun } from './evaluateForRun';
import { inSlices } from './inSlices';
import { readObjectiveOutcomes } from './objectiveOutcomes';
import { publishReevaluated } from './publishReevaluated';

/**
 * Re-evaluates some entities now, for example those whose facts just
 * arrived, and publishes each result in place: recorded as one `entity`
 * run. Refs that are not in the catalog, or of kinds Lodestar does not
 * evaluate, are skipped; a failure is logged and recorded on the run, and
 * the served results stay as they were.
 */
export async function evaluateEntities(options: {
  entityRefs: string[];
  db: AlignmentDatabase;
  reader: CatalogReader;
  config: AlignmentConfig;
  logger: LoggerService;
  now: () => Date;
  snapshot: () => Promise<CatalogSnapshot>;
  notifier?: AlignmentNotifier;
}): Promise<StoredResult[]> {
  const { db, reader, config, now, entityRefs } = options;
  const startedAt = now();
  const runId = await db.runs.start(
    'entity',
    startedAt,
    entityRefs.length === 1 ? entityRefs[0] : undefined,
  );
  const stored: StoredResult[] = [];
  try {
    const snapshot = await options.snapshot();
    const engine = AlignmentEngine.create({
      snapshot,
      config,
      objectiveOutcomes: await readObjectiveOutcomes(db, snapshot, startedAt),
    });
    const entities = (await reader.entities(entityRefs)).filter(e =>
      engine.evaluates(e),
    );
    const refs = entities.map(e =>
      stringifyEntityRef(e).toLocaleLowerCase('en-US'),
    );
    const [facts, waivers] = await Promise.all([
      db.facts.latestOf(refs),
      db.waivers.activeByEntity(startedAt.toISOString()),
    ]);
    const inputs = {
      evaluatedAt: startedAt,
      waivers,
      facts,
      withScoreParts: false,
    };
    for await (const entity of inSlices(entities)) {
      stored.push(evaluateForRun(engine, entity, inputs).stored);
    }
    // One transaction for the batch: entity by entity, a busy push stream
    // outran the re-evaluation.
    await publishReevaluated({
      db,
      results: stored,
      runId,
      evaluatedAt: startedAt,
      notifier: options.notifier,
    });
    const finishedAt = now();
    await db.runs.succeed(runId, {
      finishedAt,
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      evaluated: stored.length,
      historyRows: 0,
    });
    return stored;
  } catch (error) {
    options.logger.error(
      `Lodestar re-evaluation of ${entityRefs.length} entities (run ${runId}) failed`,
      error as Error,
    );
    const finishedAt = now();
    await db.runs.fail(runId, {
      finishedAt,
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      evaluated: stored.length,
      error: `Re-evaluating ${entityRefs.length} entities failed; see the backend log of run ${runId}`,
    });
    return stored;
  }
}
