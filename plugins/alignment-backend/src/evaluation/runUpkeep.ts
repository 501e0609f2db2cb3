/**
 * What a whole-catalog run does around evaluation proper: recording the
 * strategy revisions it saw, pruning what is past its retention, and
 * closing runs cut off before it.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  CatalogSnapshot,
  isLodestarEntity,
  StrategyEntity,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { RevisionRecord } from '../database/types';
import {
  campaignFigures,
  openCount,
} from '../service/campaigns/campaignFigures';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Retention of raw history and daily aggregates, in days. */
export interface Retention {
  historyDays: number;
  aggregateDays: number;
  /** Days pushed fact observations are kept as they arrived. */
  factObservationDays: number;
}

/**
 * Records the revisions of the valid strategies in the snapshot, and
 * returns the one new revision that asks for a review, if any.
 */
export async function recordRevisions(
  db: AlignmentDatabase,
  snapshot: CatalogSnapshot,
  seenAt: string,
): Promise<RevisionRecord[]> {
  // A revision dated in the future is recorded, and announced, on its date.
  const today = seenAt.slice(0, 10);
  const revisions = [...snapshot.ofKind('strategy')]
    .filter(e => isLodestarEntity(e) && validateLodestarEntity(e).length === 0)
    .flatMap(e =>
      ((e as StrategyEntity).spec.revisions ?? []).map(r => ({
        strategyRef: stringifyEntityRef(e),
        date: r.date,
        trigger: r.trigger,
        summary: r.summary,
      })),
    )
    .filter(revision => revision.date <= today);
  const fresh = await db.trends.recordRevisions(revisions, seenAt);
  // On the very first run every revision is "new"; only the latest asks for review.
  return fresh.sort((a, b) => b.date.localeCompare(a.date)).slice(0, 1);
}

/**
 * Records each campaign's counts for the day, from the results just
 * published (over every entity: the burn-down is an aggregate).
 */
export async function recordCampaignDays(
  db: AlignmentDatabase,
  day: string,
): Promise<void> {
  const figures = campaignFigures(
    await db.published.campaignStandings(),
    () => true,
  );
  await db.campaignDays.saveDaily(
    day,
    [...figures].map(([campaignRef, { counts }]) => ({
      campaignRef,
      inScope: counts.inScope,
      open: openCount(counts),
    })),
  );
}

/** Deletes history, daily figures and runs past their retention. */
export async function pruneRetention(options: {
  db: AlignmentDatabase;
  logger: LoggerService;
  retention: Retention;
  now: Date;
}): Promise<void> {
  const { db, logger, retention } = options;
  const now = options.now.getTime();
  const historyBefore = new Date(
    now - retention.historyDays * DAY_MS,
  ).toISOString();
  const dailyBefore = new Date(now - retention.aggregateDays * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const pruned =
    (await db.trends.prune({ historyBefore, dailyBefore })) +
    (await db.checkTrends.prune(dailyBefore)) +
    (await db.campaignDays.prune(dailyBefore)) +
    (await db.facts.prune({
      observationsBefore: new Date(
        now - retention.factObservationDays * DAY_MS,
      ).toISOString(),
      // Daily fact values and measure values are trends, kept like history.
      dailyBefore: historyBefore.slice(0, 10),
    })) +
    (await db.measures.prune(historyBefore));
  await db
    .reclaimSpace()
    .catch(e => logger.warn(`Lodestar could not vacuum its results: ${e}`));
  await db.runs.prune(historyBefore);
  if (pruned > 0)
    logger.info(`Lodestar pruned ${pruned} rows past their retention`);
}

/**
 * Whole-catalog runs still marked running when a new one starts were cut
 * off: the scheduler runs one at a time across replicas, so their process
 * died or lost its lease. Their unpublished rows go, and they are recorded
 * as failed, so the next run compares against what is served.
 */
export async function abandonOrphanRuns(
  db: AlignmentDatabase,
  logger: LoggerService,
  now: () => Date,
): Promise<void> {
  for (const orphan of await db.runs.running()) {
    await db.staging.discard(orphan.id);
    const finishedAt = now();
    await db.runs.fail(orphan.id, {
      finishedAt,
      durationMs: finishedAt.getTime() - Date.parse(orphan.startedAt),
      evaluated: orphan.evaluated,
      error:
        'Abandoned: the process running it stopped before it finished; the previous results stayed served',
    });
    logger.warn(`Lodestar evaluation run ${orphan.id} was abandoned`);
  }
}
