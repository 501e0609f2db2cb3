import type { ASTNode } from '@marcbachmann/cel-js';

/**
 * The name under which the rule environment registers RE2 matching. The
 * CEL library's own `matches` uses JavaScript's backtracking RegExp and
 * cannot be replaced, so rules are rewritten to call this instead.
 */
export const RE2_MATCHES = 'lodestarMatches';

/** Every `x.matches(pattern)` call in the AST, in source order. */
export function matchesCalls(ast: ASTNode): ASTNode[] {
  const calls: ASTNode[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    const n = node as ASTNode;
    if (!('op' in n)) return;
    if (n.op === 'rcall' && n.args[0] === 'matches') calls.push(n);
    if (n.op !== 'value') walk(n.args);
  };
  walk(ast);
  return calls.sort((a, b) => position(a).start - position(b).start);
}

function position(node: ASTNode): { start: number; end: number } {
  return node as unknown as { start: number; end: number };
}

/**
 * The rule's source with each `.matches(` call renamed to
 * {@link RE2_MATCHES}, found through the parser's source positions: the
 * method name stands between the end of the receiver and the first
 * argument. Undefined when a position is missing.
 */
export function routeMatchesThroughRe2(
  source: string,
  ast: ASTNode,
): string | undefined {
  let rewritten = source;
  // From the last call back, so earlier offsets stay valid.
  for (const call of matchesCalls(ast).reverse()) {
    const [, receiver, args] = call.args as [string, ASTNode, ASTNode[]];
    const from = position(receiver).end;
    const to = args[0] ? position(args[0]).start : position(call).end;
    if (typeof from !== 'number' || typeof to !== 'number') return undefined;
    const between = rewritten.slice(from, to);
    const at = between.lastIndexOf('matches');
    if (at < 0) return undefined;
    rewritten =
      rewritten.slice(0, from + at) +
      RE2_MATCHES +
      rewritten.slice(from + at + 'matches'.length);
  }
  return rewritten;
}
