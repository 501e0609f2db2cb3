import type { AlignmentLevel, CheckStatus, DriftSignalType } from './results';

/**
 * Shapes of the alignment backend's REST API (`/api/alignment`), shared by
 * the backend, its clients and the frontend.
 */

/** Filters accepted by `/overview`, `/entities` and `/entities.csv`. @public */
export interface AlignmentFilter {
  /** Only entities with this owner, declared or inherited; a bare name means a group. */
  owner?: string;
  /** Only parts of this system, not the system itself; a bare name means a system. */
  system?: string;
  /** Only entities in this domain, directly or through their system; a bare name means a domain. */
  domain?: string;
  /** Only entities of this kind, compared case-insensitively, e.g. `component`. */
  kind?: string;
  /** Only entities with this `spec.lifecycle`, e.g. `production`. */
  lifecycle?: string;
  /** Only entities at this alignment level. */
  level?: AlignmentLevel;
  /** Only entities that show this kind of drift. */
  signal?: DriftSignalType;
  /** Free text: only entities whose ref or title contains it, ignoring case. */
  q?: string;
  /**
   * `true`: only entities not reviewed since the latest strategy revision;
   * `false`: only those reviewed since.
   */
  needsRevalidation?: boolean;
  /** Only entities serving this objective, declared or inherited (`objective:<namespace>/<name>`). */
  objective?: string;
  /**
   * Only entities on which this check (e.g. `principle:default/docs-as-code`)
   * has one of `checkStatus`; each row then carries the check's outcome.
   */
  check?: string;
  /** With `check`: the outcomes to list, among {@link LISTED_CHECK_STATUSES}; default `fail` and `error`. */
  checkStatus?: ListedCheckStatus[];
}

/** The check outcomes the entity list can filter on: those that ask for something. @public */
export const LISTED_CHECK_STATUSES = [
  'fail',
  'error',
  'waived',
  'no-data',
] as const;

/** One of {@link LISTED_CHECK_STATUSES}. @public */
export type ListedCheckStatus = (typeof LISTED_CHECK_STATUSES)[number] &
  CheckStatus;

/** A strategy revision, as marked on trend lines. @public */
export interface RevisionMark {
  /** Ref of the Strategy entity that declares the revision. */
  strategyRef: string;
  /** Date of the revision as the strategy declares it, `YYYY-MM-DD`. */
  date: string;
  /** What prompted the revision, one of {@link REVISION_TRIGGERS}. */
  trigger: string;
  /** What changed, as the strategy words it. */
  summary: string;
}

/** An evaluation run. @public */
export interface EvaluationRun {
  /** Id of the run, assigned in increasing order. */
  id: number;
  /** `running` while under way; a failed run leaves the previously published results served. */
  status: 'running' | 'succeeded' | 'failed';
  /**
   * What started the run: the schedule, a manual request for the whole
   * catalog, a change of the catalog that affects it all (a strategy or
   * principle), or re-evaluated entities.
   */
  trigger: 'schedule' | 'manual' | 'change' | 'entity';
  /** Ref of the re-evaluated entity; only on `entity` runs. */
  entityRef?: string;
  /** ISO timestamp of the start. */
  startedAt: string;
  /** ISO timestamp of the end; absent while running. */
  finishedAt?: string;
  /** How long the run took, in milliseconds; absent while running. */
  durationMs?: number;
  /** Number of entities evaluated; for a failed run, how many were before it stopped. */
  evaluated: number;
  /** History rows written (entities whose score, level or checks changed); 0 on `entity` runs. */
  historyRows: number;
  /**
   * Of the entities counted in `evaluated`, those whose evaluation by the
   * whole run before was reused, as nothing they depend on had changed;
   * only on whole runs that succeeded.
   */
  reused?: number;
  /** Where a whole-catalog run's time went, in milliseconds. */
  phases?: RunPhases;
  /** Why the run failed (at most 4000 characters); only on failed runs. */
  error?: string;
}

/** Time a run spent in each phase, in milliseconds. @public */
export interface RunPhases {
  /** Reading context and evaluated entities from the catalog. */
  catalogReadMs: number;
  /** Running the checks. */
  evaluateMs: number;
  /** Writing results and history, publishing, aggregating. */
  storeMs: number;
}

/** `GET /scorecards/:kind/:namespace/:name/history`. @public */
export interface ScoreHistory {
  /** Canonical lowercase ref of the entity. */
  entityRef: string;
  /** Each recorded change of result, oldest first, in the range (default: the last 365 days). */
  points: Array<{ recordedAt: string; score: number; level: AlignmentLevel }>;
  /** Every strategy revision the backend has recorded, oldest first, whatever the range. */
  revisions: RevisionMark[];
}

