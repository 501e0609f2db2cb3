import type { ASTNode } from '@marcbachmann/cel-js';

/**
 * The fact keys a rule reads: every `facts.<key>` and `facts['<key>']`,
 * except inside `has(facts.<key>)`, where the rule itself says what absence
 * means. When the rule fails on an entity lacking a fresh value of one of
 * them, the check is `no-data` rather than `error`. Reads the rule can only
 * know at run time (`facts[name]`) are not listed: they fail as errors.
 */
export function requiredFactKeys(ast: ASTNode): Set<string> {
  const keys = new Set<string>();
  const isFacts = (node: ASTNode, scope: readonly string[]) =>
    node.op === 'id' && node.args === 'facts' && !scope.includes('facts');

  const walk = (node: unknown, scope: readonly string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(n => walk(n, scope));
      return;
    }
    const n = node as ASTNode;
    if (!('op' in n) || n.op === 'value' || n.op === 'id') return;
    if (n.op === '.' && isFacts(n.args[0], scope)) {
      keys.add(n.args[1]);
      return;
    }
    if (
      n.op === '[]' &&
      isFacts(n.args[0], scope) &&
      n.args[1].op === 'value' &&
      typeof n.args[1].args === 'string'
    ) {
      keys.add(n.args[1].args);
      return;
    }
    if (n.op === 'call') {
      const [name, args] = n.args;
      if (name === 'has' && args.length === 1) return;
      walk(args, scope);
      return;
    }
    if (n.op === 'rcall') {
      const [, target, args] = n.args;
      walk(target, scope);
      // Macros bind their first argument as a loop variable.
      if (args.length === 2 && args[0].op === 'id') {
        walk(args[1], [...scope, args[0].args]);
      } else {
        walk(args, scope);
      }
      return;
    }
    walk(n.args, scope);
  };
  walk(ast, []);
  return keys;
}
