import { z } from 'zod';
import { isoInstant, parseInput, refSchema, text } from '../validation';

/** Most items one `POST /facts` or `POST /measures` takes. */
export const MAX_PUSH_ITEMS = 1000;

/** Largest body of a push: 1,000 items of a few facts each. */
export const PUSH_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

// How far ahead of the server's clock an observation may be dated: clocks
// drift, but a value from next week is a mistake.
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

const observedAt = isoInstant
  .refine(
    v => Date.parse(v) <= Date.now() + MAX_CLOCK_SKEW_MS,
    'must not be in the future',
  )
  .transform(v => new Date(v).toISOString());

const factValue = z.union([
  z.number().finite(),
  z.boolean(),
  z.string().max(1000),
]);

const factPush = z
  .object({
    entityRef: refSchema('component'),
    observedAt: observedAt.optional(),
    source: text(200),
    facts: z
      .record(z.string().min(1).max(100), factValue)
      .refine(f => Object.keys(f).length > 0, 'must hold at least one fact')
      .refine(f => Object.keys(f).length <= 100, 'must hold at most 100 facts'),
  })
  .strict();

/** One entity's facts at one time. */
export const factPushSchema = factPush;

const measureObservation = z
  .object({
    objectiveRef: refSchema('objective'),
    measureId: text(100),
    value: z.number().finite(),
    observedAt: observedAt.optional(),
    source: text(200),
  })
  .strict();

/** One value of one measure. */
export const measureObservationSchema = measureObservation;

/**
 * The items of a body that is one item or `{ items: [...] }`. The shape
 * is chosen first, so a bad field is named by its path (`items.3.source`)
 * rather than drowned in a union's alternatives.
 */
export function parsePush<T extends z.ZodTypeAny>(
  item: T,
  body: unknown,
  what: string,
): Array<z.infer<T>> {
  if (typeof body === 'object' && body !== null && 'items' in body) {
    return parseInput(
      z.object({ items: z.array(item).min(1).max(MAX_PUSH_ITEMS) }).strict(),
      body,
      what,
    ).items;
  }
  return [parseInput(item, body, what)];
}
