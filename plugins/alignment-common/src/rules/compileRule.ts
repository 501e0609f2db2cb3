import type { ASTNode, Environment } from '@marcbachmann/cel-js';
import { compileRuleClosure, freeVariables } from './closureCompiler';
import { requiredFactKeys } from './factKeys';
import { matchesCalls, routeMatchesThroughRe2 } from './matchesThroughRe2';
import { re2PatternProblem } from './re2Patterns';
import * as inputs from './inputBounds';
import {
  budgetGuard,
  DEFAULT_RULE_BUDGET,
  MAX_RULE_LENGTH,
  RuleBudget,
} from './ruleCost';
import { createRuleEnvironment, RuleContext } from './ruleEnvironment';

// Bound once, at load: evaluate() runs for every check (see the note in
// closureValues.ts).
const { inputBounds } = inputs;
const defaultBudget = DEFAULT_RULE_BUDGET;

/** Raised when a rule fails on one entity; the check becomes `error`. @public */
export class RuleEvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleEvaluationError';
  }
}

/** A rule ready to evaluate, compiled once and reused for every entity. @public */
export interface CompiledRule {
  /** Always true: the rule compiled. */
  ok: true;
  /** The rule text, as given. */
  source: string;
  /** Free variables the rule reads, e.g. `entity`, `owner`. */
  variables: ReadonlySet<string>;
  /**
   * The fact keys the rule reads as `facts.<key>` outside `has()`: when the
   * rule fails on an entity without a fresh value of one of them, the
   * check is `no-data`.
   */
  factKeys: ReadonlySet<string>;
  /** True when the rule runs as compiled closures rather than in the interpreter. */
  compiledToClosures: boolean;
  /**
   * Evaluates the rule; throws {@link RuleEvaluationError} on a runtime
   * error, or when the rule's worst case on this entity is over `budget`
   * (by default {@link DEFAULT_RULE_BUDGET}), without running it.
   */
  evaluate(context: RuleContext, budget?: RuleBudget): boolean;
}

/** A rule that does not compile, with the compiler's message. @public */
export interface RuleCompileFailure {
  /** Always false: the rule does not compile. */
  ok: false;
  /** The rule text, as given. */
  source: string;
  /**
   * Why: the first line of the parser's or type checker's message, or that the
   * rule is not boolean.
   */
  error: string;
}

/** What {@link compileRule} returns; `ok` tells a compiled rule from a failure. @public */
export type RuleCompileResult = CompiledRule | RuleCompileFailure;

let environment: Environment | undefined;
const cache = new Map<string, RuleCompileResult>();
const CACHE_LIMIT = 2000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'bigint') return `the int ${value}`;
  if (typeof value === 'object')
    return value instanceof Date ? 'a timestamp' : 'a map';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}

function compileUncached(source: string): RuleCompileResult {
  if (source.length > MAX_RULE_LENGTH) {
    return {
      ok: false,
      source,
      error: `the rule is ${source.length} characters long, over the limit of ${MAX_RULE_LENGTH}`,
    };
  }
  environment ??= createRuleEnvironment();
  let interpreted: ReturnType<Environment['parse']>;
  try {
    interpreted = environment.parse(source);
  } catch (error) {
    return { ok: false, source, error: firstLine(error) };
  }
  const checked = interpreted.check();
  if (!checked.valid) {
    return { ok: false, source, error: firstLine(checked.error) };
  }
  if (checked.type !== 'bool' && checked.type !== 'dyn') {
    return {
      ok: false,
      source,
      error: `a rule must be a boolean expression, but this one has type ${checked.type}`,
    };
  }

  const calls = matchesCalls(interpreted.ast);
  for (const call of calls) {
    const pattern = (call.args as [string, unknown, ASTNode[]])[2][0];
    if (pattern?.op === 'value' && typeof pattern.args === 'string') {
      const problem = re2PatternProblem(pattern.args);
      if (problem) {
        return {
          ok: false,
          source,
          error: `matches(${JSON.stringify(
            pattern.args,
          )}) is not an RE2 pattern: ${problem}`,
        };
      }
    }
  }
  if (calls.length) {
    const routed = routeMatchesThroughRe2(source, interpreted.ast);
    if (routed === undefined) {
      return {
        ok: false,
        source,
        error: 'matches() could not be routed to the RE2 engine',
      };
    }
    interpreted = environment.parse(routed);
  }

  const compiled = compileRuleClosure(interpreted.ast);
  const interpret = (vars: Record<string, unknown>): boolean => {
    let result: unknown;
    try {
      result = interpreted(vars);
    } catch (error) {
      throw new RuleEvaluationError(firstLine(error));
    }
    if (typeof result !== 'boolean') {
      throw new RuleEvaluationError(
        `the rule must evaluate to true or false, but gave ${describe(result)}`,
      );
    }
    return result;
  };
  const guard = budgetGuard(interpreted.ast);
  const run = compiled?.run;
  const size = compiled?.locals ?? 0;
  // One list of locals serves every evaluation of the rule; one that
  // starts while another is running (an input's getter evaluating the same
  // rule) gets its own.
  let spare: unknown[] | undefined = new Array(size);

  return {
    ok: true,
    source,
    variables: freeVariables(interpreted.ast),
    factKeys: requiredFactKeys(interpreted.ast),
    compiledToClosures: Boolean(compiled),
    evaluate: (context, budget = defaultBudget) => {
      if (guard) {
        const problem = guard(inputBounds(context), budget);
        if (problem) throw new RuleEvaluationError(problem);
      }
      const vars = context as unknown as Record<string, unknown>;
      if (run) {
        const locals = spare ?? new Array(size);
        spare = undefined;
        let result: unknown;
        try {
          result = run(vars, locals);
        } catch {
          // A bail (or anything unexpected): the library decides below.
        }
        spare = locals;
        if (result === true || result === false) return result;
      }
      return interpret(vars);
    },
  };
}

/**
 * Compiles a rule, reusing the result for the same rule text. Never throws:
 * a rule that does not parse or type-check comes back with `ok: false` and
 * the compiler's message.
 * @public
 */
export function compileRule(source: string): RuleCompileResult {
  let result = cache.get(source);
  if (!result) {
    result = compileUncached(source);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(source, result);
  }
  return result;
}

/** Evaluates with the library's interpreter only; for differential tests. @internal */
export function interpretRuleForTesting(
  source: string,
  context: RuleContext,
): boolean {
  environment ??= createRuleEnvironment();
  const routed =
    routeMatchesThroughRe2(source, environment.parse(source).ast) ?? source;
  const result = environment.parse(routed)(
    context as unknown as Record<string, unknown>,
  );
  if (typeof result !== 'boolean')
    throw new RuleEvaluationError(`gave ${describe(result)}`);
  return result;
}
