import type { Severity } from '../kinds/types';
import type { AlignmentLevel, CheckResult } from '../model/results';
import type { AlignmentConfig } from './config';

/**
 * Score of a set of checks, 0–100: the weight of the checks that passed (or
 * are waived) over the weight of the checks that apply. `not-applicable`
 * checks and `error`s (a broken rule is not the entity's fault) count for
 * neither. Null when nothing applies.
 * @public
 */
export function scoreChecks(
  checks: CheckResult[],
  weights: Record<Severity, number>,
): number | null {
  let applicable = 0;
  let passed = 0;
  for (const check of checks) {
    if (check.status === 'not-applicable' || check.status === 'error') continue;
    const weight = weights[check.severity] ?? 0;
    applicable += weight;
    if (check.status === 'pass' || check.status === 'waived') passed += weight;
  }
  return applicable === 0 ? null : Math.round((100 * passed) / applicable);
}

/**
 * The level for a score: `aligned` at or above the aligned threshold,
 * `at-risk` at or above the at-risk threshold, `drifting` below. A failing
 * critical check caps the level at `at-risk`, whatever the score.
 * @public
 */
export function levelFor(
  score: number,
  checks: CheckResult[],
  thresholds: AlignmentConfig['levelThresholds'],
): AlignmentLevel {
  let level: AlignmentLevel = 'drifting';
  if (score >= thresholds.aligned) level = 'aligned';
  else if (score >= thresholds.atRisk) level = 'at-risk';
  if (
    level === 'aligned' &&
    checks.some(c => c.status === 'fail' && c.severity === 'critical')
  ) {
    level = 'at-risk';
  }
  return level;
}
