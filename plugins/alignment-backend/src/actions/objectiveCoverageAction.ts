import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { alignmentActionsReadPermission } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentQueries } from '../service/AlignmentQueries';

/**
 * `get-objective-coverage`: each objective the caller may see with how many
 * of the entities they may see serve it.
 */
export function registerObjectiveCoverageAction(
  actions: ActionsRegistryService,
  queries: AlignmentQueries,
): void {
  actions.register({
    name: 'get-objective-coverage',
    title: 'Get objective coverage',
    description:
      'Lists each strategic objective with its status and the entities serving it, plus how many entities still serve retired objectives or serve none.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    visibilityPermission: alignmentActionsReadPermission,
    schema: {
      input: z => z.object({}),
      output: z =>
        z.object({
          objectives: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string(),
              status: z.string(),
              supportingCount: z.number(),
              meanScore: z.number().nullable(),
            }),
          ),
          servingRetired: z.number(),
          servingNone: z.number(),
        }),
    },
    action: async ({ credentials }) => {
      const coverage = await queries.objectives(
        credentials,
        await queries.readScope(credentials),
      );
      return {
        output: {
          objectives: coverage.objectives.map(
            ({ entityRef, title, status, supportingCount, meanScore }) => ({
              entityRef,
              title,
              status,
              supportingCount,
              meanScore,
            }),
          ),
          servingRetired: coverage.servingRetired.count,
          servingNone: coverage.servingNone.count,
        },
      };
    },
  });
}
