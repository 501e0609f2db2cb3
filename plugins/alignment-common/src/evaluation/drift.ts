import type {
  CheckResult,
  DriftSignal,
  DriftSignalType,
  EntityAlignment,
  Pillar,
} from '../model/results';

const SIGNAL_OF_PILLAR: Record<Pillar, DriftSignalType> = {
  ownership: 'ownership',
  intent: 'strategic',
  principles: 'compliance',
};

/**
 * The drift signals an entity shows: one per pillar with failing checks,
 * listing the failures' messages as reasons.
 * @public
 */
export function driftSignals(checks: CheckResult[]): DriftSignal[] {
  const byType = new Map<DriftSignalType, string[]>();
  for (const check of checks) {
    if (check.status !== 'fail') continue;
    const type = SIGNAL_OF_PILLAR[check.pillar];
    const reasons = byType.get(type) ?? [];
    reasons.push(`${check.title}: ${check.message}`);
    byType.set(type, reasons);
  }
  return (['ownership', 'strategic', 'compliance'] as const)
    .filter(type => byType.has(type))
    .map(type => ({ type, reasons: byType.get(type)! }));
}

/** How an entity's alignment changed since a previous result. @public */
export interface AlignmentChange {
  /** The current score minus the previous one. */
  scoreDelta: number;
  /** The sign of `scoreDelta`: `stable` when the score did not change. */
  trend: 'improving' | 'stable' | 'worsening';
  /** Check ids that fail now but did not before. */
  newlyFailing: string[];
  /** Check ids that failed before and pass (or are waived) now. */
  newlyPassing: string[];
}

function failingIds(result: Pick<EntityAlignment, 'pillars'>): Set<string> {
  const ids = new Set<string>();
  for (const pillar of result.pillars) {
    for (const check of pillar.checks)
      if (check.status === 'fail') ids.add(check.id);
  }
  return ids;
}

function settledIds(result: Pick<EntityAlignment, 'pillars'>): Set<string> {
  const ids = new Set<string>();
  for (const pillar of result.pillars) {
    for (const check of pillar.checks) {
      if (check.status === 'pass' || check.status === 'waived')
        ids.add(check.id);
    }
  }
  return ids;
}

function trendOf(scoreDelta: number): AlignmentChange['trend'] {
  if (scoreDelta > 0) return 'improving';
  if (scoreDelta < 0) return 'worsening';
  return 'stable';
}

/**
 * Compares a result with the previous one for the same entity.
 * @public
 */
export function compareAlignment(
  previous: Pick<EntityAlignment, 'score' | 'pillars'>,
  current: Pick<EntityAlignment, 'score' | 'pillars'>,
): AlignmentChange {
  const before = failingIds(previous);
  const now = failingIds(current);
  const settled = settledIds(current);
  const scoreDelta = current.score - previous.score;
  return {
    scoreDelta,
    trend: trendOf(scoreDelta),
    newlyFailing: [...now].filter(id => !before.has(id)).sort(),
    newlyPassing: [...before].filter(id => settled.has(id)).sort(),
  };
}
