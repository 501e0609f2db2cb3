import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { alignmentActionsReadPermission } from '@lodestar/backstage-plugin-alignment-common';
import { entityFacts } from '../service/outcomes/entityFacts';
import type { PageDeps } from '../service/pages/pageContext';
import { canonical } from './canonicalRef';
import { entityFactsOutput } from './outcomeOutputSchemas';

/**
 * `get-entity-facts`: an entity's facts, as its facts route serves them, if
 * the caller may see the entity.
 */
export function registerEntityFactsAction(
  actions: ActionsRegistryService,
  deps: PageDeps,
): void {
  actions.register({
    name: 'get-entity-facts',
    title: 'Get entity facts',
    description:
      'Returns the facts pushed for an entity (DORA delivery metrics and any key declared under lodestar.facts): the latest value of each with when and where it came from, whether it is stale, its DORA band and daily trend, every declared key, and the keys its principles read. A check whose rule reads a missing or stale fact is no-data.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    visibilityPermission: alignmentActionsReadPermission,
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .max(512)
            .describe(
              'Entity reference, e.g. component:default/billing-service; the kind defaults to component',
            ),
        }),
      output: entityFactsOutput,
    },
    action: async ({ input, credentials }) => ({
      output: await entityFacts(
        deps,
        credentials,
        canonical(input.entityRef, 'component'),
      ),
    }),
  });
}
