import type { ASTNode } from '@marcbachmann/cel-js';
import { slotOf } from './closurePaths';
import * as values from './closureValues';
import type { Closure } from './closureValues';

// Bound once, at load: the closures below run for every check (see the
// note in closureValues.ts).
const { asBoolean, asList, bail } = values;

/**
 * What the locals hold, by slot, innermost last: comprehension variables by
 * name, and the values `has()`s keep for the rest of their `&&` chain
 * (see closurePaths.ts).
 */
export type Scope = readonly string[];

/** Compiles one node, or gives undefined when it is outside the subset. */
export type CompileNode = (node: ASTNode, scope: Scope) => Closure | undefined;

/** The comprehension macros the closures implement. */
export const MACROS = new Set(['exists', 'all', 'exists_one', 'filter', 'map']);

/**
 * `exists` (stopping at the first `true`) and `all` (stopping at the first
 * `false`): one loop, as both must bail on a body that gives no boolean.
 */
function scanUntil(
  stopAt: boolean,
  items: unknown[],
  slot: number,
  body: Closure,
  vars: Record<string, unknown>,
  locals: unknown[],
): boolean {
  for (let i = 0; i < items.length; i++) {
    locals[slot] = items[i];
    const holds = body(vars, locals);
    if (holds === stopAt) return stopAt;
    if (holds !== !stopAt) bail();
  }
  return !stopAt;
}

/**
 * A comprehension over a list (`all`, `exists`, `exists_one`, `filter`,
 * `map`), its variable kept in the slot of `locals` that its scope depth
 * gives it. Each item's body must give a boolean where CEL requires one,
 * or the library decides (it absorbs some errors, which closures do not).
 */
export function compileMacro(
  name: string,
  targetNode: ASTNode,
  args: ASTNode[],
  scope: Scope,
  compile: CompileNode,
): Closure | undefined {
  const [variable, bodyNode] = args;
  if (args.length !== 2 || variable.op !== 'id') return undefined;
  const target = compile(targetNode, scope);
  const slot = scope.length;
  const body = compile(bodyNode, [...scope, variable.args as string]);
  if (!target || !body) return undefined;
  const from = slotOf(targetNode, scope);
  switch (name) {
    case 'exists':
    case 'all': {
      const stopAt = name === 'exists';
      return from === undefined
        ? (vars, locals) =>
            scanUntil(
              stopAt,
              asList(target(vars, locals)),
              slot,
              body,
              vars,
              locals,
            )
        : (vars, locals) =>
            scanUntil(stopAt, asList(locals[from]), slot, body, vars, locals);
    }
    case 'exists_one':
      return (vars, locals) => {
        const items = asList(target(vars, locals));
        let count = 0;
        for (let i = 0; i < items.length; i++) {
          locals[slot] = items[i];
          if (asBoolean(body(vars, locals))) count += 1;
        }
        return count === 1;
      };
    case 'filter':
      return (vars, locals) =>
        asList(target(vars, locals)).filter(item => {
          locals[slot] = item;
          return asBoolean(body(vars, locals));
        });
    case 'map':
      return (vars, locals) =>
        asList(target(vars, locals)).map(item => {
          locals[slot] = item;
          return body(vars, locals);
        });
    default:
      return undefined;
  }
}

/**
 * How many locals a closure for the AST may write, at most: each
 * comprehension keeps its variable in one, each `has()` in an `&&` chain
 * what it found.
 */
export function localsNeeded(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  if (Array.isArray(node))
    return node.reduce((sum: number, n) => sum + localsNeeded(n), 0);
  const n = node as ASTNode;
  if (!('op' in n) || n.op === 'value') return 0;
  const own =
    (n.op === 'rcall' && MACROS.has(n.args[0] as string)) ||
    (n.op === 'call' && n.args[0] === 'has')
      ? 1
      : 0;
  return own + localsNeeded(n.args);
}
