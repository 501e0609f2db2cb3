import type { ASTNode } from '@marcbachmann/cel-js';
import type { InputBounds } from './inputBounds';
import { RE2_MATCHES } from './matchesThroughRe2';

/*
 * Rules are untrusted code, evaluated for every entity. What bounds their
 * work, in the manner of Kubernetes' CEL cost limits: the parser caps a
 * rule's size and nesting, and before a rule runs on an entity its worst
 * case there is estimated from the rule's shape and the largest list and
 * string among the entity's data. A rule whose worst case is over the
 * budget does not run: its check becomes an error naming the budget. Loops
 * (comprehensions) and concatenation (`+`) are the only ways a rule's work
 * can outgrow its size times its input, so they are what is estimated.
 * The input's sizes are measured in inputBounds.ts.
 */

/** Limits on the work of one rule on one entity. @public */
export interface RuleBudget {
  /** Comprehension iterations (`all`, `exists`, `map`… over list items), nested loops multiplied. */
  maxIterations: number;
  /** Characters and list elements that concatenation (`+`) may build. */
  maxBuiltSize: number;
}

/** The budget every rule evaluation gets unless configured otherwise. @public */
export const DEFAULT_RULE_BUDGET: RuleBudget = {
  maxIterations: 10_000,
  maxBuiltSize: 1_000_000,
};

/** Longest rule text accepted, in characters. @public */
export const MAX_RULE_LENGTH = 4_000;

/** Worst-case work of a rule, given its inputs' bounds. */
export interface CostEstimate {
  iterations: number;
  built: number;
}

interface Work {
  /** Upper bound of the value's elements, when it is a list or map. */
  items: number;
  /** Upper bound of the value's characters, when it is a string (1 otherwise). */
  chars: number;
  iterations: number;
  built: number;
}

type Estimate = (bounds: InputBounds) => Work;

const SCALAR = { items: 0, chars: 1 };

const MACROS = new Set(['all', 'exists', 'exists_one', 'filter', 'map']);
const SCALAR_OPS = new Set([
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '&&',
  '||',
  '!_',
  'in',
]);
const SCALAR_METHODS = new Set([
  'size',
  'startsWith',
  'endsWith',
  'contains',
  'matches',
  RE2_MATCHES,
]);

function children(node: ASTNode): ASTNode[] {
  const found: ASTNode[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object' && 'op' in value) {
      found.push(value as ASTNode);
    }
  };
  if (node.op !== 'value') collect(node.args);
  return found;
}

function sum(estimates: Estimate[], bounds: InputBounds): Work {
  const total = { items: 0, chars: 0, iterations: 0, built: 0 };
  for (const estimate of estimates) {
    const part = estimate(bounds);
    total.items += part.items;
    total.chars += part.chars;
    total.iterations += part.iterations;
    total.built += part.built;
  }
  return total;
}

function estimateNode(node: ASTNode): Estimate {
  switch (node.op) {
    case 'value': {
      const chars = typeof node.args === 'string' ? node.args.length : 1;
      return () => ({ items: 0, chars, iterations: 0, built: 0 });
    }
    case 'id':
      // Any input value: a list, map or string of at most the largest size.
      return bounds => ({
        items: bounds.list,
        chars: Math.max(bounds.string, 1),
        iterations: 0,
        built: 0,
      });
    case 'list': {
      const elements = children(node).map(estimateNode);
      const count = elements.length;
      return bounds => ({ ...sum(elements, bounds), items: count });
    }
    case '+': {
      const operands = children(node).map(estimateNode);
      return bounds => {
        const total = sum(operands, bounds);
        return { ...total, built: total.built + total.items + total.chars };
      };
    }
    case 'rcall': {
      const [name, targetNode, args] = node.args as [
        string,
        ASTNode,
        ASTNode[],
      ];
      if (MACROS.has(name) && args.length >= 2 && args[0].op === 'id') {
        return estimateMacro(name, targetNode, args.slice(1));
      }
      const parts = [targetNode, ...args].map(estimateNode);
      return bounds => {
        const total = sum(parts, bounds);
        return SCALAR_METHODS.has(name) ? { ...total, ...SCALAR } : total;
      };
    }
    default: {
      const parts = children(node).map(estimateNode);
      if (node.op === '?:') {
        return bounds => {
          const [condition, then, otherwise] = parts.map(p => p(bounds));
          return {
            items: Math.max(then.items, otherwise.items),
            chars: Math.max(then.chars, otherwise.chars),
            iterations:
              condition.iterations + then.iterations + otherwise.iterations,
            built: condition.built + then.built + otherwise.built,
          };
        };
      }
      return bounds => {
        const total = sum(parts, bounds);
        return SCALAR_OPS.has(node.op) ? { ...total, ...SCALAR } : total;
      };
    }
  }
}

