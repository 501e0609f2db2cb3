import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FactPush } from '@lodestar/backstage-plugin-alignment-common';
import { displayPath } from '../inputs/readInputs';
import { FieldLabel, pushProblems } from './validatePush';

function memberPath(parent: string, name: string): string {
  const member = /^[A-Za-z_$][\w$]*$/.test(name)
    ? `.${name}`
    : `[${JSON.stringify(name)}]`;
  return parent ? `${parent}${member}` : member.replace(/^\./, '');
}

/** Labels the fields of the push at `at` (`items[3]`, `[3]`, or `''` for the whole file). */
function fileLabel(file: string, at: string): FieldLabel {
  return (field, key) => {
    let where = at;
    if (field !== undefined) where = memberPath(where, field);
    if (key !== undefined) where = memberPath(where, key);
    return where ? `${file}: ${where}` : file;
  };
}

function readProblem(error: unknown): string {
  if (error instanceof SyntaxError) return `not valid JSON: ${error.message}`;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory; give the JSON file';
  return `cannot be read: ${(error as Error)?.message ?? error}`;
}

/** The pushes a parsed file holds, each with where it is, or why it has none. */
function locatePushes(
  file: string,
  document: unknown,
): { at: string; value: unknown }[] | string {
  if (Array.isArray(document)) {
    return document.map((value, index) => ({ at: `[${index}]`, value }));
  }
  if (typeof document !== 'object' || document === null) {
    return `${file}: must hold a push { entityRef, source, facts }, an array of them, or { "items": [...] }`;
  }
  if (!('items' in document)) return [{ at: '', value: document }];
  const { items, ...rest } = document as { items: unknown };
  if (!Array.isArray(items)) return `${file}: items: must be an array`;
  const extra = Object.keys(rest);
  if (extra.length > 0) {
    return `${file}: ${extra.join(
      ', ',
    )}: unknown field; a batch holds only items`;
  }
  return items.map((value, index) => ({ at: `items[${index}]`, value }));
}

/**
 * Reads the pushes of a JSON file holding one push, an array of them, or
 * `{ "items": [...] }` (the request body's own shapes, so a body saved from
 * another tool can be sent as it is). Returns every problem of every push
 * at once, each located by file and JSON path.
 */
export async function readPushFile(
  file: string,
  cwd: string,
): Promise<{ pushes: FactPush[] } | { problems: string[] }> {
  const shown = displayPath(cwd, file);
  let document: unknown;
  try {
    const text = await fs.readFile(path.resolve(cwd, file), 'utf8');
    document = JSON.parse(text);
  } catch (error) {
    return { problems: [`${shown}: ${readProblem(error)}`] };
  }

  const located = locatePushes(shown, document);
  if (typeof located === 'string') return { problems: [located] };
  if (located.length === 0) return { problems: [`${shown}: holds no push`] };
  const problems = located.flatMap(({ at, value }) =>
    pushProblems(value, fileLabel(shown, at)),
  );
  if (problems.length > 0) return { problems };
  return { pushes: located.map(({ value }) => value as FactPush) };
}
