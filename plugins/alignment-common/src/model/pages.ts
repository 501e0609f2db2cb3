import type { Remediation } from '../kinds/types';
import type { RevisionMark } from './api';
import type { ObjectiveCoverage, PrincipleSummary } from './strategy';
import type { MeasureProgress } from '../measures/types';
import type { ObjectiveProgress } from './outcomes';
import type { WaiverResponse } from './waivers';
import type { AlignmentLevel, CheckStatus } from './results';
import type { CampaignEntityTodo, CampaignSummary } from './campaigns';

/**
 * What the entity pages of the strategy kinds and of teams read, one
 * request each. The text of the entity itself (thesis, rule, measures…)
 * comes from the catalog entity the page already holds; these carry only
 * what Lodestar computed.
 */

/** How many entities are at each level. @public */
export interface LevelCounts {
  /** Entities at the `aligned` level. */
  aligned: number;
  /** Entities at the `at-risk` level. */
  atRisk: number;
  /** Entities at the `drifting` level. */
  drifting: number;
}

/** Figures of a set of evaluated entities. @public */
export interface EntitySetFigures {
  /** Number of evaluated entities in the set that the caller may see. */
  entities: number;
  /** Their mean score, rounded; null when there are none. */
  score: number | null;
  /** How many of them are at each level. */
  levels: LevelCounts;
}

/** A series of daily points that may be withheld from a caller. @public */
export interface WithheldSeries<T> {
  /**
   * True when the series is kept for entities the caller may not all see,
   * and their permissions do not include `lodestar.aggregates.read`: the
   * points are then left out.
   */
  withheld?: boolean;
  /** Oldest first. */
  points: T[];
}

/** A count of entities for one owner. @public */
export interface OwnerCount {
  /** Ref of the owner, declared or inherited; empty for entities without one. */
  owner: string;
  /** Number of entities. */
  count: number;
}

/** `GET /pages/strategy/:namespace/:name`. @public */
export interface StrategyPageData {
  /** Ref of the Strategy entity. */
  entityRef: string;
  /** Every principle the caller may see; the page groups them by severity. */
  principles: PrincipleSummary[];
  /** The objectives of this strategy the caller may see; the page groups them by status. */
  objectives: ObjectiveCoverage[];
  /** The organisation's score over the last 365 days. */
  scoreTrend: WithheldSeries<{ day: string; score: number | null }>;
  /** The revisions the backend has recorded for this strategy, oldest first. */
  revisions: RevisionMark[];
  /** Entities not reviewed since the latest revision in effect. */
  realignment: {
    /** The latest revision in effect; absent when there is none. */
    revision?: RevisionMark;
    /** Number of visible entities that still need revalidation. */
    total: number;
    /** The same, per owner, most first. */
    byOwner: OwnerCount[];
  };
  /**
   * The trajectory's directions in order, each measured one with where its
   * measure stands (computed from the catalog on each run).
   */
  trajectory: Array<{ direction: string; progress?: MeasureProgress }>;
}

/** A point of an objective's coverage over time. @public */
export interface CoveragePoint {
  /** The day, `YYYY-MM-DD`. */
  day: string;
  /** Number of evaluated entities serving the objective that day. */
  entities: number;
  /** Their mean score; null when none. */
  score: number | null;
}

/** `GET /pages/objective/:namespace/:name`. @public */
export interface ObjectivePageData {
  /** The objective with its supporters; `supportingRefs` is left empty, see `GET /entities?objective=`. */
  objective: ObjectiveCoverage;
  /** Ref of the objective this one replaced, if any names it as successor. */
  predecessors: string[];
  /** Levels of the supporting entities. */
  levels: LevelCounts;
  /** Supporting entities per owner, most first: for a retired objective, the drift to clear. */
  byOwner: OwnerCount[];
  /** Number of supporters over the last 365 days. */
  coverage: WithheldSeries<CoveragePoint>;
  /** Its measures with values and status, and the delivery figures of its supporters. */
  progress: ObjectiveProgress;
}

/** A principle's pass rate on one day. @public */
export interface PassRatePoint {
  /** The day, `YYYY-MM-DD`: the counts of its last whole-catalog run. */
  day: string;
  /** Entities that complied. */
  pass: number;
  /** Entities that did not comply and had no waiver. */
  fail: number;
  /** Entities on which the rule could not be evaluated. */
  error: number;
  /** Entities that did not comply under an active waiver. */
  waived: number;
  /** Entities lacking a fact the rule needs, counted apart from the pass rate. */
  noData: number;
  /** Percent of pass or waived among pass, waived and fail; null when it applied to none. */
  passRate: number | null;
}

/** `GET /pages/principle/:namespace/:name`. @public */
export interface PrinciplePageData {
  /** The principle's validity, compile status and counts in the published results. */
  principle: PrincipleSummary;
  /** Pass rate over time: the last whole-catalog run of each day. */
  passRateTrend: WithheldSeries<PassRatePoint>;
  /** Waivers recorded against the principle on entities the caller may see, expired ones included. */
  waivers: WaiverResponse[];
}

