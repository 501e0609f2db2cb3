import type { Severity } from '../kinds/types';
import type { AlignmentLevel, CheckResult } from '../model/results';
import type { AlignmentConfig } from './config';

/**
 * Score of a set of checks, 0–100: the weight of the checks that passed (or
 * are waived) over the weight of the checks that apply. `not-applicable`
 * checks, `error`s (a broken rule is not the entity's fault) and `no-data`
 * (a fact the rule reads has not arrived or is stale) count for neither.
 * Null when nothing applies.
 * @public
 */
export function scoreChecks(
  checks: CheckResult[],
  weights: Record<Severity, number>,
): number | null {
  const { applicable, passed } = scorePartsOf(checks, weights);
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
  return levelForScore(
    score,
    checks.some(c => c.status === 'fail' && c.severity === 'critical'),
    thresholds,
  );
}

function levelForScore(
  score: number,
  criticalFails: boolean,
  thresholds: AlignmentConfig['levelThresholds'],
): AlignmentLevel {
  if (score >= thresholds.aligned) return criticalFails ? 'at-risk' : 'aligned';
  return score >= thresholds.atRisk ? 'at-risk' : 'drifting';
}

/**
 * What a score is made of: the weight of the checks that apply, of those
 * that passed (or are waived), and how many critical checks fail. A score
 * kept as its parts can take one check more, or one less, without
 * evaluating the entity again: what a principle preview needs.
 * @public
 */
export interface ScoreParts {
  /** Weight of the checks that apply (pass, fail or waived). */
  applicable: number;
  /** Weight of those that passed or are waived. */
  passed: number;
  /** Number of failing critical checks, which cap the level at `at-risk`. */
  criticalFails: number;
}

// The statuses that count in a score; not-applicable, error and no-data
// count for neither side.
const COUNTED = new Set<CheckResult['status']>(['pass', 'fail', 'waived']);

/**
 * Adds one check to the parts (`sign` 1) or takes it away (`sign` -1), as
 * scoreChecks counts it.
 * @public
 */
export function addCheck(
  parts: ScoreParts,
  check: Pick<CheckResult, 'status' | 'severity'>,
  weights: Record<Severity, number>,
  sign: 1 | -1 = 1,
): ScoreParts {
  if (!COUNTED.has(check.status)) {
    return parts;
  }
  const weight = weights[check.severity] ?? 0;
  const passed = check.status === 'pass' || check.status === 'waived';
  const criticalFail = check.status === 'fail' && check.severity === 'critical';
  return {
    applicable: parts.applicable + sign * weight,
    passed: parts.passed + (passed ? sign * weight : 0),
    criticalFails: parts.criticalFails + (criticalFail ? sign : 0),
  };
}

// Adds a check to the parts in place: the arithmetic of addCheck with sign
// 1, without an object per check.
function countInto(
  parts: ScoreParts,
  check: CheckResult,
  weights: Record<Severity, number>,
): void {
  const { status } = check;
  if (status !== 'pass' && status !== 'fail' && status !== 'waived') return;
  const weight = weights[check.severity] ?? 0;
  parts.applicable = parts.applicable + weight;
  parts.passed = parts.passed + (status === 'fail' ? 0 : weight);
  if (status === 'fail' && check.severity === 'critical')
    parts.criticalFails += 1;
}

/** The parts of the score of a set of checks. @public */
export function scorePartsOf(
  checks: CheckResult[],
  weights: Record<Severity, number>,
): ScoreParts {
  const parts = { applicable: 0, passed: 0, criticalFails: 0 };
  for (const check of checks) countInto(parts, check, weights);
  return parts;
}

const percentOf = (parts: ScoreParts): number | null =>
  parts.applicable === 0
    ? null
    : Math.round((100 * parts.passed) / parts.applicable);

/**
 * Each group's score (as scoreChecks gives it) and the score and level of
 * all the groups' checks together, in one pass: the figures of an entity's
 * pillars and of the entity.
 */
export function scoreGroups(
  groups: readonly CheckResult[][],
  weights: Record<Severity, number>,
  thresholds: AlignmentConfig['levelThresholds'],
): { scores: (number | null)[]; score: number; level: AlignmentLevel } {
  const total = { applicable: 0, passed: 0, criticalFails: 0 };
  const scores = groups.map(checks => {
    const parts = { applicable: 0, passed: 0, criticalFails: 0 };
    for (const check of checks) {
      countInto(parts, check, weights);
      // The total is summed in the order of all checks, as scoreChecks
      // would sum their concatenation, so that it rounds the same.
      countInto(total, check, weights);
    }
    return percentOf(parts);
  });
  const score = percentOf(total) ?? 100;
  return {
    scores,
    score,
    level: levelForScore(score, total.criticalFails > 0, thresholds),
  };
}

/**
 * The score and level the parts make, as the engine computes them: 100
 * when nothing applies.
 * @public
 */
export function scoreOfParts(
  parts: ScoreParts,
  thresholds: AlignmentConfig['levelThresholds'],
): { score: number; level: AlignmentLevel } {
  const score =
    parts.applicable === 0
      ? 100
      : Math.round((100 * parts.passed) / parts.applicable);
  return {
    score,
    level: levelForScore(score, parts.criticalFails > 0, thresholds),
  };
}
