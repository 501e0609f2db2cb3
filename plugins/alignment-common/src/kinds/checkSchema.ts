import { parseEntityRef } from '@backstage/catalog-model';
import { isCalendarDate } from './isCalendarDate';
import type { KindSchema } from './kindSchema';
import { joinPath, ValidationProblem } from './validationProblem';

const typeWords: Record<string, string> = {
  object: 'a mapping',
  string: 'a string',
  array: 'a list',
  number: 'a number',
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

function fits(value: unknown, schema: KindSchema, path: string): boolean {
  const trial: ValidationProblem[] = [];
  check(value, schema, path, trial);
  return trial.length === 0;
}

function checkString(
  value: string,
  schema: KindSchema,
  path: string,
  out: ValidationProblem[],
): void {
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
}

function checkObject(
  record: Record<string, unknown>,
  schema: KindSchema,
  path: string,
  out: ValidationProblem[],
): void {
  for (const key of schema.required ?? []) {
    if (record[key] === undefined || record[key] === null) {
      out.push({ path: joinPath(path, key), message: 'is required' });
    }
  }
  const known = schema.properties ?? {};
  for (const [key, child] of Object.entries(record)) {
    if (child === undefined) continue;
    if (known[key]) {
      check(child, known[key], joinPath(path, key), out);
    } else if (schema.additionalProperties === false) {
      out.push({
        path: joinPath(path, key),
        message: `is not a known field (expected one of ${Object.keys(
          known,
        ).join(', ')})`,
      });
    }
  }
}

function check(
  value: unknown,
  schema: KindSchema,
  path: string,
  out: ValidationProblem[],
): void {
  if (schema.if) {
    const branch = fits(value, schema.if, path) ? schema.then : schema.else;
    if (branch) check(value, branch, path, out);
    return;
  }
  if (schema.anyOf) {
    if (!schema.anyOf.some(option => fits(value, option, path))) {
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
  if (typeof value === 'number') {
    // YAML reads `.inf` and `.nan` as numbers; no measure can use them.
    if (!Number.isFinite(value)) {
      out.push({ path, message: `must be a finite number, got ${value}` });
    }
    return;
  }
  if (typeof value === 'string') {
    checkString(value, schema, path, out);
    return;
  }
  if (Array.isArray(value)) {
    if (schema.items)
      value.forEach((item, i) =>
        check(item, schema.items!, joinPath(path, i), out),
      );
    return;
  }
  if (typeOf(value) === 'object') {
    checkObject(value as Record<string, unknown>, schema, path, out);
  }
}

/**
 * Checks a value against a {@link KindSchema} and returns every problem
 * found, each with its path below `path`.
 */
export function checkSchema(
  value: unknown,
  schema: KindSchema,
  path = '',
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  check(value, schema, path, problems);
  return problems;
}
