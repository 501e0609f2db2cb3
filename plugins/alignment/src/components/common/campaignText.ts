import type { CampaignSummary } from '@lodestar/backstage-plugin-alignment-common';

/**
 * How a campaign's deadline reads next to its date: `12 days left`,
 * `due today`, `overdue by 3 days`. The backend decides `overdue` (the
 * deadline passed with entities remaining), so a finished campaign whose
 * deadline passed reads as `ended`, not as a failure.
 */
export function deadlineText(
  campaign: Pick<CampaignSummary, 'daysLeft' | 'overdue'>,
): string {
  const { daysLeft, overdue } = campaign;
  if (overdue) {
    const late = Math.max(0, -daysLeft);
    if (late === 0) return 'overdue';
    return late === 1 ? 'overdue by 1 day' : `overdue by ${late} days`;
  }
  if (daysLeft < 0) return 'ended';
  if (daysLeft === 0) return 'due today';
  return daysLeft === 1 ? '1 day left' : `${daysLeft} days left`;
}

/** `3 campaigns`, `1 campaign`: counted nouns read better than `campaign(s)`. */
export function countText(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
