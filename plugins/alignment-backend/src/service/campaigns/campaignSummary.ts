import {
  CampaignBurnDownPoint,
  CampaignSummary,
  normalizeRef,
  PreparedCampaign,
} from '@lodestar/backstage-plugin-alignment-common';
import type { CampaignDay } from '../../database/DatabaseCampaignDailyStore';
import { CampaignFigures, noCounts, openCount } from './campaignFigures';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Listing order: what is under way first, then what awaits a decision,
 * then what is coming, then what ended.
 */
const LIFECYCLE_ORDER: Record<string, number> = {
  active: 0,
  proposed: 1,
  planned: 2,
  completed: 3,
};

/** Whole days from `today` to `date`, both YYYY-MM-DD (UTC). */
export function daysBetween(today: string, date: string): number {
  return Math.round(
    (Date.parse(date.slice(0, 10)) - Date.parse(today)) / DAY_MS,
  );
}

/** A campaign as listed, with its figures over what the caller may see. */
export function campaignSummary(
  campaign: PreparedCampaign,
  figures: CampaignFigures | undefined,
  today: string,
): CampaignSummary {
  const { spec, metadata } = campaign.entity;
  const counts = figures?.counts ?? noCounts();
  const daysLeft = daysBetween(today, campaign.deadline);
  const strategy = spec.strategy
    ? normalizeRef(spec.strategy, { defaultKind: 'strategy' })
    : undefined;
  return {
    ref: campaign.ref,
    title: campaign.title,
    ...(metadata.description && { description: metadata.description }),
    owner: normalizeRef(spec.owner, { defaultKind: 'group' }) ?? spec.owner,
    lifecycle: campaign.status,
    ...(strategy && { strategy }),
    ...(spec.revision && { revision: spec.revision }),
    checks: [...campaign.checkIds],
    startsAt: campaign.startsAt,
    deadline: campaign.deadline,
    daysLeft,
    overdue: daysLeft < 0 && openCount(counts) > 0,
    counts,
  };
}

/** Active first, then proposed, planned, completed; each by deadline, then ref. */
export function compareSummaries(a: CampaignSummary, b: CampaignSummary) {
  return (
    (LIFECYCLE_ORDER[a.lifecycle] ?? 4) - (LIFECYCLE_ORDER[b.lifecycle] ?? 4) ||
    a.deadline.localeCompare(b.deadline) ||
    a.ref.localeCompare(b.ref)
  );
}

/**
 * The recorded days with the ideal line: straight from the open count on
 * the start day down to zero on the deadline, and zero after it. When the
 * campaign was first judged after its start, everything then in scope is
 * taken as open on the start day: the line says where the campaign should
 * be by now, so a campaign that started late shows as behind.
 */
export function burnDown(
  days: readonly CampaignDay[],
  startsAt: string,
  deadline: string,
): CampaignBurnDownPoint[] {
  if (days.length === 0) return [];
  const start = startsAt.slice(0, 10);
  const onStart = days.find(d => d.day === start);
  const startOpen = onStart ? onStart.open : days[0].inScope;
  const span = Math.max(1, daysBetween(start, deadline));
  return days.map(d => {
    const elapsed = daysBetween(start, d.day);
    const left = Math.min(1, Math.max(0, 1 - elapsed / span));
    return {
      day: d.day,
      inScope: d.inScope,
      open: d.open,
      ideal: Math.round(startOpen * left * 10) / 10,
    };
  });
}
