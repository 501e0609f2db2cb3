import {
  CAMPAIGN_STATUSES,
  OBJECTIVE_STATUSES,
  PRINCIPLE_STATUSES,
  REVISION_TRIGGERS,
  SEVERITIES,
} from './types';
import type { KindSchema } from './kindSchema';
import { objectiveMeasureSchema, typedMeasureSchema } from './measureSchemas';
import { isoDate, ref, selector, text } from './schemaParts';

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
    trajectory: {
      type: 'array',
      // A sentence, or a direction with a measure that shows it moving.
      items: {
        if: { type: 'object' },
        then: {
          type: 'object',
          required: ['direction'],
          additionalProperties: false,
          properties: { direction: text, measure: typedMeasureSchema },
        },
        else: text,
      },
    },
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
    measures: { type: 'array', items: objectiveMeasureSchema },
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
    appliesTo: selector,
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
    effectiveFrom: {
      ...isoDate,
      description: 'Counts in scores from this date; upcoming before it',
    },
  },
});

/** JSON schema of the `Campaign` kind. @public */
export const campaignSchema: KindSchema = kindSchema('Campaign', {
  type: 'object',
  required: ['owner', 'checks', 'startsAt', 'deadline', 'status'],
  additionalProperties: false,
  properties: {
    owner: ref,
    strategy: { ...ref, description: 'Strategy whose revision it answers' },
    revision: { ...isoDate, description: 'Date of the revision it answers' },
    scope: selector,
    checks: {
      type: 'array',
      items: { ...text, description: 'Check id or Principle ref' },
    },
    startsAt: isoDate,
    deadline: isoDate,
    status: { type: 'string', enum: CAMPAIGN_STATUSES },
  },
});
