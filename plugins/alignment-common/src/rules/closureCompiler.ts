import type { ASTNode } from '@marcbachmann/cel-js';
import {
  compileComparison,
  compileEquality,
  compileMembership,
  compileStringMethod,
} from './closureOperators';
import { compileConjunction } from './closureConjunctions';
import { compilePath, compilePresence, slotOf } from './closurePaths';
import { compileMacro, localsNeeded, MACROS, Scope } from './closureMacros';
import * as values from './closureValues';
import type { Closure } from './closureValues';

// Bound once, at load: the closures below run for every check (see the
// note in closureValues.ts).
const { asBoolean, bail, hasOwn, isMap, sizeOf } = values;

/**
 * Compiles the common subset of CEL into plain JavaScript closures, which
 * run about ten times faster than walking the AST for every entity.
 *
 * The contract that keeps this honest: a closure either returns exactly the
 * value the library's evaluator would return for the same input, or throws
 * `BAIL`. On a bail the caller evaluates that entity with the library
 * itself, so errors, CEL's error absorption in `&&`/`||`/`exists`, and any
 * type combination not handled here keep the library's exact semantics.
 * Constructs outside the subset (arithmetic, timestamps, conversions, map
 * literals, optional chaining…) make the whole rule use the library.
 * A differential test over generated entities and rules holds both to the
 * same answers.
 *
 * The shapes rules are mostly made of get closures of their own (see
 * closurePaths.ts, closureOperators.ts and closureConjunctions.ts): a field
 * path read in one closure; `has()` of such a path, which keeps what it
 * found for the rest of its `&&` chain; comparisons and membership tests
 * against constants, which read a local operand themselves. Fewer closure
 * calls and field reads per check, and none of the general operators' type
 * dispatch where a constant settles it.
 */
export { BAIL } from './closureValues';

function compileDisjunction(left: Closure, right: Closure): Closure {
  return (vars, locals) => {
    const l = left(vars, locals);
    if (l === true) return true;
    if (l !== false) bail();
    const r = right(vars, locals);
    if (r === true || r === false) return r;
    return bail();
  };
}

// `map[key]` for a constant string key: the entry, if the map has it.
function entryOf(container: unknown, key: string): unknown {
  if (isMap(container) && hasOwn.call(container, key)) {
    const value = container[key];
    if (value !== undefined) return value;
  }
  return bail();
}

function compileIndex(node: ASTNode, scope: Scope): Closure | undefined {
  const [targetNode, keyNode] = node.args as [ASTNode, ASTNode];
  const target = compileNode(targetNode, scope);
  const key = compileNode(keyNode, scope);
  if (!target || !key) return undefined;
  if (keyNode.op === 'value' && typeof keyNode.args === 'string') {
    // A list has no string keys: only a map's entry can be found.
    const name = keyNode.args;
    const slot = slotOf(targetNode, scope);
    return slot === undefined
      ? (vars, locals) => entryOf(target(vars, locals), name)
      : (_vars, locals) => entryOf(locals[slot], name);
  }
  return (vars, locals) => {
    const container = target(vars, locals);
    const k = key(vars, locals);
    if (Array.isArray(container)) {
      const index =
        typeof k === 'bigint' || typeof k === 'number' ? Number(k) : NaN;
      if (!Number.isInteger(index) || index < 0 || index >= container.length)
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

function compileCall(node: ASTNode, scope: Scope): Closure | undefined {
  const [name, args] = node.args as [string, ASTNode[]];
  if (name === 'has' && args.length === 1 && args[0].op === '.') {
    return compilePresence(args[0], scope, compileNode);
  }
  if (name === 'size' && args.length === 1) {
    const operand = compileNode(args[0], scope);
    return operand && ((vars, locals) => sizeOf(operand(vars, locals)));
  }
  return undefined;
}

function compileMethod(node: ASTNode, scope: Scope): Closure | undefined {
  const [name, targetNode, args] = node.args as [string, ASTNode, ASTNode[]];
  if (MACROS.has(name)) {
    return compileMacro(name, targetNode, args, scope, compileNode);
  }
  if (name === 'size' && args.length === 0) {
    const target = compileNode(targetNode, scope);
    return target && ((vars, locals) => sizeOf(target(vars, locals)));
  }
  return compileStringMethod(name, targetNode, args, scope, compileNode);
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
    case 'id':
    case '.':
      return compilePath(node, scope, compileNode);
    case '[]':
      return compileIndex(node, scope);
    case '&&':
      return compileConjunction(node, scope, compileNode);
    case '||': {
      const left = compileNode(node.args[0], scope);
      const right = compileNode(node.args[1], scope);
      return left && right && compileDisjunction(left, right);
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
    case '!=':
      return compileEquality(node, scope, compileNode);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compileComparison(node, scope, compileNode);
    case 'in':
      return compileMembership(node, scope, compileNode);
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
    case 'call':
      return compileCall(node, scope);
    case 'rcall':
      return compileMethod(node, scope);
    default:
      return undefined;
  }
}

/**
 * A rule as closures: `run` takes the rule variables and a list of at
 * least `locals` slots, which it may write.
 */
export interface RuleClosure {
  run: Closure;
  locals: number;
}

/**
 * The rule's AST as closures, or undefined when the rule uses something
 * outside the compiled subset. `run` may throw `BAIL`.
 */
export function compileRuleClosure(ast: ASTNode): RuleClosure | undefined {
  const run = compileNode(ast, []);
  return run && { run, locals: localsNeeded(ast) };
}

/** A rule's closure as a function of the rule variables; see compileRuleClosure. */
export function compileToClosure(
  ast: ASTNode,
): ((vars: Record<string, unknown>) => unknown) | undefined {
  const compiled = compileRuleClosure(ast);
  if (!compiled) return undefined;
  const { run, locals } = compiled;
  return vars => run(vars, new Array(locals));
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
