import type { ASTNode } from '@marcbachmann/cel-js';
import type { CompileNode, Scope } from './closureMacros';
import { slotOf } from './closurePaths';
import { re2Matches } from './re2Patterns';
import * as values from './closureValues';
import type { Closure } from './closureValues';
import { RE2_MATCHES } from './matchesThroughRe2';

// Bound once, at load: the closures below run for every check (see the
// note in closureValues.ts).
const {
  asString,
  bail,
  compare,
  COMPARISONS,
  equals,
  equalsScalar,
  hasOwn,
  isMap,
  sizeOf,
  STRING_METHODS,
  SURROGATE,
} = values;

/*
 * Operators whose other operand is a constant, as rules mostly write them
 * (`x == 'team'`, `size(x) > 0`, `'key' in x`, `x.startsWith('us-')`): the
 * constant's type settles most of the general operator's dispatch once, at
 * compile time. Where the operand is a local (a comprehension's variable,
 * or what a `has()` kept) the operator reads it itself. Each gives what the
 * general form gives, bail included.
 */

function constantOf(node: ASTNode): { value: unknown } | undefined {
  return node.op === 'value' ? { value: node.args } : undefined;
}

/** Both sides of a binary operator, compiled; undefined if either is not. */
function compileOperands(node: ASTNode, scope: Scope, compile: CompileNode) {
  const [leftNode, rightNode] = node.args as [ASTNode, ASTNode];
  const left = compile(leftNode, scope);
  const right = compile(rightNode, scope);
  return left && right ? { leftNode, rightNode, left, right } : undefined;
}

/** `==` and `!=`. */
export function compileEquality(
  node: ASTNode,
  scope: Scope,
  compile: CompileNode,
): Closure | undefined {
  const operands = compileOperands(node, scope, compile);
  if (!operands) return undefined;
  const { leftNode, rightNode, left, right } = operands;
  const negate = node.op === '!=';
  const rightConstant = constantOf(rightNode);
  const constant = rightConstant ?? constantOf(leftNode);
  const operand = rightConstant ? left : right;
  const slot = slotOf(rightConstant ? leftNode : rightNode, scope);
  const value = constant?.value;
  if (constant && value === null) {
    return (vars, locals) => (operand(vars, locals) === null) !== negate;
  }
  if (typeof value === 'string' || typeof value === 'boolean') {
    return slot === undefined
      ? (vars, locals) => equalsScalar(operand(vars, locals), value) !== negate
      : (_vars, locals) => equalsScalar(locals[slot], value) !== negate;
  }
  return (vars, locals) =>
    equals(left(vars, locals), right(vars, locals)) !== negate;
}

/** The operand of `size(x)` or `x.size()`, if the node is one. */
function sizeOperand(node: ASTNode): ASTNode | undefined {
  if (
    node.op === 'call' &&
    node.args[0] === 'size' &&
    node.args[1].length === 1
  )
    return node.args[1][0];
  if (node.op === 'rcall' && node.args[0] === 'size' && !node.args[2].length)
    return node.args[1];
  return undefined;
}

function numeric(x: unknown): number {
  return typeof x === 'number' || typeof x === 'bigint'
    ? (x as number)
    : bail();
}

// `x OP bound` for a number or int x; JavaScript orders a number and a
// BigInt exactly, as compare() does, and NaN compares false either way.
function numberOrder(op: string, read: Closure, bound: number): Closure {
  switch (op) {
    case '<':
      return (vars, locals) => numeric(read(vars, locals)) < bound;
    case '<=':
      return (vars, locals) => numeric(read(vars, locals)) <= bound;
    case '>':
      return (vars, locals) => numeric(read(vars, locals)) > bound;
    default:
      return (vars, locals) => numeric(read(vars, locals)) >= bound;
  }
}

// The size of a string, in code points, is between half its UTF-16 length
// (all surrogate pairs) and that length: most comparisons with a bound are
// settled without counting.
function sizeAtLeast(value: unknown, bound: number): boolean {
  if (typeof value === 'string') {
    if (value.length < bound) return false;
    if (Math.ceil(value.length / 2) >= bound) return true;
  }
  return sizeOf(value) >= bound;
}

function sizeAtMost(value: unknown, bound: number): boolean {
  if (typeof value === 'string') {
    if (value.length <= bound) return true;
    if (Math.ceil(value.length / 2) > bound) return false;
  }
  return sizeOf(value) <= bound;
}

// `size(x) OP bound` for a local x.
function sizeOrder(op: string, slot: number, bound: number): Closure {
  switch (op) {
    case '<':
      return (_vars, locals) => !sizeAtLeast(locals[slot], bound);
    case '<=':
      return (_vars, locals) => sizeAtMost(locals[slot], bound);
    case '>':
      return (_vars, locals) => !sizeAtMost(locals[slot], bound);
    default:
      return (_vars, locals) => sizeAtLeast(locals[slot], bound);
  }
}

