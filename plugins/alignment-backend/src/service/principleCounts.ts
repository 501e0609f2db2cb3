import type { CheckStatus } from '@lodestar/backstage-plugin-alignment-common';

/** How many entities had each outcome of one principle's check. */
export interface PrincipleStatusCounts {
  pass: number;
  fail: number;
  error: number;
  waived: number;
  /** A fact the rule needs was missing or stale. */
  noData: number;
  /** The principle takes effect later; these checks do not count yet. */
  upcoming?: number;
}

/** All zero. */
export function noPrincipleCounts(): PrincipleStatusCounts {
  return { pass: 0, fail: 0, error: 0, waived: 0, noData: 0 };
}

/** Counts one outcome; not-applicable counts nowhere. */
export function countPrincipleStatus(
  counts: PrincipleStatusCounts,
  status: CheckStatus,
): void {
  if (status === 'no-data') counts.noData += 1;
  else if (status === 'upcoming') counts.upcoming = (counts.upcoming ?? 0) + 1;
  else if (status !== 'not-applicable') counts[status] += 1;
}

/**
 * Counts read back from a run's stored statistics, which runs before
 * no-data existed wrote without it.
 */
export function storedPrincipleCounts(
  counts: Partial<PrincipleStatusCounts> | undefined,
): PrincipleStatusCounts {
  return { ...noPrincipleCounts(), ...counts };
}
