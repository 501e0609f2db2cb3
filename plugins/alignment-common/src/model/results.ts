import type { ObjectiveStatus, Remediation, Severity } from '../kinds/types';

/** Outcome of one check on one entity. @public */
export type CheckStatus =
  | 'pass'
  | 'fail'
  | 'waived'
  | 'not-applicable'
  | 'error';

/** The three pillars of alignment. @public */
export type Pillar = 'ownership' | 'intent' | 'principles';

/** @public */
export const PILLARS: readonly Pillar[] = ['ownership', 'intent', 'principles'];

/** Overall verdict for an entity. @public */
export type AlignmentLevel = 'aligned' | 'at-risk' | 'drifting';

/** @public */
export const ALIGNMENT_LEVELS: readonly AlignmentLevel[] = [
  'aligned',
  'at-risk',
  'drifting',
];

/** The result of one check on one entity. @public */
export interface CheckResult {
  /** Stable id, e.g. `ownership.resolves` or `principle.services-expose-apis`. */
  id: string;
  pillar: Pillar;
  title: string;
  status: CheckStatus;
  severity: Severity;
  message: string;
  /** Why the check matters. */
  rationale?: string;
  /** How to fix a failure. */
  remediation?: Remediation;
  /** Ref of the entity an inherited value (owner, objectives) came from. */
  inheritedFrom?: string;
}

/** The kinds of drift an entity can show. @public */
export type DriftSignalType = 'ownership' | 'strategic' | 'compliance';

/** A kind of drift and the reasons it was raised. @public */
export interface DriftSignal {
  type: DriftSignalType;
  reasons: string[];
}

/** Score and checks of one pillar. @public */
export interface PillarResult {
  id: Pillar;
  /** 0–100, or null when no check of the pillar applied. */
  score: number | null;
  checks: CheckResult[];
}

/** An objective an entity serves, as resolved at evaluation time. @public */
export interface ServedObjective {
  ref: string;
  title?: string;
  /** `unknown` when the ref does not resolve to an Objective. */
  status: ObjectiveStatus | 'unknown';
  successor?: string;
  inheritedFrom?: string;
}

/** Everything the engine concluded about one entity. @public */
export interface EntityAlignment {
  entityRef: string;
  score: number;
  level: AlignmentLevel;
  /** The owner used for the checks (declared or inherited), if any. */
  owner?: string;
  ownerInheritedFrom?: string;
  /** The system the entity is part of, if any (canonical ref). */
  system?: string;
  /** The domain the entity belongs to, directly or through its system. */
  domain?: string;
  objectives: ServedObjective[];
  pillars: PillarResult[];
  signals: DriftSignal[];
  /** True when the entity was not reviewed since the latest strategy revision. */
  needsRevalidation: boolean;
}

/** An entity's alignment as served by the backend. @public */
export interface Scorecard extends EntityAlignment {
  /** ISO timestamp of the evaluation that produced it. */
  evaluatedAt: string;
}
