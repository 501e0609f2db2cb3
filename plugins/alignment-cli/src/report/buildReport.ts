import type {
  CheckResult,
  EntityAlignment,
  PrincipleCompileStatus,
  Severity,
} from '@lodestar/backstage-plugin-alignment-common';
import { SEVERITIES } from '@lodestar/backstage-plugin-alignment-common';
import type { LocatedEntity } from '../inputs/readInputs';
import {
  CHECK_STATUSES,
  isAtOrAbove,
  Report,
  ReportCampaign,
  REPORT_LEVELS,
  ReportCheck,
  ReportEntity,
  ReportPrinciple,
  ReportSummary,
} from './model';

/** What happened to one entity: the engine evaluated it, or Backstage would reject it. */
export type EntityOutcome =
  | { source: LocatedEntity; alignment: EntityAlignment }
  | { source: LocatedEntity; invalid: string };

/** Everything {@link buildReport} needs. */
export interface ReportInput {
  failOn: Severity;
  outcomes: EntityOutcome[];
  principles: PrincipleCompileStatus[];
  /** Every entity read, to locate the principles. */
  entities: LocatedEntity[];
  /** The campaign the outcomes were limited to, if any. */
  campaign?: ReportCampaign;
}

/**
 * The check the CLI adds for entities the Backstage catalog would reject.
 * Critical, because such an entity never appears in the catalog: nobody sees
 * it, owns it or checks it there.
 */
export const VALID_ENTITY_CHECK = {
  id: 'catalog.valid-entity',
  title: 'Accepted by the Backstage catalog',
  severity: 'critical' as Severity,
  rationale:
    'The Backstage catalog rejects an entity that breaks its format rules. It never shows up in the catalog, so nobody can find, own or check it.',
};

// Fixed key order, so the JSON output does not depend on how the engine
// happened to build each result.
function toReportCheck(check: CheckResult): ReportCheck {
  const result: ReportCheck = {
    id: check.id,
    pillar: check.pillar,
    title: check.title,
    status: check.status,
    severity: check.severity,
    message: check.message,
  };
  if (check.rationale) result.rationale = check.rationale;
  if (check.remediation) {
    result.remediation = { text: check.remediation.text };
    if (check.remediation.yaml)
      result.remediation.yaml = check.remediation.yaml;
  }
  if (check.inheritedFrom) result.inheritedFrom = check.inheritedFrom;
  if (check.effectiveFrom) result.effectiveFrom = check.effectiveFrom;
  if (check.statusWhenEffective)
    result.statusWhenEffective = check.statusWhenEffective;
  return result;
}

function invalidCheck(problem: string): ReportCheck {
  return {
    id: VALID_ENTITY_CHECK.id,
    pillar: 'catalog',
    title: VALID_ENTITY_CHECK.title,
    status: 'fail',
    severity: VALID_ENTITY_CHECK.severity,
    message: problem,
    rationale: VALID_ENTITY_CHECK.rationale,
    remediation: {
      text: 'Correct the entity as the message says, so that the catalog accepts it; until then Lodestar does not evaluate it.',
    },
  };
}

function toReportEntity(outcome: EntityOutcome): ReportEntity {
  const { source } = outcome;
  const base = {
    entityRef: source.ref,
    kind: source.entity.kind,
    file: source.file,
    line: source.line,
  };
  if ('invalid' in outcome) {
    return {
      ...base,
      score: null,
      level: 'invalid',
      checks: [invalidCheck(outcome.invalid)],
    };
  }
  const { alignment } = outcome;
  const entity: ReportEntity = {
    ...base,
    score: alignment.score,
    level: alignment.level,
    checks: alignment.pillars.flatMap(p => p.checks).map(toReportCheck),
  };
  if (alignment.owner) entity.owner = alignment.owner;
  return entity;
}

// Plain code-unit comparison: localeCompare would order files differently
// on machines with different locales, and the output must not change.
function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function byLocation(a: ReportEntity, b: ReportEntity): number {
  return (
    compare(a.file, b.file) ||
    a.line - b.line ||
    compare(a.entityRef, b.entityRef)
  );
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map(key => [key, 0])) as Record<K, number>;
}

function summarize(entities: ReportEntity[], failOn: Severity): ReportSummary {
  const summary: ReportSummary = {
    entities: entities.length,
    levels: zeroes(REPORT_LEVELS),
    checks: zeroes(CHECK_STATUSES),
    failingBySeverity: zeroes(SEVERITIES),
    failing: 0,
  };
  for (const entity of entities) {
    summary.levels[entity.level] += 1;
    for (const check of entity.checks) {
      summary.checks[check.status] += 1;
      // Only `fail` counts: waived failures were accepted, not-applicable
      // ones could not be judged, errors are the rule's fault, and no-data
      // rules did not run for want of a fact; upcoming principles do not
      // count yet, so that teams can prepare without a red build.
      if (check.status !== 'fail') continue;
      summary.failingBySeverity[check.severity] += 1;
      if (isAtOrAbove(check.severity, failOn)) summary.failing += 1;
    }
  }
  return summary;
}

function locatePrinciple(
  status: PrincipleCompileStatus,
  entities: LocatedEntity[],
): ReportPrinciple {
  const located = entities.find(e => e.ref === status.ref);
  return located
    ? { ...status, file: located.file, line: located.line }
    : { ...status };
}

/**
 * Turns the engine's results into the report every format renders: entities
 * sorted by file and line, checks in the engine's order, and the counts that
 * decide the exit code.
 */
export function buildReport(input: ReportInput): Report {
  const entities = input.outcomes.map(toReportEntity).sort(byLocation);
  return {
    failOn: input.failOn,
    ...(input.campaign && { campaign: input.campaign }),
    summary: summarize(entities, input.failOn),
    principles: input.principles.map(p => locatePrinciple(p, input.entities)),
    entities,
  };
}
