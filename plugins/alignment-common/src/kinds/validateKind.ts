import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  KindSchema,
  objectiveSchema,
  principleSchema,
  strategySchema,
} from './schemas';
import { LodestarKind } from './types';
import { isCalendarDate } from './isCalendarDate';

/** One problem found in an entity: where, and what is wrong. @public */
export interface ValidationProblem {
  /** Dotted path from the entity root, e.g. `spec.appliesTo.kind[1]`. */
  path: string;
  /** What is wrong there, e.g. `must be one of critical, high, medium, low`. */
  message: string;
}

const schemasByKind: Record<string, KindSchema> = {
  strategy: strategySchema,
  objective: objectiveSchema,
  principle: principleSchema,
};

const typeWords: Record<string, string> = {
  object: 'a mapping',
  string: 'a string',
  array: 'a list',
};

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function isEntityRef(value: string): boolean {
  try {
    parseEntityRef(value, {
      defaultKind: 'Group',
      defaultNamespace: 'default',
    });
    return true;
  } catch {
    return false;
  }
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function check(
  value: unknown,
  schema: KindSchema,
  path: string,
  out: ValidationProblem[],
): void {
  if (schema.anyOf) {
    const fits = schema.anyOf.some(option => {
      const trial: ValidationProblem[] = [];
      check(value, option, path, trial);
      return trial.length === 0;
    });
    if (!fits) {
      const words = schema.anyOf.map(o =>
        o.type === 'array'
          ? 'a list of strings'
          : typeWords[o.type ?? 'object'],
      );
      out.push({ path, message: `must be ${words.join(' or ')}` });
    }
    return;
  }
  if (schema.type && typeOf(value) !== schema.type) {
    out.push({ path, message: `must be ${typeWords[schema.type]}` });
    return;
  }
  if (typeof value === 'string') {
    if (schema.minLength && value.trim().length < schema.minLength) {
      out.push({ path, message: 'must not be empty' });
    } else if (schema.enum && !schema.enum.includes(value)) {
      out.push({ path, message: `must be one of ${schema.enum.join(', ')}` });
    } else if (schema.format === 'date' && !isCalendarDate(value)) {
      out.push({
        path,
        message: `must be an ISO date (YYYY-MM-DD), got "${value}"`,
      });
    } else if (schema.format === 'entity-ref' && !isEntityRef(value)) {
      out.push({
        path,
        message: `must be an entity reference such as "group:default/platform", got "${value}"`,
      });
    }
    return;
  }
  if (Array.isArray(value)) {
    if (schema.items)
      value.forEach((item, i) =>
        check(item, schema.items!, join(path, i), out),
      );
    return;
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (record[key] === undefined || record[key] === null) {
        out.push({ path: join(path, key), message: 'is required' });
      }
    }
    const known = schema.properties ?? {};
    for (const [key, child] of Object.entries(record)) {
      if (child === undefined) continue;
      if (known[key]) {
        check(child, known[key], join(path, key), out);
      } else if (schema.additionalProperties === false) {
        out.push({
          path: join(path, key),
          message: `is not a known field (expected one of ${Object.keys(
            known,
          ).join(', ')})`,
        });
      }
    }
  }
}

/**
 * Validates an entity of a Lodestar kind against its schema. Returns every
 * problem found (an empty list when the entity is valid), each naming the
 * path and the problem, e.g.
 * `spec.severity: must be one of critical, high, medium, low`.
 * @public
 */
export function validateLodestarEntity(entity: Entity): ValidationProblem[] {
  const schema = schemasByKind[entity.kind.toLowerCase()];
  if (!schema) {
    return [
      {
        path: 'kind',
        message: `must be one of Strategy, Objective, Principle, got "${entity.kind}"`,
      },
    ];
  }
  const problems: ValidationProblem[] = [];
  check(entity, schema, '', problems);
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
