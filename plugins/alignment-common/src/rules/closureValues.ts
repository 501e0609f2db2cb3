import { RE2_MATCHES } from './matchesThroughRe2';
import { re2Matches } from './re2Patterns';

/*
 * The value semantics the compiled closures share (see closureCompiler.ts):
 * each helper gives exactly the library's answer for the values it handles
 * and throws BAIL for the rest, so that the library decides those.
 *
 * The modules whose closures call these helpers bind them once, at load
 * (`const { select } = values`): where the sources run as separate
 * CommonJS modules (tests, the benchmark, `backstage-cli package start`)
 * every use of an imported name is a getter call on the module object,
 * which on these paths added about half again to the instructions of a
 * check.
 */

/** Thrown by a closure when the library must decide. */
export const BAIL: unique symbol = Symbol('bail');

/** A compiled piece of a rule: rule variables in, CEL value out. */
export type Closure = (
  vars: Record<string, unknown>,
  locals: unknown[],
) => unknown;

/** Hands the entity to the library. */
export function bail(): never {
  throw BAIL;
}

/** A map as CEL sees it: a plain JSON object. */
export function isMap(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}

/** `Object.prototype.hasOwnProperty`, for `hasOwn.call(object, key)`. */
export const hasOwn = Object.prototype.hasOwnProperty;

/**
 * `object.field`. Inherited members (toString, constructor…) are
 * functions, and a missing key is undefined: both go to the library, which
 * reports "No such key". The compiler never selects __proto__.
 */
export function select(object: unknown, field: string): unknown {
  if (typeof object !== 'object' || object === null || Array.isArray(object))
    bail();
  const value = readField(object as Record<string, unknown>, field);
  if (value === undefined || typeof value === 'function') bail();
  return value;
}

// The fields nearly every rule reads first get a load of their own: it
// sees the few shapes of entities, where the shared `object[field]` below
// sees every object of every rule and only a slow, megamorphic lookup
// serves it.
function readField(object: Record<string, unknown>, field: string): unknown {
  switch (field) {
    case 'metadata':
      return object.metadata;
    case 'spec':
      return object.spec;
    default:
      return object[field];
  }
}

/**
 * A rule variable, by name: each has a load of its own, which sees the
 * one shape of the rule contexts (see readField).
 */
export function readVariable(
  vars: Record<string, unknown>,
  name: string,
): unknown {
  let value: unknown;
  switch (name) {
    case 'entity':
      value = vars.entity;
      break;
    case 'owner':
      value = vars.owner;
      break;
    case 'system':
      value = vars.system;
      break;
    case 'domain':
      value = vars.domain;
      break;
    case 'objectives':
      value = vars.objectives;
      break;
    case 'facts':
      value = vars.facts;
      break;
    default:
      value = vars[name];
  }
  return value === undefined ? bail() : value;
}

/**
 * The value `has(object.field)` finds, or undefined when it finds none: a
 * timestamp goes to the library; anything else that is not a map has no
 * fields.
 */
export function presentValue(object: unknown, field: string): unknown {
  if (typeof object !== 'object' || object === null || Array.isArray(object))
    return undefined;
  if (object instanceof Date) bail();
  // Own fields only, as the library's maps have. Asked before the value is
  // read: guards often ask for a field that is absent, and an absent field
  // is the slow case of a read.
  if (!hasOwn.call(object, field)) return undefined;
  return (object as Record<string, unknown>)[field];
}

/**
 * Equality between dynamic values as the library computes it for scalars:
 * numbers compare across int (bigint) and double (number), other types
 * compare false. Lists, maps and timestamps are left to the library.
 */
export function equals(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb) {
    if (ta === 'object') bail();
    return a === b;
  }
  if (
    (ta === 'number' && tb === 'bigint') ||
    (ta === 'bigint' && tb === 'number')
  ) {
    return (a as number) == (b as number); // eslint-disable-line eqeqeq
  }
  if (ta === 'object' || tb === 'object') bail();
  return false;
}

/**
 * equals(value, constant) for a string or boolean constant, without the
 * general case's type dispatch: same type compares, null and the other
 * scalars differ, a list, map or timestamp goes to the library.
 */
export function equalsScalar(
  value: unknown,
  constant: string | boolean,
): boolean {
  if (value === constant) return true;
  if (typeof value === 'object' && value !== null) bail();
  return false;
}

/** Any UTF-16 surrogate: the string has characters outside the BMP. */
export const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Ordering of numbers (across int and double) and of strings. Strings with
 * characters outside the BMP order differently in UTF-16 than in CEL's code
 * points, so those go to the library.
 */
export function compare(a: unknown, b: unknown): number {
  const ta = typeof a;
  const tb = typeof b;
  if (
    (ta === 'number' || ta === 'bigint') &&
    (tb === 'number' || tb === 'bigint')
  ) {
    if ((a as number) < (b as number)) return -1;
    if ((a as number) > (b as number)) return 1;
    if ((a as number) == (b as number)) return 0; // eslint-disable-line eqeqeq
    return NaN;
  }
  if (ta === 'string' && tb === 'string') {
    if (SURROGATE.test(a as string) || SURROGATE.test(b as string)) bail();
    if ((a as string) < (b as string)) return -1;
    return (a as string) > (b as string) ? 1 : 0;
  }
  return bail();
}

/** What a comparison operator makes of compare()'s order. */
export const COMPARISONS: Record<string, (order: number) => boolean> = {
  '<': o => o < 0,
  '<=': o => o <= 0,
  '>': o => o > 0,
  '>=': o => o >= 0,
};

/**
 * CEL's size() is an int; here it is a plain number, which compares and
 * equals exactly as the int would (numbers compare across int and double),
 * without allocating a BigInt per call. A closure whose final value is not
 * a boolean goes to the interpreter anyway, so the int never leaks out.
 */
export function sizeOf(value: unknown): number {
  if (typeof value === 'string') {
    if (!SURROGATE.test(value)) return value.length;
    let count = 0;
    for (const _ of value) count += 1;
    return count;
  }
  if (Array.isArray(value)) return value.length;
  if (isMap(value)) return Object.keys(value).length;
  return bail();
}

/** A boolean as it is; anything else goes to the library. */
export function asBoolean(value: unknown): boolean {
  if (value === true || value === false) return value;
  return bail();
}

/** A string as it is; anything else goes to the library. */
export function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  return bail();
}

/** `list` as a comprehension's range: only lists are handled here. */
export function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return bail();
}

/** The string methods closures implement, by CEL name. */
export const STRING_METHODS: Record<
  string,
  (target: string, arg: string) => boolean
> = {
  startsWith: (t, a) => t.startsWith(a),
  endsWith: (t, a) => t.endsWith(a),
  contains: (t, a) => t.includes(a),
  // Rules reach RE2 under this name (see matchesThroughRe2.ts).
  [RE2_MATCHES]: re2Matches,
};
