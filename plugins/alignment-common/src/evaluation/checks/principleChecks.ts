import type { Entity } from '@backstage/catalog-model';
import type { CheckResult } from '../../model/results';
import { RuleEvaluationError } from '../../rules/compileRule';
import { usedOnce } from '../../rules/inputBounds';
import type { RuleContext } from '../../rules/ruleEnvironment';
import type { EntityContext } from '../EntityContext';
import type { PreparedPrinciple } from '../principles';
import { FactReadiness, factReadiness, missingFacts } from './factReadiness';

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

const NOTHING_UNRESOLVED: readonly (typeof RESOLVED_VARIABLES)[number][] = [];

/** The rule variables this entity refers to but a partial snapshot lacks. */
function unresolvedVariables(context: EntityContext) {
  if (context.snapshot.complete) return NOTHING_UNRESOLVED;
  return RESOLVED_VARIABLES.filter(v => {
    if (v === 'owner') return Boolean(context.owner) && !context.ownerEntity;
    if (v === 'system') return Boolean(context.systemRef) && !context.system;
    return Boolean(context.domainRef) && !context.domain;
  });
}

// The objectives rules see (with their outcomes) by the list they are
// made from: entities of one lineage share that list, and so this one, and
// its cost bounds are worked out once (see inputBounds).
const ruleObjectiveLists = new WeakMap<
  ReadonlyMap<Entity, unknown>,
  WeakMap<readonly Entity[], unknown[]>
>();

function asRuleObjectives(
  objectives: readonly Entity[],
  ruleObjectives: ReadonlyMap<Entity, unknown>,
): unknown[] {
  let byList = ruleObjectiveLists.get(ruleObjectives);
  if (!byList) {
    byList = new WeakMap();
    ruleObjectiveLists.set(ruleObjectives, byList);
  }
  let list = byList.get(objectives);
  if (!list) {
    list = objectives.map(o => ruleObjectives.get(o) ?? o);
    byList.set(objectives, list);
  }
  return list;
}

function ruleContextOf(
  context: EntityContext,
  facts: FactReadiness,
  ruleObjectives?: ReadonlyMap<Entity, unknown>,
): RuleContext {
  const { objectives } = context;
  return {
    entity: context.entity,
    owner: context.ownerEntity ?? null,
    system: context.system ?? null,
    domain: context.domain ?? null,
    objectives: ruleObjectives
      ? asRuleObjectives(objectives, ruleObjectives)
      : objectives,
    facts: facts.fresh,
    now: context.now,
  };
}

function checkOne(
  principle: PreparedPrinciple,
  ruleContext: RuleContext,
  facts: FactReadiness,
  unresolved: readonly string[],
): CheckResult {
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
      : result(principle, 'fail', `Does not comply with "${principle.title}".`);
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
}

const UPCOMING_WORDS = {
  pass: 'already complies',
  fail: 'does not comply yet',
  error: 'cannot be checked yet',
  'no-data': 'cannot be checked yet',
} as const;

/**
 * A check of a principle not yet in effect: evaluated, shown, not counted.
 * A failure keeps its remediation, so owners can fix it before the date.
 */
function asUpcoming(check: CheckResult, effectiveFrom: string): CheckResult {
  const { status } = check;
  if (
    status !== 'pass' &&
    status !== 'fail' &&
    status !== 'error' &&
    status !== 'no-data'
  )
    return check;
  const will = UPCOMING_WORDS[status];
  return {
    ...check,
    status: 'upcoming',
    statusWhenEffective: status,
    effectiveFrom,
    message: `Counts from ${effectiveFrom}; this entity ${will}. ${check.message}`,
  };
}

/**
 * The principles pillar: one check per active principle whose selector
 * matches. A principle whose `effectiveFrom` is after `now`'s (UTC) day is
 * checked but `upcoming`. A rule that does not compile makes its check `error` with the
 * compiler's message; a runtime error on this entity makes it `error` for
 * this entity only.
 */
export function principleChecks(
  context: EntityContext,
  principles: PreparedPrinciple[],
  ruleObjectives?: ReadonlyMap<Entity, unknown>,
): CheckResult[] {
  const parents = { system: context.systemRef, domain: context.domainRef };
  const results: CheckResult[] = [];
  // Built when a principle first applies: an entity that no principle
  // applies to needs none of it.
  let ruleContext: RuleContext | undefined;
  let facts: FactReadiness | undefined;
  let unresolved: readonly string[] = NOTHING_UNRESOLVED;
  let today: string | undefined;
  for (const principle of principles) {
    if (!principle.active || !principle.appliesTo(context.entity, parents))
      continue;
    if (!ruleContext || !facts) {
      facts = factReadiness(context);
      ruleContext = ruleContextOf(context, facts, ruleObjectives);
      usedOnce(ruleContext);
      unresolved = unresolvedVariables(context);
    }
    const check = checkOne(principle, ruleContext, facts, unresolved);
    const { effectiveFrom } = principle;
    today ??= effectiveFrom && context.now.toISOString().slice(0, 10);
    results.push(
      effectiveFrom && today && effectiveFrom > today
        ? asUpcoming(check, effectiveFrom)
        : check,
    );
  }
  return results;
}
