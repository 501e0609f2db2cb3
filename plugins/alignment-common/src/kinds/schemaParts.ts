import type { KindSchema } from './kindSchema';

/** A string with something in it. */
export const text: KindSchema = { type: 'string', minLength: 1 };

/** An entity reference; short forms such as `platform` are allowed. */
export const ref: KindSchema = {
  type: 'string',
  minLength: 1,
  format: 'entity-ref',
};

/** A real calendar date, YYYY-MM-DD. */
export const isoDate: KindSchema = { type: 'string', format: 'date' };

/** A finite number. */
export const number: KindSchema = { type: 'number' };

/** One string or a list of strings, as the appliesTo selectors accept. */
export const oneOrMany: KindSchema = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 } },
  ],
};

/** Which entities a principle applies to, or a campaign covers. */
export const selector: KindSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kind: oneOrMany,
    type: oneOrMany,
    lifecycle: oneOrMany,
    tags: oneOrMany,
    system: oneOrMany,
    domain: oneOrMany,
  },
};
