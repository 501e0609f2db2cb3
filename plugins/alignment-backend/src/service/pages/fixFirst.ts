import {
  AlignmentConfig,
  CheckResult,
  FixCandidate,
  levelFor,
  Scorecard,
  scoreChecks,
} from '@lodestar/backstage-plugin-alignment-common';

/**
 * Each failing or erroring check of the given scorecards with the points
 * its entity would gain if it passed, most first: a team's "what to fix
 * first". An erroring rule counts for nothing now (see scoreChecks), so
 * fixing it is worth what its weight adds once it passes.
 */
export function fixCandidates(
  scorecards: Scorecard[],
  config: Pick<AlignmentConfig, 'weights' | 'levelThresholds'>,
  limit: number,
): FixCandidate[] {
  const candidates: FixCandidate[] = [];
  for (const scorecard of scorecards) {
    const checks = scorecard.pillars.flatMap(p => p.checks);
    for (const check of checks) {
      if (check.status !== 'fail' && check.status !== 'error') continue;
      const fixed: CheckResult[] = checks.map(c =>
        c === check ? { ...c, status: 'pass' } : c,
      );
      const scoreAfter = scoreChecks(fixed, config.weights) ?? 100;
      candidates.push({
        entityRef: scorecard.entityRef,
        checkId: check.id,
        title: check.title,
        severity: check.severity,
        status: check.status,
        message: check.message,
        score: scorecard.score,
        scoreGain: scoreAfter - scorecard.score,
        levelAfter: levelFor(scoreAfter, fixed, config.levelThresholds),
        ...(check.remediation && { remediation: check.remediation }),
      });
    }
  }
  return candidates
    .sort(
      (a, b) =>
        b.scoreGain - a.scoreGain ||
        a.score - b.score ||
        a.entityRef.localeCompare(b.entityRef) ||
        a.checkId.localeCompare(b.checkId),
    )
    .slice(0, limit);
}
