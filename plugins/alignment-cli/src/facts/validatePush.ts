import { parseEntityRef } from '@backstage/catalog-model';
import { factKeyProblem, isFactValue } from './factValues';
import { isIsoTimestamp } from './isoTimestamp';

/** The longest `source` the backend takes. */
export const MAX_SOURCE_LENGTH = 200;

const FIELDS: ReadonlySet<string> = new Set([
  'entityRef',
  'observedAt',
  'source',
  'facts',
]);

/**
 * Names a field of a push in a message: `--entity` for flags,
 * `facts.json: items[3].entityRef` for a file; `key` names one fact, and no
 * field names the push itself.
 */
export type FieldLabel = (field?: string, key?: string) => string;

/**
 * The ref as the backend stores it, for counting entities: short forms
 * (`my-service`) are `component:default/my-service`, and case does not
 * matter. Throws when the text is not an entity ref.
 */
export function canonicalEntityRef(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref, {
    defaultKind: 'component',
    defaultNamespace: 'default',
  });
  return `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US');
}

function entityRefProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return 'an entity ref is required, e.g. component:default/my-service';
  }
  try {
    canonicalEntityRef(value);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function sourceProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return 'a source is required, e.g. github-actions';
  }
  return value.length > MAX_SOURCE_LENGTH
    ? `must be at most ${MAX_SOURCE_LENGTH} characters, got ${value.length}`
    : undefined;
}

function factsProblems(value: unknown, label: FieldLabel): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${label('facts')}: must be an object of key: value`];
  }
  const entries = Object.entries(value);
  if (entries.length === 0) {
    return [`${label('facts')}: at least one fact is required`];
  }
  const problems: string[] = [];
  for (const [key, fact] of entries) {
    const keyProblem = factKeyProblem(key);
    if (keyProblem) problems.push(`${label('facts', key)}: ${keyProblem}`);
    if (!isFactValue(fact)) {
      problems.push(
        `${label(
          'facts',
          key,
        )}: must be a number, true, false or a string, got ${JSON.stringify(
          fact,
        )}`,
      );
    }
  }
  return problems;
}

/**
 * Why the backend would refuse this push for its shape, before any request:
 * a missing or malformed entity ref or source, an `observedAt` that is not
 * an ISO 8601 timestamp, no facts, a key rules could not read, or a value of
 * no fact type. Whether the key is declared and the value of its declared
 * type only the backend knows. Empty when the push is fit to send.
 */
export function pushProblems(value: unknown, label: FieldLabel): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      `${label()}: must be an object { entityRef, source, facts, observedAt? }`,
    ];
  }
  const push = value as Record<string, unknown>;
  const problems: string[] = [];
  const entity = entityRefProblem(push.entityRef);
  if (entity) problems.push(`${label('entityRef')}: ${entity}`);
  const source = sourceProblem(push.source);
  if (source) problems.push(`${label('source')}: ${source}`);
  if (
    push.observedAt !== undefined &&
    (typeof push.observedAt !== 'string' || !isIsoTimestamp(push.observedAt))
  ) {
    problems.push(
      `${label(
        'observedAt',
      )}: must be an ISO 8601 timestamp with a time zone, e.g. 2025-06-01T12:00:00Z, got ${JSON.stringify(
        push.observedAt,
      )}`,
    );
  }
  problems.push(...factsProblems(push.facts, label));
  for (const field of Object.keys(push)) {
    if (!FIELDS.has(field)) {
      problems.push(
        `${label(
          field,
        )}: unknown field; a push has entityRef, source, facts and observedAt`,
      );
    }
  }
  return problems;
}
