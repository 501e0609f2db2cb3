import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { alignmentActionsReadPermission } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentQueries } from '../service/AlignmentQueries';
import { canonical } from './canonicalRef';

/**
 * `list-drifting-entities`: the least aligned entities the caller may see,
 * optionally of one owner.
 */
export function registerDriftingEntitiesAction(
  actions: ActionsRegistryService,
  queries: AlignmentQueries,
): void {
  actions.register({
    name: 'list-drifting-entities',
    title: 'List drifting entities',
    description:
      'Lists the least aligned entities, optionally for one owning team, with their score, level and drift signals (ownership, strategic, compliance).',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    visibilityPermission: alignmentActionsReadPermission,
    schema: {
      input: z =>
        z.object({
          owner: z
            .string()
            .optional()
            .describe('Owning group, e.g. group:default/payments'),
          level: z
            .enum(['drifting', 'at-risk'])
            .optional()
            .describe('Only this level; default both'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(100)
            .optional()
            .describe('At most this many, default 20'),
        }),
      output: z =>
        z.object({
          totalItems: z.number(),
          items: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string().optional(),
              owner: z.string().optional(),
              score: z.number(),
              level: z.string(),
              signals: z.array(z.string()),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const scope = await queries.readScope(credentials);
      const filter = {
        owner: input.owner ? canonical(input.owner, 'group') : undefined,
      };
      const levels = input.level
        ? [input.level]
        : (['drifting', 'at-risk'] as const);
      const items = [];
      let totalItems = 0;
      for (const level of levels) {
        const page = await queries.entities(
          {
            filter: { ...filter, level },
            sort: 'score',
            order: 'asc',
            limit: input.limit ?? 20,
          },
          scope,
        );
        totalItems += page.totalItems;
        items.push(...page.items);
      }
      return {
        output: {
          totalItems,
          items: items
            .sort((a, b) => a.score - b.score)
            .slice(0, input.limit ?? 20)
            .map(({ entityRef, title, owner, score, level, signals }) => ({
              entityRef,
              title,
              owner,
              score,
              level,
              signals,
            })),
        },
      };
    },
  });
}
