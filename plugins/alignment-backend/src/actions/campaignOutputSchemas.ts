import {
  CAMPAIGN_ENTITY_STATES,
  CAMPAIGN_STATUSES,
} from '@lodestar/backstage-plugin-alignment-common';
import type { z as zod } from 'zod/v3';

/**
 * Output schemas of the campaign actions, written out field by field as
 * the outcome actions' are: an assistant reads them to know what it gets
 * back, and the actions registry checks each answer against them.
 */
type Zod = typeof zod;

function campaignCounts(z: Zod) {
  return z
    .object({
      inScope: z
        .number()
        .describe(
          'Entities the selector matches and a campaign check applies to',
        ),
      done: z.number(),
      remaining: z.number().describe('A campaign check fails'),
      waived: z.number(),
      errored: z.number(),
      noData: z.number().describe('A rule lacks a fact'),
    })
    .describe('Entities in each state, over those the caller may see');
}

/** `CampaignSummary`, as `GET /campaigns` lists it. */
export function campaignSummaryOutput(z: Zod) {
  return z.object({
    ref: z.string(),
    title: z.string(),
    description: z.string().optional(),
    owner: z.string().describe('Owning group ref'),
    lifecycle: z
      .enum([...CAMPAIGN_STATUSES, 'proposed'])
      .describe(
        'proposed: Lodestar proposed it and no steward accepted it yet',
      ),
    strategy: z.string().optional(),
    revision: z
      .string()
      .optional()
      .describe('Date of the strategy revision it answers'),
    checks: z.array(z.string()).describe('The check ids it asks for'),
    startsAt: z.string(),
    deadline: z.string(),
    daysLeft: z
      .number()
      .describe('Whole days to the deadline; negative once it passed'),
    overdue: z.boolean(),
    counts: campaignCounts(z),
    proposal: z
      .object({
        id: z.string(),
        proposedAt: z.string(),
        acceptedBy: z.string().optional(),
        acceptedAt: z.string().optional(),
      })
      .optional(),
  });
}

/** `CampaignProgress`, as `GET /campaigns/{namespace}/{name}` serves it. */
export function campaignProgressOutput(z: Zod) {
  const todo = z.object({
    entityRef: z.string(),
    owner: z.string().optional(),
    state: z.enum(CAMPAIGN_ENTITY_STATES as [string, ...string[]]),
    openChecks: z
      .array(z.string())
      .describe('The campaign checks the entity does not pass'),
  });
  return z.object({
    campaign: campaignSummaryOutput(z),
    byOwner: z
      .array(z.object({ owner: z.string(), counts: campaignCounts(z) }))
      .describe(
        'Per owner, most left to do first; unowned entities as "unowned"',
      ),
    burnDown: z
      .array(
        z.object({
          day: z.string(),
          inScope: z.number(),
          open: z.number(),
          ideal: z.number(),
        }),
      )
      .describe(
        'Open entities per day against a straight line to the deadline',
      ),
    burnDownWithheld: z
      .boolean()
      .optional()
      .describe(
        'True when the burn-down counts entities the caller may not see and is left out',
      ),
    open: z.object({
      items: z
        .array(todo)
        .describe('Entities not done, most urgent state first, then by ref'),
      totalCount: z.number(),
      nextCursor: z
        .string()
        .optional()
        .describe('Pass as cursor to read the next page'),
    }),
  });
}
