import type { ASTNode } from '@marcbachmann/cel-js';
import { RE2_MATCHES } from './matchesThroughRe2';
import { re2Matches } from './re2Patterns';

/**
 * Compiles the common subset of CEL into plain JavaScript closures, which
 * run about ten times faster than walking the AST for every entity.
 *
 * The contract that keeps this honest: a closure either returns exactly the
 * value the library's evaluator would return for the same input, or throws
 * {@link BAIL}. On a bail the caller evaluates that entity with the library
 * itself, so errors, CEL's error absorption in `&&`/`||`/`exists`, and any
 * type combination not handled here keep the library's exact semantics.
 * Constructs outside the subset (arithmetic, timestamps, conversions, map
 * literals, optional chaining…) make the whole rule use the library.
 * A differential test over generated entities and rules holds both to the
 * same answers.
 */

/** Thrown by a closure when the library must decide. */
export const BAIL: unique symbol = Symbol('bail');

type Closure = (vars: Record<string, unknown>, locals: unknown[]) => unknown;

function bail(): never {
  throw BAIL;
}

/** A map as CEL sees it: a plain JSON object. */
function isMap(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}

const hasOwn = Object.prototype.hasOwnProperty;

// Equality between dynamic values as the library computes it for scalars:
// numbers compare across int (bigint) and double (number), other types
// compare false. Lists, maps and timestamps are left to the library.
function equals(a: unknown, b: unknown): boolean {
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

const SURROGATE = /[\uD800-\uDFFF]/;

// Ordering of numbers (across int and double) and of strings. Strings with
// characters outside the BMP order differently in UTF-16 than in CEL's code
// points, so those go to the library.
function compare(a: unknown, b: unknown): number {
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

// CEL's size() is an int; here it is a plain number, which compares and
// equals exactly as the int would (numbers compare across int and double),
// without allocating a BigInt per call. A closure whose final value is not a
// boolean goes to the interpreter anyway, so the int never leaks out.
function sizeOf(value: unknown): number {
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

function asBoolean(value: unknown): boolean {
  if (value === true || value === false) return value;
  return bail();
}

function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  return bail();
}

const COMPARISONS: Record<string, (order: number) => boolean> = {
  '<': o => o < 0,
  '<=': o => o <= 0,
  '>': o => o > 0,
  '>=': o => o >= 0,
};

const STRING_METHODS: Record<string, (target: string, arg: string) => boolean> =
  {
    startsWith: (t, a) => t.startsWith(a),
    endsWith: (t, a) => t.endsWith(a),
    contains: (t, a) => t.includes(a),
    // Rules reach RE2 under this name (see matchesThroughRe2.ts).
    [RE2_MATCHES]: re2Matches,
  };

type Scope = readonly string[];

function compileMacro(
  name: string,
  targetNode: ASTNode,
  args: ASTNode[],
  scope: Scope,
): Closure | undefined {
  const [variable, bodyNode] = args;
  if (args.length !== 2 || variable.op !== 'id') return undefined;
  const target = compileNode(targetNode, scope);
  const slot = scope.length;
  const body = compileNode(bodyNode, [...scope, variable.args as string]);
  if (!target || !body) return undefined;
  const items = (
    vars: Record<string, unknown>,
    locals: unknown[],
  ): unknown[] => {
    const list = target(vars, locals);
    return Array.isArray(list) ? list : bail();
  };
  switch (name) {
    case 'exists':
      return (vars, locals) => {
        for (const item of items(vars, locals)) {
          locals[slot] = item;
          if (asBoolean(body(vars, locals))) return true;
        }
        return false;
      };
    case 'all':
      return (vars, locals) => {
        for (const item of items(vars, locals)) {
          locals[slot] = item;
          if (!asBoolean(body(vars, locals))) return false;
        }
        return true;
      };
    case 'exists_one':
      return (vars, locals) => {
        let count = 0;
        for (const item of items(vars, locals)) {
          locals[slot] = item;
          if (asBoolean(body(vars, locals))) count += 1;
        }
        return count === 1;
      };
    case 'filter':
      return (vars, locals) =>
        items(vars, locals).filter(item => {
          locals[slot] = item;
          return asBoolean(body(vars, locals));
        });
    case 'map':
      return (vars, locals) =>
        items(vars, locals).map(item => {
          locals[slot] = item;
          return body(vars, locals);
        });
    default:
      return undefined;
  }
}

function compileNode(node: ASTNode, scope: Scope): Closure | undefined {
  switch (node.op) {
    case 'value': {
      const value = node.args;
      const type = typeof value;
      if (
        value !== null &&
        !['string', 'number', 'bigint', 'boolean'].includes(type)
      ) {
        return undefined;
      }
      return () => value;
    }
    case 'id': {
      const name = node.args;
      const slot = scope.lastIndexOf(name);
      if (slot >= 0) return (_vars, locals) => locals[slot];
      return vars => {
        const value = vars[name];
        return value === undefined ? bail() : value;
      };
    }
    case '.': {
      const [targetNode, field] = node.args;
      const target = compileNode(targetNode, scope);
      if (!target) return undefined;
      // Inherited members (toString, constructor…) are functions, and a
      // missing key is undefined: both go to the library, which reports
      // "No such key". __proto__ is never compiled.
      if (field === '__proto__') return undefined;
      return (vars, locals) => {
        const object = target(vars, locals) as Record<string, unknown>;
        if (
          typeof object !== 'object' ||
          object === null ||
          Array.isArray(object)
        )
          bail();
        const value = object[field];
        if (value === undefined || typeof value === 'function') bail();
        return value;
      };
    }
    case '[]': {
      const [targetNode, keyNode] = node.args;
      const target = compileNode(targetNode, scope);
      const key = compileNode(keyNode, scope);
      if (!target || !key) return undefined;
      return (vars, locals) => {
        const container = target(vars, locals);
        const k = key(vars, locals);
        if (Array.isArray(container)) {
          const index =
            typeof k === 'bigint' || typeof k === 'number' ? Number(k) : NaN;
          if (
            !Number.isInteger(index) ||
            index < 0 ||
            index >= container.length
          )
            bail();
          return container[index];
        }
        if (
          isMap(container) &&
          typeof k === 'string' &&
          hasOwn.call(container, k)
        ) {
          const value = container[k];
          return value === undefined ? bail() : value;
        }
        return bail();
      };
    }
    case '&&':
    case '||': {
      const left = compileNode(node.args[0], scope);
      const right = compileNode(node.args[1], scope);
      if (!left || !right) return undefined;
      const shortCircuit = node.op === '||';
      return (vars, locals) => {
        if (asBoolean(left(vars, locals)) === shortCircuit) return shortCircuit;
        return asBoolean(right(vars, locals));
      };
    }
    case '!_': {
      const operand = compileNode(node.args, scope);
      if (!operand) return undefined;
      return (vars, locals) => !asBoolean(operand(vars, locals));
    }
    case '?:': {
      const [c, a, b] = node.args.map(n => compileNode(n, scope));
      if (!c || !a || !b) return undefined;
      return (vars, locals) =>
        asBoolean(c(vars, locals)) ? a(vars, locals) : b(vars, locals);
    }
    case '==':
    case '!=': {
      const left = compileNode(node.args[0], scope);
      const right = compileNode(node.args[1], scope);
      if (!left || !right) return undefined;
      const negate = node.op === '!=';
      return (vars, locals) =>
        equals(left(vars, locals), right(vars, locals)) !== negate;
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const left = compileNode(node.args[0], scope);
      const right = compileNode(node.args[1], scope);
      const test = COMPARISONS[node.op];
      if (!left || !right) return undefined;
      return (vars, locals) =>
        test(compare(left(vars, locals), right(vars, locals)));
    }
    case 'in': {
      const element = compileNode(node.args[0], scope);
      const container = compileNode(node.args[1], scope);
      if (!element || !container) return undefined;
      const listNode = node.args[1];
      if (
        listNode.op === 'list' &&
        listNode.args.length > 0 &&
        listNode.args.every(n => n.op === 'value' && typeof n.args === 'string')
      ) {
        // A constant list of strings: membership of a string is a set lookup;
        // anything else compares as usual.
        const strings = new Set(listNode.args.map(n => n.args as string));
        const items = [...strings];
        return (vars, locals) => {
          const value = element(vars, locals);
          if (typeof value === 'string') return strings.has(value);
          return items.some(item => equals(value, item));
        };
      }
      return (vars, locals) => {
        const value = element(vars, locals);
        const within = container(vars, locals);
        if (Array.isArray(within))
          return within.some(item => equals(value, item));
        if (isMap(within) && typeof value === 'string')
          return hasOwn.call(within, value);
        return bail();
      };
    }
    case 'list': {
      const items = node.args.map(n => compileNode(n, scope));
      if (items.some(i => !i)) return undefined;
      if (node.args.every(n => n.op === 'value')) {
        // Literals only: build the list once. Closures never mutate lists.
        const constant = items.map(i => i!({}, []));
        return () => constant;
      }
      return (vars, locals) => items.map(i => i!(vars, locals));
    }
    case 'call': {
      const [name, args] = node.args;
      if (name === 'has' && args.length === 1 && args[0].op === '.') {
        const [targetNode, field] = args[0].args;
        const target = compileNode(targetNode, scope);
        if (!target) return undefined;
        return (vars, locals) => {
          const object = target(vars, locals);
          if (object instanceof Date) bail();
          return (
            isMap(object) &&
            hasOwn.call(object, field) &&
            object[field] !== undefined
          );
        };
      }
      if (name === 'size' && args.length === 1) {
        const operand = compileNode(args[0], scope);
        return operand && ((vars, locals) => sizeOf(operand(vars, locals)));
      }
      return undefined;
    }
    case 'rcall': {
      const [name, targetNode, args] = node.args;
      if (['exists', 'all', 'exists_one', 'filter', 'map'].includes(name)) {
        return compileMacro(name, targetNode, args, scope);
      }
      const target = compileNode(targetNode, scope);
      if (!target) return undefined;
      if (name === 'size' && args.length === 0) {
        return (vars, locals) => sizeOf(target(vars, locals));
      }
      const method = STRING_METHODS[name];
      if (method && args.length === 1) {
        const arg = compileNode(args[0], scope);
        if (!arg) return undefined;
        return (vars, locals) =>
          method(asString(target(vars, locals)), asString(arg(vars, locals)));
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A closure for the rule's AST, or undefined when the rule uses something
 * outside the compiled subset. The closure may throw {@link BAIL}.
 */
export function compileToClosure(
  ast: ASTNode,
): ((vars: Record<string, unknown>) => unknown) | undefined {
  const closure = compileNode(ast, []);
  if (!closure) return undefined;
  return vars => closure(vars, []);
}

/** Names of the free variables the rule reads (macro variables excluded). */
export function freeVariables(ast: ASTNode): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown, scope: readonly string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(n => walk(n, scope));
      return;
    }
    const n = node as ASTNode;
    if (!('op' in n)) return;
    if (n.op === 'id') {
      if (!scope.includes(n.args)) found.add(n.args);
      return;
    }
    if (n.op === 'rcall') {
      const [, target, args] = n.args;
      walk(target, scope);
      if (args.length === 2 && args[0].op === 'id') {
        walk(args[1], [...scope, args[0].args]);
      } else {
        walk(args, scope);
      }
      return;
    }
    if (n.op === 'value') return;
    walk(n.args, scope);
  };
  walk(ast, []);
  return found;
}
