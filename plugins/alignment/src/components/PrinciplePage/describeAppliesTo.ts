import type {
  AppliesTo,
  OneOrMany,
} from '@lodestar/backstage-plugin-alignment-common';
import { shortRef } from '../common/refs';

// Kinds are matched case-insensitively, so `component` and `Component` mean
// the same; the sentence uses the catalog's own spelling of the known ones.
const KIND_NAMES: Record<string, string> = {
  component: 'Component',
  api: 'API',
  resource: 'Resource',
  system: 'System',
  domain: 'Domain',
  group: 'Group',
  user: 'User',
  template: 'Template',
  location: 'Location',
};

function toList(value: OneOrMany | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** `a`, `a or b`, `a, b or c`: any one of the values matches. */
function anyOf(values: string[], conjunction = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values.at(-1)}`;
}

function kindsPhrase(kinds: string[] | undefined): string {
  if (!kinds) return 'Entities';
  const names = kinds.map(k => plural(KIND_NAMES[k.toLowerCase()] ?? k));
  return anyOf(names, 'and');
}

/**
 * A principle's `appliesTo` selector as a sentence, e.g. "Components of type
 * service in production, tagged payments". Every given field must match;
 * within a field any listed value does (for tags: any of the entity's tags).
 * Without a selector the principle applies to every entity Lodestar scores.
 * An empty list matches nothing, which the sentence says rather than hides.
 */
export function describeAppliesTo(appliesTo: AppliesTo | undefined): string {
  const fields = {
    kind: toList(appliesTo?.kind),
    type: toList(appliesTo?.type),
    lifecycle: toList(appliesTo?.lifecycle),
    tags: toList(appliesTo?.tags),
    system: toList(appliesTo?.system),
    domain: toList(appliesTo?.domain),
  };
  const empty = Object.entries(fields).find(([, v]) => v?.length === 0);
  if (empty) {
    return `No entity: appliesTo.${empty[0]} is an empty list, which matches nothing`;
  }
  if (Object.values(fields).every(v => v === undefined)) {
    return 'Every entity Lodestar scores';
  }

  let head = kindsPhrase(fields.kind);
  if (fields.type) head += ` of type ${anyOf(fields.type)}`;
  if (fields.lifecycle) head += ` in ${anyOf(fields.lifecycle)}`;

  const clauses = [head];
  if (fields.system) {
    clauses.push(`part of system ${anyOf(fields.system.map(shortRef))}`);
  }
  if (fields.domain) {
    clauses.push(`in domain ${anyOf(fields.domain.map(shortRef))}`);
  }
  if (fields.tags) clauses.push(`tagged ${anyOf(fields.tags)}`);
  return clauses.join(', ');
}
