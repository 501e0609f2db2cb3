import type {
  EntityRow,
  Scorecard,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { ResultSummary } from '../database/types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A row of the entity list: the stored result's columns and its score
 * change over 30 days (`null` when there is no score from then).
 */
export function entityRow(
  result: ResultSummary,
  delta30d: number | null,
): EntityRow {
  return {
    entityRef: result.entityRef,
    title: result.title,
    kind: result.kind,
    owner: result.owner,
    system: result.system,
    domain: result.domain,
    lifecycle: result.lifecycle,
    score: result.score,
    level: result.level,
    delta30d,
    signals: result.signals,
    needsRevalidation: result.needsRevalidation,
    failingChecks: result.failingChecks,
    noDataChecks: result.noDataChecks,
    evaluatedAt: result.evaluatedAt,
  };
}

/** Rows of the given results, each with its score change over 30 days. */
export async function rowsWithDelta(
  db: AlignmentDatabase,
  results: ResultSummary[],
  now: Date,
): Promise<EntityRow[]> {
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const before = await db.history.scoresAsOf(
    results.map(r => r.entityRef),
    monthAgo,
  );
  return results.map(r =>
    entityRow(
      r,
      before.has(r.entityRef) ? r.score - before.get(r.entityRef)! : null,
    ),
  );
}

/**
 * The rows with the outcome and message of one check, read from their
 * scorecards: only a page's worth are read, never the whole list's.
 */
export async function withCheckOutcome(
  db: AlignmentDatabase,
  rows: EntityRow[],
  checkId: string,
): Promise<EntityRow[]> {
  const scorecards = await db.results.publishedScorecards(
    rows.map(r => r.entityRef),
  );
  return rows.map((row, i) => {
    const json = scorecards[i];
    const check = json
      ? (JSON.parse(json) as Scorecard).pillars
          .flatMap(p => p.checks)
          .find(c => c.id === checkId)
      : undefined;
    return check
      ? {
          ...row,
          check: { id: check.id, status: check.status, message: check.message },
        }
      : row;
  });
}
