import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod';
import { LISTED_CHECK_STATUSES } from '@lodestar/backstage-plugin-alignment-common';
import { SORT_KEYS } from '../database/listCursor';

/**
 * Parses input at the edge: a value that does not fit becomes an
 * InputError (400) naming each field and problem, never a 500.
 */
export function parseInput<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  what: string,
): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map(
        issue =>
          `${issue.path.length > 0 ? issue.path.join('.') : 'value'}: ${
            issue.message
          }`,
      )
      .join('; ');
    throw new InputError(`Invalid ${what}: ${problems}`);
  }
  return parsed.data;
}

export const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A canonical, lowercase entity ref from any of Backstage's forms; short
 * forms take the kind the field implies (`payments` as an owner is
 * `group:default/payments`).
 */
export function refSchema(defaultKind?: string) {
  return z
    .string()
    .max(512)
    .transform((value, ctx) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
        ).toLocaleLowerCase('en-US');
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `"${value}" is not an entity reference like component:default/name`,
        });
        return z.NEVER;
      }
    });
}

/** An entity ref with its kind spelled out. */
export const entityRefSchema = refSchema();

/** Filters shared by /overview, /entities and /entities.csv. */
export const filterSchema = z.object({
  owner: refSchema('group').optional(),
  system: refSchema('system').optional(),
  domain: refSchema('domain').optional(),
  kind: z
    .string()
    .max(64)
    .transform(k => k.toLocaleLowerCase('en-US'))
    .optional(),
  lifecycle: text(64).optional(),
  level: z.enum(['aligned', 'at-risk', 'drifting']).optional(),
  signal: z.enum(['ownership', 'strategic', 'compliance']).optional(),
  q: text(200).optional(),
  needsRevalidation: z
    .enum(['true', 'false'])
    .transform(value => value === 'true')
    .optional(),
});

/** A check id: `ownership.<check>`, `intent.<check>` or a principle's ref. */
export const checkIdSchema = z
  .string()
  .max(255)
  // A principle's check id is its entity ref: the namespace a DNS label,
  // the name 1-63 characters as Backstage allows them. Lowercased as the
  // engine's ids are, so `principle:default/Docs` means the principle `Docs`.
  .regex(
    /^(ownership|intent)\.[a-z-]+$|^principle:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/,
    'must be a check id such as ownership.on-call or principle:<namespace>/<name>',
  )
  .transform(id => id.toLocaleLowerCase('en-US'));

const checkStatusesSchema = z
  .string()
  .max(64)
  .transform(value => value.split(',').map(s => s.trim()))
  .pipe(z.array(z.enum(LISTED_CHECK_STATUSES)).min(1));

const listQueryFields = filterSchema.extend({
  objective: refSchema('objective').optional(),
  check: checkIdSchema.optional(),
  checkStatus: checkStatusesSchema.optional(),
  sort: z
    .enum(Object.keys(SORT_KEYS) as [keyof typeof SORT_KEYS])
    .default('score'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(2000).optional(),
});

/** A check status filter means nothing without the check it is of. */
function checkStatusNeedsCheck(query: {
  check?: string;
  checkStatus?: unknown;
}) {
  return !query.checkStatus || Boolean(query.check);
}
const CHECK_STATUS_PROBLEM = {
  message: 'checkStatus needs check, the id of the check to filter on',
  path: ['checkStatus'],
};

/** `GET /entities`: filters, sorting and a page. */
export const listQuerySchema = listQueryFields.refine(
  checkStatusNeedsCheck,
  CHECK_STATUS_PROBLEM,
);

/** `GET /entities.csv`: filters and sorting; every row, so no page. */
export const csvQuerySchema = listQueryFields
  .omit({ limit: true, cursor: true })
  .refine(checkStatusNeedsCheck, CHECK_STATUS_PROBLEM);

export const isoInstant = z
  .string()
  .max(40)
  .refine(
    v => !Number.isNaN(Date.parse(v)),
    'must be an ISO date or timestamp',
  );

export const historyQuerySchema = z.object({
  from: isoInstant.optional(),
  to: isoInstant.optional(),
});

export const waiverBodySchema = z
  .object({
    entityRef: entityRefSchema,
    checkId: checkIdSchema,
    reason: text(2000),
    expiresAt: isoInstant,
  })
  .strict();

export const evaluationBodySchema = z
  .object({
    entityRef: entityRefSchema.optional(),
  })
  .strict();

/** Body of `POST /preview`: the draft, as an entity object or YAML text. */
export const previewBodySchema = z
  .object({
    principle: z.union([
      z.string().min(1).max(60_000),
      z.record(z.string(), z.unknown()),
    ]),
  })
  .strict();
