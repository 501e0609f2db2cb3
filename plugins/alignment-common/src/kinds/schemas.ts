import {
  OBJECTIVE_STATUSES,
  PRINCIPLE_STATUSES,
  REVISION_TRIGGERS,
  SEVERITIES,
} from './types';

/**
 * The subset of JSON Schema (draft-07) used by the Lodestar kinds. The schemas
 * are plain data so editors (yaml-language-server) can use them; `format`
 * adds two checks of our own: `date` (a real ISO calendar date) and
 * `entity-ref` (a Backstage entity reference, short forms allowed).
 * @public
 */
export interface KindSchema {
  /** The JSON type the value must have. */
  type?: 'object' | 'string' | 'array';
  /** What the value means, for editors; not checked. */
  description?: string;
  /** Properties an object must have, with a value other than null. */
  required?: string[];
  /** Schemas of the properties an object may have. */
  properties?: Record<string, KindSchema>;
  /** `false` to reject properties not listed in `properties`. */
  additionalProperties?: boolean;
  /** Schema of every item of an array. */
  items?: KindSchema;
  /** The only values a string may take. */
  enum?: readonly string[];
  /** Minimum length of a string, not counting surrounding whitespace. */
  minLength?: number;
  /** An extra check of a string: a real ISO calendar `date`, or an `entity-ref`. */
  format?: 'date' | 'entity-ref';
  /** Alternatives: the value is valid when it fits at least one of them. */
  anyOf?: KindSchema[];
}

const text: KindSchema = { type: 'string', minLength: 1 };
const ref: KindSchema = { type: 'string', minLength: 1, format: 'entity-ref' };
const isoDate: KindSchema = { type: 'string', format: 'date' };
const oneOrMany: KindSchema = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 } },
  ],
};

function kindSchema(kind: string, spec: KindSchema): KindSchema {
  return {
    type: 'object',
    description: `A Lodestar ${kind} (apiVersion lodestar.dev/v1alpha1)`,
    required: ['spec'],
    properties: { spec },
  };
}

/** JSON schema of the `Strategy` kind. @public */
export const strategySchema: KindSchema = kindSchema('Strategy', {
  type: 'object',
  required: ['owner', 'thesis'],
  additionalProperties: false,
  properties: {
    owner: { ...ref, description: 'Group that owns the strategy' },
    thesis: { ...text, description: 'Why we win now' },
    productFuture: text,
    trajectory: { type: 'array', items: text },
    revisions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'trigger', 'summary'],
        additionalProperties: false,
        properties: {
          date: isoDate,
          trigger: { type: 'string', enum: REVISION_TRIGGERS },
          summary: text,
        },
      },
    },
  },
});

/** JSON schema of the `Objective` kind. @public */
export const objectiveSchema: KindSchema = kindSchema('Objective', {
  type: 'object',
  required: ['owner', 'strategy', 'status'],
  additionalProperties: false,
  properties: {
    owner: ref,
    strategy: ref,
    status: { type: 'string', enum: OBJECTIVE_STATUSES },
    horizon: text,
    successor: ref,
    measures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['metric', 'target'],
        additionalProperties: false,
        properties: { metric: text, target: text },
      },
    },
  },
});

/** JSON schema of the `Principle` kind. @public */
export const principleSchema: KindSchema = kindSchema('Principle', {
  type: 'object',
  required: ['owner', 'severity', 'rule'],
  additionalProperties: false,
  properties: {
    owner: ref,
    severity: { type: 'string', enum: SEVERITIES },
    status: { type: 'string', enum: PRINCIPLE_STATUSES },
    appliesTo: {
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
    },
    rule: { ...text, description: 'Common Expression Language expression' },
    rationale: text,
    tradeOff: text,
    remediation: {
      anyOf: [
        text,
        {
          type: 'object',
          required: ['text'],
          additionalProperties: false,
          properties: { text, yaml: text },
        },
      ],
    },
  },
});