/** One failing check of a team, with what fixing it is worth. @public */
export interface FixCandidate {
  /** Ref of the entity the check fails on. */
  entityRef: string;
  /** Check id, e.g. `ownership.on-call` or `principle:default/docs-as-code`. */
  checkId: string;
  /** The check's title, or the principle's. */
  title: string;
  /** The check's severity, which sets its weight. */
  severity: string;
  /** `fail`, or `error` for a rule that could not be evaluated. */
  status: CheckStatus;
  /** What the check found on the entity. */
  message: string;
  /** The entity's score now. */
  score: number;
  /** Points the entity's score would gain if the check passed. */
  scoreGain: number;
  /** Level the entity would reach if the check passed. */
  levelAfter: AlignmentLevel;
  /** How to fix it, when the check says. */
  remediation?: Remediation;
}

/** A team's load, each figure beside the organisation's median over teams that own something. @public */
export interface OwnershipLoad {
  /** Members of the group (and of the sub-groups counted). */
  members: number;
  /** Evaluated entities per member; null without members. */
  entitiesPerMember: number | null;
  /** Distinct systems the team's entities belong to. */
  systems: number;
  /** Distinct domains the team's entities belong to. */
  domains: number;
  /** The organisation's medians of the same figures. */
  orgMedian: {
    entitiesPerMember: number | null;
    systems: number | null;
    domains: number | null;
  };
}

/** An entity of a team, in brief. @public */
export interface TeamEntity {
  /** Canonical lowercase ref of the entity. */
  entityRef: string;
  /** The entity's `metadata.title`, if any. */
  title?: string;
  /** The entity's kind, lowercase. */
  kind: string;
  /** The owner it is counted under: the group or one of its sub-groups. */
  owner: string;
  /** Overall score, 0–100. */
  score: number;
  /** Overall verdict. */
  level: AlignmentLevel;
}

/** `GET /pages/group/:namespace/:name`. @public */
export interface TeamPageData {
  /** Ref of the group. */
  groupRef: string;
  /** The groups whose entities are counted: the group and, per its hierarchy, its sub-groups. */
  owners: string[];
  /** Figures of the entities they own that the caller may see. */
  figures: EntitySetFigures;
  /** Those entities, lowest score first (at most 200; see `figures.entities`). */
  entities: TeamEntity[];
  /** The failing checks worth the most points first (at most 25). */
  fixFirst: FixCandidate[];
  /** Active waivers on the team's entities, soonest expiry first. */
  waivers: WaiverResponse[];
  /** Of those, how many expire within 14 days. */
  expiringSoon: number;
  /** How spread the team is. */
  load: OwnershipLoad;
  /**
   * The active and proposed campaigns that still need something from the
   * team's entities, as listed on the campaigns page (active first, then by
   * deadline). Absent from backends that predate campaigns.
   */
  campaignTodos?: TeamCampaignTodos[];
}

/** What one campaign still needs from a team. @public */
export interface TeamCampaignTodos {
  /** The campaign, with its counts over every entity the caller may see. */
  campaign: CampaignSummary;
  /** The team's open entities in it, most urgent first (at most 50). */
  open: CampaignEntityTodo[];
  /** How many open entities the team has in it. */
  openCount: number;
}

/** A team of a user, with its figures. @public */
export interface UserTeam extends EntitySetFigures {
  /** Ref of the group. */
  groupRef: string;
  /** Failing checks on the team's entities. */
  failingChecks: number;
  /** Active waivers on them that expire within 14 days. */
  expiringSoon: number;
}

/** `GET /pages/user/:namespace/:name`. @public */
export interface UserPageData {
  /** Ref of the user. */
  userRef: string;
  /** The groups the user is a direct member of. */
  teams: UserTeam[];
}

/** `POST /preview`: a draft principle's effect on the estate, nothing stored. @public */
export interface PrinciplePreview {
  /** Ref of the draft principle. */
  principleRef: string;
  /** Check id the principle would have. */
  checkId: string;
  /** When the catalog snapshot used was read. */
  snapshotAt: string;
  /** Visible evaluated entities it applies to. */
  applies: number;
  /** Of those, how many would comply. */
  pass: number;
  /** How many would not (a waiver on a principle of the same ref still counts here). */
  fail: number;
  /** How many the rule would error on. */
  error: number;
  /** Outcomes per owner, most failures first. */
  byOwner: Array<{
    /** Ref of the owner; empty for entities without one. */
    owner: string;
    /** Entities of the owner that would comply. */
    pass: number;
    /** Entities of the owner that would not. */
    fail: number;
    /** Entities of the owner on which the rule would error. */
    error: number;
  }>;
  /** Level changes it would cause, e.g. `{ from: 'aligned', to: 'at-risk', count: 12 }`. */
  levelChanges: Array<{
    from: AlignmentLevel;
    to: AlignmentLevel;
    count: number;
  }>;
  /** Mean score of the entities it applies to, before and after. */
  meanScore: { before: number | null; after: number | null };
  /** The first failing or erroring entities (at most 50), with their messages. */
  failing: Array<{
    entityRef: string;
    owner?: string;
    status: 'fail' | 'error';
    message: string;
    scoreBefore: number;
    scoreAfter: number;
  }>;
  /** Milliseconds the evaluation took. */
  durationMs: number;
}
