import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { StoredResult } from '../database/types';

/**
 * A stored result of `component:default/<name>` with the given score, its
 * level and checks following from it.
 */
export function storedResult(
  name: string,
  score: number,
  overrides: Partial<StoredResult> = {},
): StoredResult {
  let level: StoredResult['level'] = 'drifting';
  if (score >= 90) level = 'aligned';
  else if (score >= 70) level = 'at-risk';
  const evaluatedAt = overrides.evaluatedAt ?? '2026-06-01T00:00:00.000Z';
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    title: name.toUpperCase(),
    owner: 'group:default/payments',
    system: 'system:default/procure-to-pay',
    domain: 'domain:default/procurement',
    lifecycle: 'production',
    score,
    level,
    signals: score < 90 ? ['strategic'] : [],
    needsRevalidation: score < 70,
    validOwner: true,
    servesActive: score >= 70,
    objectiveRefs: ['objective:default/win-us'],
    failingChecks: 0,
    noDataChecks: 0,
    checkStatuses: {
      'intent.declared': 'pass',
      'principle.apis': score >= 90 ? 'pass' : 'fail',
    },
    fingerprint: `fp-${score}`,
    scorecard: {
      entityRef: `component:default/${name}`,
      score,
      evaluatedAt,
    } as any,
    evaluatedAt,
    ...overrides,
  };
}

/**
 * Runs a whole-catalog run that evaluated exactly `results`, in one page,
 * and publishes it. Returns its id.
 */
export async function publishRun(
  db: AlignmentDatabase,
  results: StoredResult[],
  startedAt = new Date(results[0]?.evaluatedAt ?? Date.now()),
): Promise<number> {
  const runId = await db.runs.start('schedule', startedAt);
  await db.staging.stagePage(runId, results);
  await db.staging.publish(runId, new Set(results.map(r => r.entityRef)));
  return runId;
}