/** A row of `GET /entities`. @public */
export interface EntityRow {
  /** Canonical lowercase ref of the entity. */
  entityRef: string;
  /** The entity's `metadata.title`, if any (clipped to 255 characters). */
  title?: string;
  /** The entity's kind, lowercase, e.g. `component`. */
  kind: string;
  /** Ref of the owner the checks used, declared or inherited from the system or domain. */
  owner?: string;
  /** Ref of the system the entity is part of, if any. */
  system?: string;
  /** Ref of the domain the entity belongs to, directly or through its system. */
  domain?: string;
  /** The entity's `spec.lifecycle`, if any (clipped to 64 characters). */
  lifecycle?: string;
  /** Overall score, 0–100. */
  score: number;
  /** Overall verdict, from the score and any failing critical check. */
  level: AlignmentLevel;
  /** Score change over the last 30 days; null when there is no earlier point. */
  delta30d: number | null;
  /** The kinds of drift the entity shows; empty when none. */
  signals: DriftSignalType[];
  /** True when the entity was not reviewed since the latest strategy revision. */
  needsRevalidation: boolean;
  /** Its checks that fail (waived ones not counted). */
  failingChecks: number;
  /** Its checks lacking a fact the rule needs (missing or stale), counted apart from pass and fail. */
  noDataChecks: number;
  /** ISO timestamp of the evaluation that produced the row. */
  evaluatedAt: string;
  /** With a `check` filter: that check's outcome on the entity and what it found. */
  check?: { id: string; status: CheckStatus; message: string };
}

/** `GET /entities`. @public */
export interface EntityPage {
  /** The rows of this page, in the requested order. */
  items: EntityRow[];
  /** Number of entities matching the filter, over all pages. */
  totalItems: number;
  /** Pass as `cursor`, with the same sort and order, for the next page; absent on the last page. */
  nextCursor?: string;
}

/** Pass counts of one principle. @public */
export interface PrinciplePassRate {
  /** Check id of the principle: its entity ref, `principle:<namespace>/<name>`. */
  id: string;
  /** Number of entities that comply. */
  pass: number;
  /** Number of entities that do not comply and have no waiver. */
  fail: number;
  /** Number of entities on which the rule could not be evaluated. */
  error: number;
  /** Number of entities that do not comply but have an active waiver. */
  waived: number;
  /** Number of entities lacking a fact the rule needs (missing or stale): counted apart, in no pass rate. */
  noData: number;
  /** Percentage of passing (or waived) among pass + fail; null when none applied. */
  passRate: number | null;
}

/** `GET /overview`. @public */
export interface AlignmentOverview {
  /** The filter applied, as the backend normalised it: canonical refs, lowercase kind. */
  filter: AlignmentFilter;
  /** Number of evaluated entities that match the filter. */
  entities: number;
  /** Their mean score, rounded; null when there are none. */
  score: number | null;
  /** How many of them are at each level. */
  levels: { aligned: number; atRisk: number; drifting: number };
  /** Percent whose owner is declared, exists, is a group and has members; null with no entities. */
  validOwnerPercent: number | null;
  /** Percent that serve at least one objective, all of them active; null with no entities. */
  activeObjectivePercent: number | null;
  /** Percent not reviewed since the latest strategy revision; null with no entities. */
  needsRevalidationPercent: number | null;
  /** Counts of each principle, lowest pass rate first. */
  principles: PrinciplePassRate[];
  /** Pass (waived included) and fail counts per owner and principle, for the top 40 owners. */
  heatmap: {
    owners: string[];
    /** Check ids of the principles: their entity refs, `principle:<namespace>/<name>`. */
    principles: string[];
    cells: Array<{
      owner: string;
      /** Check id of the principle, as in `principles`. */
      principle: string;
      pass: number;
      fail: number;
      passRate: number | null;
    }>;
  };
  /**
   * Daily figures over the last 365 days: of the owner, system or domain when
   * exactly one of them is filtered on, otherwise of the whole organisation;
   * other filters do not apply.
   */
  trend: {
    dimension: 'org' | 'owner' | 'system' | 'domain';
    key: string;
    /**
     * True when the trend is kept for entities the caller may not all see
     * and their permissions do not include `lodestar.aggregates.read`: the
     * points are then left out.
     */
    withheld?: boolean;
    points: Array<{
      day: string;
      score: number | null;
      entities: number;
      aligned: number;
      atRisk: number;
      drifting: number;
    }>;
  };
  /** Every strategy revision the backend has recorded, oldest first, to mark on the trend. */
  revisions: RevisionMark[];
  /** The latest whole-catalog run, whatever its outcome; absent before the first one. */
  lastRun?: EvaluationRun;
}
