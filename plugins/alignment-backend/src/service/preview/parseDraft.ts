import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  LODESTAR_API_VERSION,
  PreparedPrinciple,
  PrincipleEntity,
  preparePrinciple,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import { parseAllDocuments } from 'yaml';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The draft as an entity: given as an object, or as YAML text. */
function draftEntity(input: unknown): Entity {
  if (isObject(input)) return input as unknown as Entity;
  if (typeof input !== 'string') {
    throw new InputError(
      'Invalid preview request: principle must be a Principle entity, as an object or as YAML text',
    );
  }
  const documents = parseAllDocuments(input);
  const broken = documents.find(d => d.errors.length > 0);
  if (broken) {
    throw new InputError(
      `Invalid preview request: the YAML does not parse: ${broken.errors[0].message}`,
    );
  }
  const values = documents.map(d => d.toJS() as unknown).filter(isObject);
  const principles = values.filter(v => v.kind === 'Principle');
  if (principles.length !== 1) {
    throw new InputError(
      `Invalid preview request: the YAML must hold exactly one Principle; it holds ${principles.length}`,
    );
  }
  return principles[0] as unknown as Entity;
}

/**
 * A draft principle, checked as the catalog module checks a published one
 * and compiled under the same rule budgets; anything wrong is a 400 that
 * names the field or the compiler's message.
 */
export function parseDraft(input: unknown): PreparedPrinciple {
  const entity = draftEntity(input);
  if (
    entity.apiVersion !== LODESTAR_API_VERSION ||
    entity.kind !== 'Principle'
  ) {
    throw new InputError(
      `Invalid preview request: the draft must have apiVersion ${LODESTAR_API_VERSION} and kind Principle`,
    );
  }
  if (!isObject(entity.metadata) || typeof entity.metadata.name !== 'string') {
    throw new InputError('Invalid preview request: metadata.name: required');
  }
  const problems = validateLodestarEntity(entity);
  if (problems.length > 0) {
    throw new InputError(
      `Invalid principle: ${problems
        .map(p => `${p.path}: ${p.message}`)
        .join('; ')}`,
    );
  }
  const prepared = preparePrinciple(entity as PrincipleEntity);
  if (!prepared.rule.ok) {
    throw new InputError(`The rule does not compile: ${prepared.rule.error}`);
  }
  if (!prepared.active) {
    throw new InputError(
      'Invalid preview request: the draft is deprecated, so it would check nothing; preview it as active',
    );
  }
  return prepared;
}
