import { refOf } from '../kinds/refs';
import type { PrincipleEntity, Remediation, Severity } from '../kinds/types';
import { compileRule, RuleCompileResult } from '../rules/compileRule';
import { AppliesToMatcher, createAppliesToMatcher } from './appliesTo';

/** A principle ready to check entities with: rule compiled, selector prepared. @public */
export interface PreparedPrinciple {
  ref: string;
  name: string;
  title: string;
  checkId: string;
  severity: Severity;
  active: boolean;
  rule: RuleCompileResult;
  appliesTo: AppliesToMatcher;
  rationale?: string;
  remediation?: Remediation;
  entity: PrincipleEntity;
}

/** Compiles a Principle entity's rule and selector. @public */
export function preparePrinciple(entity: PrincipleEntity): PreparedPrinciple {
  const { spec, metadata } = entity;
  const remediation =
    typeof spec.remediation === 'string'
      ? { text: spec.remediation }
      : spec.remediation;
  return {
    ref: refOf(entity),
    name: metadata.name,
    title: metadata.title ?? metadata.name,
    checkId: `principle.${metadata.name}`,
    severity: spec.severity,
    active: (spec.status ?? 'active') === 'active',
    rule: compileRule(typeof spec.rule === 'string' ? spec.rule : ''),
    appliesTo: createAppliesToMatcher(spec.appliesTo),
    rationale: spec.rationale,
    remediation,
    entity,
  };
}
