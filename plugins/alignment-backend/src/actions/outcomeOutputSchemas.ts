import {
  DORA_BANDS,
  FACT_TYPES,
  MEASURE_CADENCES,
  MEASURE_DIRECTIONS,
  MEASURE_STATUSES,
} from '@lodestar/backstage-plugin-alignment-common';
import type { z as zod } from 'zod/v3';

/**
 * Output schemas of the outcome actions, written out field by field: an
 * assistant reads them to know what it gets back, and the actions registry
 * checks each answer against them.
 */
type Zod = typeof zod;

function dailyTrend(z: Zod) {
  return z
    .array(z.object({ day: z.string(), value: z.number() }))
    .describe('The last value of each day, oldest first');
}

function doraBandCounts(z: Zod) {
  return z.object({
    elite: z.number(),
    high: z.number(),
    medium: z.number(),
    low: z.number(),
  });
}

/** `EntityFactsResponse`, as `GET /entities/{kind}/{namespace}/{name}/facts` serves it. */
export function entityFactsOutput(z: Zod) {
  return z.object({
    entityRef: z.string(),
    definitions: z
      .array(
        z.object({
          key: z.string(),
          type: z.enum(FACT_TYPES),
          unit: z.string().optional(),
          description: z.string().optional(),
          maxAgeDays: z
            .number()
            .describe('After this many days without a value the fact is stale'),
          dora: z
            .object({
              better: z.enum(['higher', 'lower']),
              elite: z.number(),
              high: z.number(),
              medium: z.number(),
            })
            .optional(),
        }),
      )
      .describe('Every declared fact key, whether or not the entity has one'),
    facts: z
      .array(
        z.object({
          key: z.string(),
          value: z.union([z.number(), z.boolean(), z.string()]),
          observedAt: z.string(),
          source: z.string(),
          stale: z
            .boolean()
            .describe(
              'True when older than its maximum age: rules see it as missing',
            ),
          band: z.enum(DORA_BANDS).optional(),
          trend: dailyTrend(z),
        }),
      )
      .describe('The latest value of each key the entity has'),
    readByRules: z
      .array(z.string())
      .describe('Fact keys read by principles that apply to the entity'),
  });
}

/** `ObjectiveProgress`, as `GET /objectives/{namespace}/{name}/progress` serves it. */
export function objectiveProgressOutput(z: Zod) {
  const measure = z.object({
    id: z.string(),
    title: z.string(),
    unit: z.string().optional(),
    direction: z.enum(MEASURE_DIRECTIONS).optional(),
    target: z.number().optional(),
    targetText: z.string().optional(),
    by: z.string().optional(),
    baseline: z.object({ value: z.number(), date: z.string() }).optional(),
    cadence: z.enum(MEASURE_CADENCES).optional(),
    source: z.enum(['push', 'catalog', 'text']),
    current: z
      .object({ value: z.number(), observedAt: z.string(), source: z.string() })
      .optional(),
    projected: z.number().optional(),
    status: z.enum(MEASURE_STATUSES),
    reason: z.string(),
    trend: dailyTrend(z),
  });
  const delivery = z.object({
    key: z.string(),
    unit: z.string().optional(),
    entities: z.number().describe('Supporters with a fresh value'),
    median: z.number().nullable(),
    p25: z.number().nullable(),
    p75: z.number().nullable(),
    band: z.enum(DORA_BANDS).optional(),
    bands: doraBandCounts(z),
  });
  return z.object({
    objectiveRef: z.string(),
    measures: z.array(measure),
    delivery: z
      .array(delivery)
      .describe('The four DORA keys across the supporters the caller may see'),
    supporters: z
      .number()
      .describe(
        'Evaluated entities serving the objective that the caller may see',
      ),
  });
}
