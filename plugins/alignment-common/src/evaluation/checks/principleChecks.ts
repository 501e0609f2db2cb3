import type { Entity } from '@backstage/catalog-model';
import type { CheckResult } from '../../model/results';
import { RuleEvaluationError } from '../../rules/compileRule';
import type { RuleContext } from '../../rules/ruleEnvironment';
import type { EntityContext } from '../EntityContext';
import type { PreparedPrinciple } from '../principles';
import { factReadiness, missingFacts } from './factReadiness';

const RESOLVED_VARIABLES = ['owner', 'system', 'domain'] as const;

function result(
  principle: PreparedPrinciple,
  status: CheckResult['status'],
  message: string,
): CheckResult {
  const check: CheckResult = {
    id: principle.checkId,
    pillar: 'principles',
    title: principle.title,
    status,
    severity: principle.severity,
    message,
  };
  if (principle.rationale) check.rationale = principle.rationale;
  if (status === 'fail' && principle.remediation)
    check.remediation = principle.remediation;
  return check;
}

/**
 * The principles pillar: one check per active principle whose selector
 * matches. A rule that does not compile makes its check `error` with the
 * compiler's message; a runtime error on this entity makes it `error` for
 * this entity only.
 */
export function principleChecks(
  context: EntityContext,
  principles: PreparedPrinciple[],
  ruleObjectives?: ReadonlyMap<Entity, unknown>,
): CheckResult[] {
  const systemRef = context.parents.find(p => p.ref.startsWith('system:'))?.ref;
  const domainRef = context.parents.find(p => p.ref.startsWith('domain:'))?.ref;
  const applicable = principles.filter(
    p =>
      p.active &&
      p.appliesTo(context.entity, { system: systemRef, domain: domainRef }),
  );
  if (applicable.length === 0) return [];

  const facts = factReadiness(context);
  const ruleContext: RuleContext = {
    entity: context.entity,
    owner: context.ownerEntity ?? null,
    system: context.system ?? null,
    domain: context.domain ?? null,
    objectives: ruleObjectives
      ? context.objectives.map(o => ruleObjectives.get(o) ?? o)
      : context.objectives,
    facts: facts.fresh,
    now: context.now,
  };
  const unresolved = RESOLVED_VARIABLES.filter(v => {
    if (context.snapshot.complete) return false;
    if (v === 'owner') return Boolean(context.owner) && !context.ownerEntity;
    if (v === 'system') return Boolean(systemRef) && !context.system;
    return Boolean(domainRef) && !context.domain;
  });

  return applicable.map(principle => {
    const { rule } = principle;
    if (!rule.ok) {
      return result(
        principle,
        'error',
        `The rule of ${principle.ref} does not compile: ${rule.error}`,
      );
    }
    const missing = unresolved.find(v => rule.variables.has(v));
    if (missing) {
      return result(
        principle,
        'not-applicable',
        `The rule reads \`${missing}\`, which is not among the files checked.`,
      );
    }
    try {
      return rule.evaluate(ruleContext)
        ? result(principle, 'pass', `Complies with "${principle.title}".`)
        : result(
            principle,
            'fail',
            `Does not comply with "${principle.title}".`,
          );
    } catch (error) {
      // A rule fails on a fact it needed that is missing or stale: the
      // entity lacks data, the rule is not broken. A rule that decides
      // without the fact (`!servesX || facts.k >= 1` on an entity not
      // serving X) never gets here.
      const noData = missingFacts(rule.factKeys, facts);
      if (noData) return result(principle, 'no-data', noData);
      const message =
        error instanceof RuleEvaluationError ? error.message : String(error);
      return result(
        principle,
        'error',
        `The rule of ${principle.ref} failed on this entity: ${message}`,
      );
    }
  });
}
