import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { normalizeRef } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentQueries } from './service/AlignmentQueries';

function canonical(ref: string, defaultKind: string): string {
  const normalized = normalizeRef(ref, { defaultKind });
  if (!normalized) {
    throw new InputError(
      `"${ref}" is not an entity reference like ${defaultKind}:default/name`,
    );
  }
  return normalized;
}

/**
 * Read-only actions for AI assistants and automation, served over MCP by
 * the mcp-actions backend.
 */
export function registerAlignmentActions(
  actions: ActionsRegistryService,
  queries: AlignmentQueries,
): void {
  actions.register({
    name: 'get-alignment-scorecard',
    title: 'Get alignment scorecard',
    description:
      'Returns how well an entity (component, API, resource or system) is aligned with the company strategy: its score 0-100, level (aligned, at-risk, drifting), every ownership, strategic intent and principle check with its status, why it matters and the YAML that fixes a failure.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
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

  actions.register({
    name: 'list-drifting-entities',
    title: 'List drifting entities',
    description:
      'Lists the least aligned entities, optionally for one owning team, with their score, level and drift signals (ownership, strategic, compliance).',
    attributes: { readOnly: true, idempotent: true, destructive: false },
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
    action: async ({ input }) => {
      const filter = {
        owner: input.owner ? canonical(input.owner, 'group') : undefined,
      };
      const levels = input.level
        ? [input.level]
        : (['drifting', 'at-risk'] as const);
      const items = [];
      let totalItems = 0;
      for (const level of levels) {
        const page = await queries.entities({
          filter: { ...filter, level },
          sort: 'score',
          order: 'asc',
          limit: input.limit ?? 20,
        });
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

  actions.register({
    name: 'get-objective-coverage',
    title: 'Get objective coverage',
    description:
      'Lists each strategic objective with its status and the entities serving it, plus how many entities still serve retired objectives or serve none.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
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
      const coverage = await queries.objectives(credentials);
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
