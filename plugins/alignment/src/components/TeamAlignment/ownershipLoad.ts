import type { OwnershipLoad } from '@lodestar/backstage-plugin-alignment-common';

/** A figure to one decimal at most: 4, 2.5, 26.3. */
export function formatFigure(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * How a team's figure compares with the organisation's median, as a
 * sentence fragment: "above the org median of 4". Figures that round to
 * the same tenth count as equal, so 2.04 against 2 is not "above".
 */
export function compareToMedian(value: number, median: number | null): string {
  if (median === null) return 'no org median to compare with yet';
  const a = Math.round(value * 10);
  const b = Math.round(median * 10);
  if (a === b) return `the same as the org median of ${formatFigure(median)}`;
  const side = a > b ? 'above' : 'below';
  return `${side} the org median of ${formatFigure(median)}`;
}

/**
 * True when the team spans clearly more domains than the median team: at
 * least twice as many and at least two more. Both, because one domain more
 * than a median of one is normal for a team with a shared service, and
 * twice a median of zero is still zero.
 */
export function spansManyDomains(load: OwnershipLoad): boolean {
  const median = load.orgMedian.domains;
  if (median === null) return false;
  return load.domains >= 2 * median && load.domains - median >= 2;
}
