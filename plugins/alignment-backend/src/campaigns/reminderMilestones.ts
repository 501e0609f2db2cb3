import { daysBetween } from '../service/campaigns/campaignSummary';

// When a campaign's owners are reminded: once it starts, N days before its
// deadline for each configured N, and once it is overdue.

/** `started`, `due-in-<N>` or `overdue`. */
export type Milestone = 'started' | `due-in-${number}` | 'overdue';

/**
 * The latest milestone a campaign reached on `today` (YYYY-MM-DD), if any:
 * `overdue` after the deadline; else `due-in-N` for the smallest N (of
 * `reminderDays`) with today on or after deadline − N; else `started` from
 * the start date on.
 *
 * Only the latest is sent: milestones only move forward, so each is still
 * sent at most once, and owners of a campaign first seen late (accepted a
 * week before its deadline, or after a backend outage) get the one
 * reminder that matters now, not a burst of stale ones.
 */
export function currentMilestone(
  campaign: { startsAt: string; deadline: string },
  today: string,
  reminderDays: readonly number[],
): Milestone | undefined {
  const left = daysBetween(today, campaign.deadline);
  if (left < 0) return 'overdue';
  const due = reminderDays.filter(n => left <= n).sort((a, b) => a - b)[0];
  if (due !== undefined) return `due-in-${due}`;
  if (daysBetween(campaign.startsAt, today) >= 0) return 'started';
  return undefined;
}

/** The campaign page's path in the app. */
export function campaignPath(campaignRef: string): string {
  const [, rest] = campaignRef.split(':');
  const [namespace, name] = rest.split('/');
  return `/alignment/campaigns/${encodeURIComponent(
    namespace,
  )}/${encodeURIComponent(name)}`;
}
