import type {
  AlignmentLevel,
  CampaignEntityState,
  CheckStatus,
  Pillar,
  PrincipleCompileStatus,
  Remediation,
  Severity,
} from '@lodestar/backstage-plugin-alignment-common';
import { SEVERITIES } from '@lodestar/backstage-plugin-alignment-common';

/**
 * The verdict on an entity: the engine's level, or `invalid` for an entity
 * the Backstage catalog would reject, which is reported but not evaluated.
 */
export type ReportLevel = AlignmentLevel | 'invalid';

/** The levels, in the order summaries list them. */
export const REPORT_LEVELS: readonly ReportLevel[] = [
  'aligned',
  'at-risk',
  'drifting',
  'invalid',
];

/** The statuses, in the order summaries list them. */
export const CHECK_STATUSES: readonly CheckStatus[] = [
  'pass',
  'fail',
  'waived',
  'not-applicable',
  'error',
  'no-data',
  'upcoming',
];

/** One check on one entity, as every output format reports it. */
export interface ReportCheck {
  id: string;
  /** The engine's pillars, plus `catalog` for the CLI's own entity validity check. */
  pillar: Pillar | 'catalog';
  title: string;
  status: CheckStatus;
  severity: Severity;
  message: string;
  rationale?: string;
  remediation?: Remediation;
  inheritedFrom?: string;
  /** For an `upcoming` principle check: the date (YYYY-MM-DD) it starts to count. */
  effectiveFrom?: string;
  /** For an `upcoming` principle check: its outcome once it counts. */
  statusWhenEffective?: 'pass' | 'fail' | 'error' | 'no-data';
}

/** One entity's result, located in the files that were read. */
export interface ReportEntity {
  entityRef: string;
  kind: string;
  /** Relative to the working directory, `/`-separated. */
  file: string;
  /** 1-based line where the entity's YAML document starts. */
  line: number;
  /** 0–100; null when the entity was not evaluated. */
  score: number | null;
  level: ReportLevel;
  owner?: string;
  checks: ReportCheck[];
}

/** A principle's compile status, with where it is defined. */
export interface ReportPrinciple extends PrincipleCompileStatus {
  file?: string;
  line?: number;
}

/** Counts over the whole run. */
export interface ReportSummary {
  entities: number;
  levels: Record<ReportLevel, number>;
  checks: Record<CheckStatus, number>;
  /** Failing checks by severity (status `fail` only). */
  failingBySeverity: Record<Severity, number>;
  /** Failing checks at or above the `--fail-on` threshold; non-zero fails the run. */
  failing: number;
}

/**
 * The campaign a `--campaign` run was limited to, with where the entities
 * in its scope stand.
 */
export interface ReportCampaign {
  /** Canonical lowercase ref of the Campaign entity. */
  ref: string;
  title: string;
  status: string;
  startsAt: string;
  deadline: string;
  /** The check ids it asks for, principle refs made canonical. */
  checks: string[];
  /** Entities in scope, by state (`done`, `remaining`, …). */
  counts: Record<CampaignEntityState, number>;
}

/** Everything a run concluded; each output format renders it. */
export interface Report {
  failOn: Severity;
  /** Present when the run was limited to one campaign's scope and checks. */
  campaign?: ReportCampaign;
  summary: ReportSummary;
  principles: ReportPrinciple[];
  /** Sorted by file, then line. */
  entities: ReportEntity[];
}

/** 0 for critical up to 3 for low. */
export function severityRank(severity: Severity): number {
  const rank = SEVERITIES.indexOf(severity);
  // An unknown severity cannot come from a validated principle; treat it as
  // the least severe rather than let it fail every threshold.
  return rank === -1 ? SEVERITIES.length : rank;
}

/** True when a severity is at or above the threshold (critical is highest). */
export function isAtOrAbove(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}
