import type { ObjectiveStatus, Remediation, Severity } from '../kinds/types';
import type { CampaignStanding } from './campaigns';

/**
 * Outcome of one check on one entity. `no-data`: a fact the rule reads is
 * missing or stale, so the rule was not run; like `error`, it counts for
 * neither the applicable nor the passed weight of the score. `upcoming`: a
 * principle that takes effect on a later date (`spec.effectiveFrom`) was
 * evaluated but does not count yet; `statusWhenEffective` says how it will
 * count.
 * @public
 */
export type CheckStatus =
  | 'pass'
  | 'fail'
  | 'waived'
  | 'not-applicable'
  | 'error'
  | 'no-data'
  | 'upcoming';

/** The three pillars of alignment. @public */
export type Pillar = 'ownership' | 'intent' | 'principles';

/** Every pillar, in the order scorecards list them. @public */
export const PILLARS: readonly Pillar[] = ['ownership', 'intent', 'principles'];

/** Overall verdict for an entity. @public */
export type AlignmentLevel = 'aligned' | 'at-risk' | 'drifting';

/** Every level, best first. @public */
export const ALIGNMENT_LEVELS: readonly AlignmentLevel[] = [
  'aligned',
  'at-risk',
  'drifting',
];

/** The result of one check on one entity. @public */
export interface CheckResult {
  /** Stable id, e.g. `ownership.resolves` or `principle:default/services-expose-apis` (see {@link principleCheckId}). */
  id: string;
  /** The pillar the check belongs to; principle checks are in `principles`. */
  pillar: Pillar;
  /** What the check verifies, for display; a principle's title for principle checks. */
  title: string;
  /** Outcome on this entity; `waived` replaces `fail` while an active waiver covers it. */
  status: CheckStatus;
  /**
   * Sets the check's weight in the score; a failing `critical` check caps the
   * level at `at-risk`.
   */
  severity: Severity;
  /** What was found on this entity; a waived check adds the waiver's expiry and reason. */
  message: string;
  /** Why the check matters. */
  rationale?: string;
  /** How to fix a failure. */
  remediation?: Remediation;
  /** Ref of the entity an inherited value (owner, objectives) came from. */
  inheritedFrom?: string;
  /** For an `upcoming` principle check: the date it starts to count. */
  effectiveFrom?: string;
  /** For an `upcoming` principle check: its outcome once it counts. */
  statusWhenEffective?: 'pass' | 'fail' | 'error' | 'no-data';
}

/** The kinds of drift an entity can show. @public */
export type DriftSignalType = 'ownership' | 'strategic' | 'compliance';

/** A kind of drift and the reasons it was raised. @public */
export interface DriftSignal {
  /** `ownership`, `strategic` (intent pillar) or `compliance` (principles pillar). */
  type: DriftSignalType;
  /** `title: message` of each failing check of the pillar behind the signal. */
  reasons: string[];
}

/** Score and checks of one pillar. @public */
export interface PillarResult {
  /** The pillar these checks belong to. */
  id: Pillar;
  /** 0–100, or null when no check of the pillar applied. */
  score: number | null;
  /** Every check of the pillar evaluated on the entity, whatever its outcome. */
  checks: CheckResult[];
}

/** An objective an entity serves, as resolved at evaluation time. @public */
export interface ServedObjective {
  /** Objective ref, canonical (`objective:default/expand-eu`) when it parses, else as written. */
  ref: string;
  /** The objective's `metadata.title`, when it resolves and has one. */
  title?: string;
  /** `unknown` when the ref does not resolve to an Objective. */
  status: ObjectiveStatus | 'unknown';
  /** Ref of the objective that replaced this one, when the objective names one. */
  successor?: string;
  /** Ref of the system or domain the objective was inherited from; absent when declared. */
  inheritedFrom?: string;
}

/** Everything the engine concluded about one entity. @public */
export interface EntityAlignment {
  /** Canonical lowercase ref of the evaluated entity. */
  entityRef: string;
  /** 0–100: weight of passed or waived checks over that of applicable ones; 100 when none apply. */
  score: number;
  /** Verdict from the score's thresholds; a failing critical check caps it at `at-risk`. */
  level: AlignmentLevel;
  /** The owner used for the checks (declared or inherited), if any. */
  owner?: string;
  /** Ref of the system or domain `owner` was inherited from; absent when declared. */
  ownerInheritedFrom?: string;
  /** The system the entity is part of, if any (canonical ref). */
  system?: string;
  /** The domain the entity belongs to, directly or through its system. */
  domain?: string;
  /** The objectives the entity serves, declared or inherited, resolved for display. */
  objectives: ServedObjective[];
  /** Score and checks of each pillar, in the order of {@link PILLARS}. */
  pillars: PillarResult[];
  /** One signal per pillar with a failing check; empty when nothing fails. */
  signals: DriftSignal[];
  /** True when the entity was not reviewed since the latest strategy revision. */
  needsRevalidation: boolean;
  /** Where the entity stands in each campaign that covers it; absent when none does. */
  campaigns?: CampaignStanding[];
}

/** An entity's alignment as served by the backend. @public */
export interface Scorecard extends EntityAlignment {
  /** ISO timestamp of the evaluation that produced it. */
  evaluatedAt: string;
}
