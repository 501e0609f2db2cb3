import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { alignmentActionsReadPermission } from '@lodestar/backstage-plugin-alignment-common';
import { listCampaigns } from '../service/campaigns/campaignQueries';
import type { PageDeps } from '../service/pages/pageContext';
import { campaignSummaryOutput } from './campaignOutputSchemas';

/**
 * `list-campaigns`: the realignment campaigns, as `GET /campaigns` lists
 * them (same code, so the counts match): those the caller may see, with
 * counts over the entities they may see.
 */
export function registerListCampaignsAction(
  actions: ActionsRegistryService,
  deps: PageDeps,
): void {
  actions.register({
    name: 'list-campaigns',
    title: 'List realignment campaigns',
    description:
      'Lists the realignment campaigns (dated, owned efforts to bring entities in line with a strategy revision or principle): each with its owner, lifecycle (active, proposed, planned, completed), the checks it asks for, its deadline, days left, whether it is overdue, and how many entities in scope are done, remaining, waived, errored or lacking data. Active campaigns come first.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    visibilityPermission: alignmentActionsReadPermission,
    schema: {
      input: z =>
        z.object({
          lifecycle: z
            .enum(['active', 'proposed', 'planned', 'completed'])
            .optional()
            .describe('Only campaigns in this lifecycle; default all'),
        }),
      output: z =>
        z.object({
          items: z
            .array(campaignSummaryOutput(z))
            .describe('Active first, then proposed, planned, completed'),
        }),
    },
    action: async ({ input, credentials }) => {
      const scope = await deps.queries.readScope(credentials);
      const items = await listCampaigns(deps, { credentials, scope });
      return {
        output: {
          items: input.lifecycle
            ? items.filter(c => c.lifecycle === input.lifecycle)
            : items,
        },
      };
    },
  });
}
