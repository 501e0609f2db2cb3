import { compileRule } from '../compileRule';
import type { RuleContext } from '../ruleEnvironment';

/** The variables a rule sees, for `entity`, with nothing resolved. */
export function ruleContext(
  entity: unknown,
  extra: Partial<RuleContext> = {},
): RuleContext {
  return {
    entity,
    owner: null,
    system: null,
    domain: null,
    objectives: [],
    facts: {},
    now: new Date('2026-06-01T00:00:00Z'),
    ...extra,
  };
}

/** A rule that must compile; the test fails with the compiler's message. */
export function compiledRule(source: string) {
  const rule = compileRule(source);
  if (!rule.ok) throw new Error(rule.error);
  return rule;
}

/** What running a rule gave: its value, or that it threw. */
export type Outcome = { value: unknown } | { error: true };

/** Runs `run`, turning a throw into `{ error: true }` so outcomes compare. */
export function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch {
    return { error: true };
  }
}
