import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { AlignmentQueries } from '../service/AlignmentQueries';
import { registerDriftingEntitiesAction } from './driftingEntitiesAction';
import { registerObjectiveCoverageAction } from './objectiveCoverageAction';
import { registerScorecardAction } from './scorecardAction';

/**
 * Read-only actions for AI assistants and automation, served over MCP by
 * the mcp-actions backend. Each runs with the caller's credentials, so it
 * returns only what `catalog.entity.read` lets the caller see, and each is
 * offered only to callers granted `lodestar.actions.read`.
 */
export function registerAlignmentActions(
  actions: ActionsRegistryService,
  queries: AlignmentQueries,
): void {
  registerScorecardAction(actions, queries);
  registerDriftingEntitiesAction(actions, queries);
  registerObjectiveCoverageAction(actions, queries);
}
