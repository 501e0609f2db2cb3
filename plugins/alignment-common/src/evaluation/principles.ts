import { refOf } from '../kinds/refs';
import type { PrincipleEntity, Remediation, Severity } from '../kinds/types';
import { principleCheckId } from '../model/checkIds';
import { compileRule, RuleCompileResult } from '../rules/compileRule';
import { AppliesToMatcher, createAppliesToMatcher } from './appliesTo';

/** A principle ready to check entities with: rule compiled, selector prepared. @public */
export interface PreparedPrinciple {
  /** Canonical lowercase ref of the Principle entity. */
  ref: string;
  /** The principle's `metadata.name`. */
  name: string;
  /** The principle's `metadata.title`, or its name. */
  title: string;
  /** The id of its check: its ref, `principle:<namespace>/<name>`. */
  checkId: string;
  /** The principle's `spec.severity`. */
  severity: Severity;
  /** False when the principle is deprecated, and so checks nothing. */
  active: boolean;
  /** The compiled rule, or the compiler's error. */
  rule: RuleCompileResult;
  /** Whether the principle applies to an entity. */
  appliesTo: AppliesToMatcher;
  /** Why the principle matters. */
  rationale?: string;
  /** How to fix a failure. */
  remediation?: Remediation;
  /** The date (YYYY-MM-DD) from which its checks count; `upcoming` before it. */
  effectiveFrom?: string;
  /** The entity it was prepared from. */
  entity: PrincipleEntity;
}

/** Compiles a Principle entity's rule and selector. @public */
export function preparePrinciple(entity: PrincipleEntity): PreparedPrinciple {
  const { spec, metadata } = entity;
  const ref = refOf(entity);
  const remediation =
    typeof spec.remediation === 'string'
      ? { text: spec.remediation }
      : spec.remediation;
  return {
    ref,
    name: metadata.name,
    title: metadata.title ?? metadata.name,
    // The full ref, not the name: same-named principles in two namespaces
    // must not share (or shadow) one check id.
    checkId: principleCheckId(ref),
    severity: spec.severity,
    active: (spec.status ?? 'active') === 'active',
    rule: compileRule(typeof spec.rule === 'string' ? spec.rule : ''),
    appliesTo: createAppliesToMatcher(spec.appliesTo),
    rationale: spec.rationale,
    remediation,
    ...(typeof spec.effectiveFrom === 'string' && {
      effectiveFrom: spec.effectiveFrom,
    }),
    entity,
  };
}
