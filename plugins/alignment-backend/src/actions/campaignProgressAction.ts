import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { alignmentActionsReadPermission } from '@lodestar/backstage-plugin-alignment-common';
import { campaignProgress } from '../service/campaigns/campaignQueries';
import type { PageDeps } from '../service/pages/pageContext';
import { canonical } from './canonicalRef';
import { campaignProgressOutput } from './campaignOutputSchemas';

/** As `GET /campaigns/{namespace}/{name}` pages its open entities. */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/**
 * `get-campaign-progress`: one campaign's progress as its route serves it
 * (same code): the campaign must be one the caller may see, and only the
 * entities they may see are counted and listed.
 */
export function registerCampaignProgressAction(
  actions: ActionsRegistryService,
  deps: PageDeps,
): void {
  actions.register({
    name: 'get-campaign-progress',
    title: 'Get campaign progress',
    description:
      'Returns how far a realignment campaign got: its counts (done, remaining, waived, errored, no data), the same per owning team (most left to do first), its burn-down, and the entities still open, most urgent first, each with the campaign checks it does not pass yet. Open entities come a page at a time: pass nextCursor as cursor for the next.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    visibilityPermission: alignmentActionsReadPermission,
    schema: {
      input: z =>
        z.object({
          campaignRef: z
            .string()
            .max(512)
            .describe(
              'Campaign reference, e.g. campaign:default/realign-march-2026; the kind defaults to campaign',
            ),
          cursor: z
            .string()
            .max(2000)
            .optional()
            .describe('The nextCursor of a previous answer'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(MAX_LIMIT)
            .optional()
            .describe(
              `At most this many open entities, default ${DEFAULT_LIMIT}`,
            ),
        }),
      output: campaignProgressOutput,
    },
    action: async ({ input, credentials }) => {
      const scope = await deps.queries.readScope(credentials);
      const output = await campaignProgress(
        deps,
        { credentials, scope },
        canonical(input.campaignRef, 'campaign'),
        { limit: input.limit ?? DEFAULT_LIMIT, cursor: input.cursor },
      );
      return { output };
    },
  });
}
