import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { StoredResult } from '../database/types';
import type { AlignmentNotifier } from './AlignmentNotifier';
import { figureDeltas, ReplacedResult } from './figureDeltas';

/**
 * Publishes re-evaluated results in place, and keeps what whole runs keep
 * true along with them: a history row for each changed result (written by
 * the store), the day's aggregates and the served run's statistics moved
 * by the difference, and owners told of level drops, as a whole run would
 * tell them. Returns what each result replaced.
 */
export async function publishReevaluated(options: {
  db: AlignmentDatabase;
  results: StoredResult[];
  runId: number;
  evaluatedAt: Date;
  notifier?: AlignmentNotifier;
}): Promise<ReplacedResult[]> {
  const { db, results, runId, notifier } = options;
  const previous = await db.results.replacePublishedMany(results, runId);
  const replaced = results.map(current => ({
    previous: previous.get(current.entityRef),
    current,
  }));
  const day = options.evaluatedAt.toISOString().slice(0, 10);
  const deltas = figureDeltas(replaced, day);
  await db.trends.adjustDaily(day, deltas.daily);
  await db.checkTrends.adjustDaily(day, deltas.stats.principles);
  const published = await db.results.publishedRunId();
  if (published !== undefined)
    await db.runs.adjustStats(published, deltas.stats);
  if (notifier) {
    notifier.startRun();
    await notifier.levelDrops(
      replaced.flatMap(({ previous: before, current }) =>
        before ? [{ previous: before, current }] : [],
      ),
    );
  }
  return replaced;
}
