/**
 * What the strategy routes of the alignment backend (`/objectives`,
 * `/principles`, `/strategy`) return: how the catalog covers the strategy.
 */

/** One objective of `GET /objectives`. @public */
export interface ObjectiveCoverage {
  /** Canonical lowercase ref of the Objective entity. */
  entityRef: string;
  /** The objective's `metadata.title`, or its name when it has none. */
  title: string;
  /** The objective's `spec.status`. */
  status: 'proposed' | 'active' | 'retired';
  /** Ref of the objective's owner (`spec.owner`, short forms expanded). */
  owner: string;
  /** The objective's `spec.horizon`, free text such as `2026-Q3 to 2027-Q1`. */
  horizon?: string;
  /** Ref of the Strategy it pursues (`spec.strategy`, short forms expanded). */
  strategy?: string;
  /** Ref of the objective that replaced this one, if any. */
  successor?: string;
  /** Number of evaluated entities that serve it, declared or inherited. */
  supportingCount: number;
  /** Mean score of those entities, rounded; null when none serves it. */
  meanScore: number | null;
  /** The first supporting entities (at most 100). */
  supportingRefs: string[];
}

/** `GET /objectives`. @public */
export interface ObjectivesResponse {
  /** Every Objective the caller may see, by status, then ref. */
  objectives: ObjectiveCoverage[];
  /** Entities serving at least one retired objective: their count and the first 100 refs. */
  servingRetired: { count: number; entityRefs: string[] };
  /** Entities serving no objective: their count and the first 100 refs. */
  servingNone: { count: number; entityRefs: string[] };
}

/** One principle of `GET /principles`, with its counts in the published run. @public */
export interface PrincipleSummary {
  /** Ref of the Principle entity. */
  entityRef: string;
  /** The principle's `metadata.name`; its check id is `entityRef` in lowercase. */
  name: string;
  /** The principle's `metadata.title`, or its name when it has none. */
  title: string;
  /** The principle's `spec.severity` as written: one of {@link SEVERITIES} when `valid`. */
  severity: string;
  /** The principle's `spec.status`; `active` when absent. */
  status: string;
  /** True when the entity fits the Principle schema; otherwise see `problems`. */
  valid: boolean;
  /** What does not fit the schema, one `path: message` each; empty when valid. */
  problems: string[];
  /** True when `spec.rule` compiles as a boolean CEL expression. */
  compiled: boolean;
  /** The compiler's message when the rule does not compile. */
  compileError?: string;
  /** Percent of pass or waived among pass, waived and fail; null when it applied to no entity. */
  passRate: number | null;
  /** Number of entities that do not comply (same as `fail`). */
  failingCount: number;
  /** Number of entities on which the rule could not be evaluated (same as `error`). */
  errorCount: number;
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
  /**
   * Before the principle's `effectiveFrom`: the number of entities it is
   * evaluated on without counting. Absent or 0 otherwise.
   */
  upcoming?: number;
}

/** A strategy as `GET /strategy` lists it, latest revision first. @public */
export interface StrategySummary {
  /** Ref of the Strategy entity. */
  entityRef: string;
  /** The strategy's `metadata.title`, or its name when it has none. */
  title: string;
  /** The strategy's `spec.owner`, as written. */
  owner: string;
  /** The strategy's `spec.thesis`: why we win now. */
  thesis: string;
  /** The most recent of `revisions`; absent when there are none. */
  latestRevision?: { date: string; trigger: string; summary: string };
  /** The strategy's `spec.revisions`, newest first. */
  revisions: Array<{ date: string; trigger: string; summary: string }>;
}
