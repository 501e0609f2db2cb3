import type { ASTNode } from '@marcbachmann/cel-js';
import type { CompileNode, Scope } from './closureMacros';
import { compilePresence, presenceKey } from './closurePaths';
import * as values from './closureValues';
import type { Closure } from './closureValues';

// Bound once, at load: the closures below run for every check (see the
// note in closureValues.ts).
const { bail } = values;

/** The operands of a chain of `&&`, in the order they are evaluated. */
function conjuncts(node: ASTNode): ASTNode[] {
  if (node.op !== '&&') return [node];
  return [...conjuncts(node.args[0]), ...conjuncts(node.args[1])];
}

/** The path of a `has(path)` call, if the node is one. */
function presenceTest(node: ASTNode): ASTNode | undefined {
  if (node.op !== 'call') return undefined;
  const [name, args] = node.args as [string, ASTNode[]];
  return name === 'has' && args.length === 1 && args[0].op === '.'
    ? args[0]
    : undefined;
}

// `left && right`, both operands compiled.
function both(left: Closure, right: Closure): Closure {
  return (vars, locals) => {
    const l = left(vars, locals);
    if (l === false) return false;
    if (l !== true) bail();
    const r = right(vars, locals);
    if (r === true || r === false) return r;
    return bail();
  };
}

/**
 * A chain of `&&` (`a && b && c`, however nested), as CEL evaluates it
 * when no operand errs: false at the first false operand, else true; any
 * other value goes to the library, which absorbs errors as CEL does. A
 * `has(x.f)` that is not the last operand keeps the value it found for the
 * operands after it, which read `x.f` from there instead of walking the
 * path again.
 */
export function compileConjunction(
  node: ASTNode,
  scope: Scope,
  compile: CompileNode,
): Closure | undefined {
  const operands = conjuncts(node);
  // Each operand's scope holds what the `has()`s before it keep.
  const scopes: Scope[] = [];
  const kept: (ASTNode | undefined)[] = [];
  let inner = scope;
  for (let i = 0; i < operands.length; i++) {
    scopes.push(inner);
    const path = presenceTest(operands[i]);
    const key =
      path && i < operands.length - 1 ? presenceKey(path, inner) : undefined;
    kept.push(key ? path : undefined);
    if (key) inner = [...inner, key];
  }
  let chain = compile(operands[operands.length - 1], inner);
  for (let i = operands.length - 2; chain && i >= 0; i--) {
    const path = kept[i];
    const slot = scopes[i].length;
    if (path) {
      chain = compilePresence(path, scopes[i], compile, { slot, then: chain });
    } else {
      const operand = compile(operands[i], scopes[i]);
      chain = operand && both(operand, chain);
    }
  }
  return chain;
}
