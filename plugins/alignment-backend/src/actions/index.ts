import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { AlignmentActionDeps, pageDepsOf } from './actionDeps';
import { registerCampaignProgressAction } from './campaignProgressAction';
import { registerDriftingEntitiesAction } from './driftingEntitiesAction';
import { registerEntityFactsAction } from './entityFactsAction';
import { registerListCampaignsAction } from './listCampaignsAction';
import { registerObjectiveCoverageAction } from './objectiveCoverageAction';
import { registerObjectiveProgressAction } from './objectiveProgressAction';
import { registerScorecardAction } from './scorecardAction';

/**
 * Read-only actions for AI assistants and automation, served over MCP by
 * the mcp-actions backend. Each runs with the caller's credentials, so it
 * returns only what `catalog.entity.read` lets the caller see, and each is
 * offered only to callers granted `lodestar.actions.read`.
 */
export function registerAlignmentActions(
  actions: ActionsRegistryService,
  deps: AlignmentActionDeps,
): void {
  // Alignment: scorecards, drift and coverage, from the published results.
  registerScorecardAction(actions, deps.queries);
  registerDriftingEntitiesAction(actions, deps.queries);
  registerObjectiveCoverageAction(actions, deps.queries);
  // Outcomes: facts and measures, through the code of their routes.
  const pageDeps = pageDepsOf(deps);
  registerEntityFactsAction(actions, pageDeps);
  registerObjectiveProgressAction(actions, pageDeps);
  // Campaigns: through the campaign queries of their routes, so the counts
  // an assistant reads are the ones the campaigns page shows.
  registerListCampaignsAction(actions, pageDeps);
  registerCampaignProgressAction(actions, pageDeps);
}