function estimateMacro(
  name: string,
  targetNode: ASTNode,
  bodyNodes: ASTNode[],
): Estimate {
  const target = estimateNode(targetNode);
  const body = bodyNodes.map(estimateNode);
  return bounds => {
    const range = target(bounds);
    const items = range.items;
    const perItem = sum(body, bounds);
    // map and filter give lists; all, exists and exists_one a boolean.
    let value = SCALAR;
    if (name === 'map') value = { items, chars: items * perItem.chars };
    if (name === 'filter') value = { items, chars: range.chars };
    return {
      ...value,
      iterations: range.iterations + items * (1 + perItem.iterations),
      built: range.built + items * perItem.built,
    };
  };
}

function hasLoopsOrConcatenation(node: ASTNode): boolean {
  if (node.op === '+') return true;
  if (node.op === 'rcall' && MACROS.has(node.args[0] as string)) return true;
  return children(node).some(hasLoopsOrConcatenation);
}

function hasConcatenation(node: ASTNode): boolean {
  return node.op === '+' || children(node).some(hasConcatenation);
}

/**
 * A function giving the rule's worst-case work on inputs within the given
 * bounds, or undefined when the rule has no loop or concatenation, so that
 * its work is bounded by its size and the plain size of its inputs.
 */
export function costEstimator(
  ast: ASTNode,
): ((bounds: InputBounds) => CostEstimate) | undefined {
  if (!hasLoopsOrConcatenation(ast)) return undefined;
  const estimate = estimateNode(ast);
  // Entities mostly share a few bounds; the estimate is the same for each.
  const known = new Map<number, CostEstimate>();
  return bounds => {
    // One number per pair of bounds, exact while both stay below 2^26.
    const key =
      bounds.list < 2 ** 26 && bounds.string < 2 ** 26
        ? bounds.list * 2 ** 26 + bounds.string
        : -1;
    let result = known.get(key);
    if (!result) {
      const { iterations, built } = estimate(bounds);
      result = { iterations, built };
      if (key >= 0) {
        if (known.size >= 1000) known.clear();
        known.set(key, result);
      }
    }
    return result;
  };
}

/**
 * Why a rule may not run on inputs within `bounds` under `budget`, naming
 * the limit, or undefined when it may.
 */
export function overBudget(
  estimate: CostEstimate,
  budget: RuleBudget,
): string | undefined {
  if (estimate.iterations > budget.maxIterations) {
    return `exceeded its budget of ${budget.maxIterations} comprehension iterations: its loops could run ${estimate.iterations} times on this entity`;
  }
  if (estimate.built > budget.maxBuiltSize) {
    return `exceeded its budget of ${budget.maxBuiltSize} characters and list elements built: its concatenations could build ${estimate.built} on this entity`;
  }
  return undefined;
}

// Verdicts remembered by list bound, below this bound.
const VERDICT_SLOTS = 1024;
const WITHIN = 1;

/**
 * What stands between a rule and an entity: a function telling, before the
 * rule runs, why its worst case on inputs within `bounds` is over `budget`
 * (or undefined when it fits), from {@link costEstimator}'s estimate.
 * Undefined for a rule with no loop or concatenation.
 *
 * Without concatenation, a rule builds nothing and its loops' worst case
 * depends on the largest list alone; that estimate's verdict is then kept
 * per list size (for the budget last asked about), so that the thousands
 * of entities sharing a size pay a lookup, not an estimate. The verdicts
 * are the estimate's own, so the same rules run and the same are stopped.
 */
export function budgetGuard(
  ast: ASTNode,
):
  | ((bounds: InputBounds, budget: RuleBudget) => string | undefined)
  | undefined {
  const estimate = costEstimator(ast);
  if (!estimate) return undefined;
  if (hasConcatenation(ast)) {
    return (bounds, budget) => overBudget(estimate(bounds), budget);
  }
  const verdicts = new Uint8Array(VERDICT_SLOTS);
  let maxIterations = NaN;
  let maxBuiltSize = NaN;
  return (bounds, budget) => {
    const size = bounds.list;
    if (size >= VERDICT_SLOTS) return overBudget(estimate(bounds), budget);
    if (
      budget.maxIterations !== maxIterations ||
      budget.maxBuiltSize !== maxBuiltSize
    ) {
      verdicts.fill(0);
      maxIterations = budget.maxIterations;
      maxBuiltSize = budget.maxBuiltSize;
    }
    if (verdicts[size] === WITHIN) return undefined;
    const problem = overBudget(estimate(bounds), budget);
    if (!problem) verdicts[size] = WITHIN;
    return problem;
  };
}
