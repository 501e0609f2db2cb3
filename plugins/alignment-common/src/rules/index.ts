export { compileRule, RuleEvaluationError } from './compileRule';
export type {
  CompiledRule,
  RuleCompileFailure,
  RuleCompileResult,
} from './compileRule';
export { RULE_VARIABLES } from './ruleEnvironment';
export type { RuleContext, RuleVariable } from './ruleEnvironment';
export { DEFAULT_RULE_BUDGET, MAX_RULE_LENGTH } from './ruleCost';
export type { RuleBudget } from './ruleCost';
