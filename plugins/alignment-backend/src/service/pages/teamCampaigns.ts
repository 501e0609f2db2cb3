import type { TeamCampaignTodos } from '@lodestar/backstage-plugin-alignment-common';
import { listCampaigns } from '../campaigns/campaignQueries';
import type { PageCaller, PageDeps } from './pageContext';

/** A team page lists at most this many open entities per campaign. */
export const MAX_TEAM_CAMPAIGN_TODOS = 50;

/** The lifecycles that ask something of a team now, or are about to. */
const ASKING = new Set(['active', 'proposed']);

/**
 * What the active and proposed campaigns still need from the entities the
 * given owners own, over the entities the caller may see. The campaigns and
 * their figures are those the campaigns page serves, so a team's to-dos add
 * up to the campaign's counts by owner; the figures are computed once per
 * published results and read scope, not per page view. Campaigns with
 * nothing open for the team are left out: the card is a to-do list.
 */
export async function teamCampaignTodos(
  deps: PageDeps,
  caller: PageCaller,
  owners: readonly string[],
): Promise<TeamCampaignTodos[]> {
  const [campaigns, figures] = await Promise.all([
    listCampaigns(deps, caller),
    deps.queries.campaignFigures(caller.scope),
  ]);
  const team = new Set(owners);
  return campaigns
    .filter(campaign => ASKING.has(campaign.lifecycle))
    .flatMap(campaign => {
      // Already most urgent first, then by ref.
      const open = (figures.get(campaign.ref)?.open ?? []).filter(
        todo => todo.owner !== undefined && team.has(todo.owner),
      );
      if (open.length === 0) return [];
      return [
        {
          campaign,
          open: open.slice(0, MAX_TEAM_CAMPAIGN_TODOS),
          openCount: open.length,
        },
      ];
    });
}
