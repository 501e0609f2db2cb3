import { RE2JS } from 're2js';

/*
 * CEL's `matches` has RE2 semantics, and rules are untrusted: a backtracking
 * engine (JavaScript's RegExp) takes exponential time on patterns such as
 * `^(a|aa)+$`. RE2JS, a port of RE2/J, matches in time linear in the input,
 * and rejects what RE2 cannot express (backreferences, lookaround).
 */

const compiled = new Map<string, RE2JS | string>();
const CACHE_LIMIT = 500;

function compile(pattern: string): RE2JS | string {
  let entry = compiled.get(pattern);
  if (entry === undefined) {
    try {
      entry = RE2JS.compile(pattern);
    } catch (error) {
      entry = String((error as Error)?.message ?? error).replace(
        /^error parsing regexp: /,
        '',
      );
    }
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    compiled.set(pattern, entry);
  }
  return entry;
}

/**
 * Why RE2 rejects `pattern`, e.g. "invalid escape sequence: `\1`", or
 * undefined when it is a valid RE2 pattern.
 */
export function re2PatternProblem(pattern: string): string | undefined {
  const entry = compile(pattern);
  return typeof entry === 'string' ? entry : undefined;
}

/**
 * CEL's `text.matches(pattern)`: true when the pattern matches anywhere in
 * the text. Throws, naming the pattern, when RE2 rejects it.
 */
export function re2Matches(text: string, pattern: string): boolean {
  const entry = compile(pattern);
  if (typeof entry === 'string') {
    throw new Error(
      `matches: ${JSON.stringify(pattern)} is not an RE2 pattern: ${entry}`,
    );
  }
  return entry.matcher(text).find();
}
