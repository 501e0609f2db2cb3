import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { alignmentActionsReadPermission } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentQueries } from '../service/AlignmentQueries';
import { canonical } from './canonicalRef';

/**
 * `get-alignment-scorecard`: one entity's scorecard, if the caller may see
 * the entity.
 */
export function registerScorecardAction(
  actions: ActionsRegistryService,
  queries: AlignmentQueries,
): void {
  actions.register({
    name: 'get-alignment-scorecard',
    title: 'Get alignment scorecard',
    description:
      'Returns how well an entity (component, API, resource or system) is aligned with the company strategy: its score 0-100, level (aligned, at-risk, drifting), every ownership, strategic intent and principle check with its status, why it matters and the YAML that fixes a failure.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    visibilityPermission: alignmentActionsReadPermission,
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe(
              'Entity reference, e.g. component:default/billing-service',
            ),
        }),
      output: z =>
        z.object({
          scorecard: z
            .record(z.string(), z.unknown())
            .describe(
              'The scorecard, as GET /api/alignment/scorecards returns it',
            ),
        }),
    },
    action: async ({ input, credentials }) => {
      const scorecard = await queries.scorecard(
        canonical(input.entityRef, 'component'),
        credentials,
      );
      return {
        output: { scorecard: scorecard as unknown as Record<string, unknown> },
      };
    },
  });
}
