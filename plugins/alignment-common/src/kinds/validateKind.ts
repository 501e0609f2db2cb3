import { Entity } from '@backstage/catalog-model';
import { checkSchema } from './checkSchema';
import type { KindSchema } from './kindSchema';
import { measureProblems, trajectoryProblems } from './measureProblems';
import { campaignProblems } from './campaignProblems';
import {
  campaignSchema,
  objectiveSchema,
  principleSchema,
  strategySchema,
} from './schemas';
import { LodestarKind } from './types';
import type { ValidationProblem } from './validationProblem';

const schemasByKind: Record<string, KindSchema> = {
  strategy: strategySchema,
  objective: objectiveSchema,
  principle: principleSchema,
  campaign: campaignSchema,
};

/**
 * Validates an entity of a Lodestar kind against its schema, and an
 * Objective's typed measures for what a schema cannot express (unique ids,
 * a catalog source that matches `source`, predicates that compile). Returns
 * every problem found (an empty list when the entity is valid), each naming
 * the path and the problem, e.g.
 * `spec.severity: must be one of critical, high, medium, low`.
 * @public
 */
export function validateLodestarEntity(entity: Entity): ValidationProblem[] {
  const schema = schemasByKind[entity.kind.toLowerCase()];
  if (!schema) {
    return [
      {
        path: 'kind',
        message: `must be one of Strategy, Objective, Principle, Campaign, got "${entity.kind}"`,
      },
    ];
  }
  const problems = checkSchema(entity, schema);
  if (entity.kind.toLowerCase() === 'objective') {
    problems.push(...measureProblems(entity.spec?.measures));
  }
  if (entity.kind.toLowerCase() === 'strategy') {
    problems.push(...trajectoryProblems(entity.spec?.trajectory));
  }
  if (entity.kind.toLowerCase() === 'campaign') {
    problems.push(...campaignProblems(entity.spec));
  }
  return problems;
}

/** Formats problems as one line each: `path: message`. @public */
export function formatValidationProblems(
  problems: ValidationProblem[],
): string {
  return problems.map(p => `${p.path}: ${p.message}`).join('\n');
}

/** The schema for a Lodestar kind, for editors and documentation. @public */
export function getKindSchema(kind: LodestarKind): KindSchema {
  return schemasByKind[kind.toLowerCase()];
}