const STRING_ORDER: Record<string, (a: string, b: string) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** `<`, `<=`, `>`, `>=`. */
export function compileComparison(
  node: ASTNode,
  scope: Scope,
  compile: CompileNode,
): Closure | undefined {
  const operands = compileOperands(node, scope, compile);
  if (!operands) return undefined;
  const { leftNode, rightNode, left, right } = operands;
  const value = constantOf(rightNode)?.value;
  if (typeof value === 'number' || typeof value === 'bigint') {
    const measured = sizeOperand(leftNode);
    const slot = measured && slotOf(measured, scope);
    return slot === undefined
      ? numberOrder(node.op, left, value as number)
      : sizeOrder(node.op, slot, value as number);
  }
  if (typeof value === 'string' && !SURROGATE.test(value)) {
    const test = STRING_ORDER[node.op];
    return (vars, locals) => {
      const x = left(vars, locals);
      if (typeof x !== 'string' || SURROGATE.test(x)) return bail();
      return test(x, value);
    };
  }
  const test = COMPARISONS[node.op];
  return (vars, locals) =>
    test(compare(left(vars, locals), right(vars, locals)));
}

// `key in within` for a string key: an element of a list, a key of a map.
function containsKey(within: unknown, key: string): boolean {
  if (Array.isArray(within)) {
    for (let i = 0; i < within.length; i++) {
      if (equalsScalar(within[i], key)) return true;
    }
    return false;
  }
  if (isMap(within)) return hasOwn.call(within, key);
  return bail();
}

/** `x in list` and `key in map`. */
export function compileMembership(
  node: ASTNode,
  scope: Scope,
  compile: CompileNode,
): Closure | undefined {
  const [elementNode, listNode] = node.args as [ASTNode, ASTNode];
  const element = compile(elementNode, scope);
  const container = compile(listNode, scope);
  if (!element || !container) return undefined;
  if (
    listNode.op === 'list' &&
    listNode.args.length > 0 &&
    listNode.args.every(
      (n: ASTNode) => n.op === 'value' && typeof n.args === 'string',
    )
  ) {
    // A constant list of strings: membership of a string is a set lookup;
    // anything else compares as usual.
    const strings = new Set(
      listNode.args.map((n: ASTNode) => n.args as string),
    );
    const items = [...strings];
    const among = (value: unknown) =>
      typeof value === 'string'
        ? strings.has(value)
        : items.some(item => equals(value, item));
    const slot = slotOf(elementNode, scope);
    return slot === undefined
      ? (vars, locals) => among(element(vars, locals))
      : (_vars, locals) => among(locals[slot]);
  }
  const key = constantOf(elementNode)?.value;
  if (typeof key === 'string') {
    const slot = slotOf(listNode, scope);
    return slot === undefined
      ? (vars, locals) => containsKey(container(vars, locals), key)
      : (_vars, locals) => containsKey(locals[slot], key);
  }
  return (vars, locals) => {
    const value = element(vars, locals);
    const within = container(vars, locals);
    if (Array.isArray(within)) return within.some(item => equals(value, item));
    if (isMap(within) && typeof value === 'string')
      return hasOwn.call(within, value);
    return bail();
  };
}

// A string method with a constant argument, on a local's value.
function methodOnLocal(
  name: string,
  slot: number,
  argument: string,
): Closure | undefined {
  switch (name) {
    case 'startsWith':
      return (_vars, locals) => asString(locals[slot]).startsWith(argument);
    case 'endsWith':
      return (_vars, locals) => asString(locals[slot]).endsWith(argument);
    case 'contains':
      return (_vars, locals) => asString(locals[slot]).includes(argument);
    default:
      return undefined;
  }
}

/** `startsWith`, `endsWith`, `contains` and (RE2) `matches` on a string. */
export function compileStringMethod(
  name: string,
  targetNode: ASTNode,
  args: ASTNode[],
  scope: Scope,
  compile: CompileNode,
): Closure | undefined {
  if (args.length !== 1 || !hasOwn.call(STRING_METHODS, name)) return undefined;
  const target = compile(targetNode, scope);
  if (!target) return undefined;
  const argument = constantOf(args[0])?.value;
  if (typeof argument === 'string') {
    const slot = slotOf(targetNode, scope);
    const onLocal =
      slot === undefined ? undefined : methodOnLocal(name, slot, argument);
    if (onLocal) return onLocal;
    switch (name) {
      case 'startsWith':
        return (vars, locals) =>
          asString(target(vars, locals)).startsWith(argument);
      case 'endsWith':
        return (vars, locals) =>
          asString(target(vars, locals)).endsWith(argument);
      case 'contains':
        return (vars, locals) =>
          asString(target(vars, locals)).includes(argument);
      case RE2_MATCHES:
        return (vars, locals) =>
          re2Matches(asString(target(vars, locals)), argument);
      default:
        break;
    }
  }
  const method = STRING_METHODS[name];
  const arg = compile(args[0], scope);
  if (!arg) return undefined;
  return (vars, locals) =>
    method(asString(target(vars, locals)), asString(arg(vars, locals)));
}
