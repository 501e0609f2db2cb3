import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { alignmentActionsReadPermission } from '@lodestar/backstage-plugin-alignment-common';
import { objectiveProgress } from '../service/outcomes/objectiveProgress';
import { pageEntity, PageDeps } from '../service/pages/pageContext';
import { canonical } from './canonicalRef';
import { objectiveProgressOutput } from './outcomeOutputSchemas';

/**
 * `get-objective-progress`: where an objective's measures stand and how its
 * supporters deliver, as its progress route serves it: the objective must
 * be one the caller may see, and only the supporters they may see count.
 */
export function registerObjectiveProgressAction(
  actions: ActionsRegistryService,
  deps: PageDeps,
): void {
  actions.register({
    name: 'get-objective-progress',
    title: 'Get objective progress',
    description:
      'Returns where a strategic objective stands on its outcomes: each measure with its latest value, target, deadline, projection and status (on-track, at-risk, off-track, stale, not-measured) with the reason, plus the DORA delivery figures (median, quartiles, bands) of the entities serving it.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    visibilityPermission: alignmentActionsReadPermission,
    schema: {
      input: z =>
        z.object({
          objectiveRef: z
            .string()
            .max(512)
            .describe(
              'Objective reference, e.g. objective:default/win-us-midmarket; the kind defaults to objective',
            ),
        }),
      output: objectiveProgressOutput,
    },
    action: async ({ input, credentials }) => {
      const caller = {
        credentials,
        scope: await deps.queries.readScope(credentials),
      };
      const { entity, ref } = await pageEntity(
        deps,
        caller,
        canonical(input.objectiveRef, 'objective'),
        'Objective',
      );
      return { output: await objectiveProgress(deps, caller, entity, ref) };
    },
  });
}
