import type { Entity } from '@backstage/catalog-model';
import type { ObjectiveMeasure, TypedMeasure } from '../measures/types';

/** The apiVersion of every Lodestar kind. @public */
export const LODESTAR_API_VERSION = 'lodestar.dev/v1alpha1';

/** Annotation listing the Objectives an entity serves (comma-separated refs). @public */
export const ANNOTATION_OBJECTIVES = 'lodestar.dev/objectives';

/** Annotation holding the ISO date of the owner's last alignment review. @public */
export const ANNOTATION_REVIEWED_AT = 'lodestar.dev/reviewed-at';

/**
 * The material shifts that demand realignment, recorded on a strategy revision.
 * @public
 */
export const REVISION_TRIGGERS = [
  'funding-round',
  'icp-change',
  'market-expansion',
  'headcount-doubling',
  'executive-turnover',
  'platform-thesis-change',
  'other',
] as const;

/** The material shift behind a strategy revision, one of {@link REVISION_TRIGGERS}. @public */
export type RevisionTrigger = (typeof REVISION_TRIGGERS)[number];

/** Values of an Objective's `spec.status`; entities should serve only `active` ones. @public */
export const OBJECTIVE_STATUSES = ['proposed', 'active', 'retired'] as const;

/** An Objective's `spec.status`, one of {@link OBJECTIVE_STATUSES}. @public */
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

/** Values of a Principle's `spec.status`; `deprecated` principles are no longer checked. @public */
export const PRINCIPLE_STATUSES = ['active', 'deprecated'] as const;

/** A Principle's `spec.status`, one of {@link PRINCIPLE_STATUSES}; `active` when absent. @public */
export type PrincipleStatus = (typeof PRINCIPLE_STATUSES)[number];

/** Severities, most severe first. @public */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

/** A check's severity, one of {@link SEVERITIES}; sets its weight in the score. @public */
export type Severity = (typeof SEVERITIES)[number];

/** One dated change of strategy. @public */
export type StrategyRevision = {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  trigger: RevisionTrigger;
  summary: string;
};

/**
 * A direction of the architectural trajectory, with a measure computed
 * from the catalog that shows it moving (5 → 2 systems in a domain).
 * @public
 */
export type TrajectoryDirection = {
  /** The direction, as a sentence. */
  direction: string;
  /** A measure with `source: catalog`, recorded on each run. */
  measure?: TypedMeasure;
};

/** The company strategy: why we win now and where the product goes. @public */
export interface StrategyEntity extends Entity {
  /** Always {@link LODESTAR_API_VERSION}, which tells it from same-named kinds of other plugins. */
  apiVersion: typeof LODESTAR_API_VERSION;
  /** Always `Strategy`. */
  kind: 'Strategy';
  /**
   * Owning group, why we win now (`thesis`), the product's future, the
   * trajectory and dated `revisions`.
   */
  spec: {
    owner: string;
    thesis: string;
    productFuture?: string;
    /** Directions, as sentences or with a measure computed from the catalog. */
    trajectory?: Array<string | TrajectoryDirection>;
    revisions?: StrategyRevision[];
  };
}

/** An objective the strategy pursues, which services declare they serve. @public */
export interface ObjectiveEntity extends Entity {
  /** Always {@link LODESTAR_API_VERSION}, which tells it from same-named kinds of other plugins. */
  apiVersion: typeof LODESTAR_API_VERSION;
  /** Always `Objective`. */
  kind: 'Objective';
  /** Owning group, the Strategy it pursues, its `status`, horizon, successor and measures. */
  spec: {
    owner: string;
    strategy: string;
    status: ObjectiveStatus;
    horizon?: string;
    /** The objective that replaced this one; expected when retired. */
    successor?: string;
    measures?: ObjectiveMeasure[];
  };
}

/** A string or a list of strings, as the appliesTo fields accept. @public */
export type OneOrMany = string | string[];

/** Which entities a principle applies to; an absent field matches any value. @public */
export type AppliesTo = {
  kind?: OneOrMany;
  type?: OneOrMany;
  lifecycle?: OneOrMany;
  /** Matches when the entity has any of these tags. */
  tags?: OneOrMany;
  system?: OneOrMany;
  domain?: OneOrMany;
};

/** How to fix a failure: prose and an optional YAML snippet. @public */
export type Remediation = {
  text: string;
  yaml?: string;
};

/** An architectural principle, enforced by a policy-as-code rule. @public */
export interface PrincipleEntity extends Entity {
  /** Always {@link LODESTAR_API_VERSION}, which tells it from same-named kinds of other plugins. */
  apiVersion: typeof LODESTAR_API_VERSION;
  /** Always `Principle`. */
  kind: 'Principle';
  /**
   * Owner, severity, status, the entities it applies to, its CEL `rule`, and
   * why and how to comply.
   */
  spec: {
    owner: string;
    severity: Severity;
    status?: PrincipleStatus;
    appliesTo?: AppliesTo;
    /** A Common Expression Language expression that is true when the entity complies. */
    rule: string;
    rationale?: string;
    tradeOff?: string;
    remediation?: Remediation | string;
    /**
     * ISO date (YYYY-MM-DD) from which the principle counts. Before it, the
     * principle is evaluated and shown as `upcoming`, without counting in
     * the score or the level, so that teams can prepare.
     */
    effectiveFrom?: string;
  };
}

/**
 * Values of a Campaign's `spec.status`. A campaign proposed by Lodestar from a
 * strategy revision is not an entity and has none of these until a steward
 * accepts it.
 * @public
 */
export const CAMPAIGN_STATUSES = [
  'planned',
  'active',
  'completed',
  'cancelled',
] as const;

/** A Campaign's `spec.status`, one of {@link CAMPAIGN_STATUSES}. @public */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * A realignment campaign: a dated, owned effort that brings the entities in
 * its scope to pass its checks by a deadline. Its title and description are
 * the entity's `metadata.title` and `metadata.description`, as for every
 * Backstage kind.
 * @public
 */
export interface CampaignEntity extends Entity {
  /** Always {@link LODESTAR_API_VERSION}, which tells it from same-named kinds of other plugins. */
  apiVersion: typeof LODESTAR_API_VERSION;
  /** Always `Campaign`. */
  kind: 'Campaign';
  /**
   * Owner, the strategy revision it answers, its scope and checks, its dates
   * and status.
   */
  spec: {
    owner: string;
    /** The Strategy whose revision the campaign answers. */
    strategy?: string;
    /** The date (YYYY-MM-DD) of the strategy revision it answers. */
    revision?: string;
    /** The entities in scope, with the selector principles use; all evaluated entities when absent. */
    scope?: AppliesTo;
    /** Check ids (`intent.reviewed-since-revision`) or Principle refs (`principle:default/docs-as-code`). */
    checks: string[];
    /** ISO date the campaign starts. */
    startsAt: string;
    /** ISO date by which every entity in scope should pass. */
    deadline: string;
    status: CampaignStatus;
  };
}

/** The kinds Lodestar adds to the catalog. @public */
export const LODESTAR_KINDS = [
  'Strategy',
  'Objective',
  'Principle',
  'Campaign',
] as const;

/** One of the kinds Lodestar adds, as in {@link LODESTAR_KINDS}. @public */
export type LodestarKind = (typeof LODESTAR_KINDS)[number];

/** An entity of any Lodestar kind; narrow it by `kind`. @public */
export type LodestarEntity =
  | StrategyEntity
  | ObjectiveEntity
  | PrincipleEntity
  | CampaignEntity;

/** True when the entity is of one of the Lodestar kinds (kind compared case-insensitively). @public */
export function isLodestarEntity(entity: Entity): entity is LodestarEntity {
  return (
    entity.apiVersion === LODESTAR_API_VERSION &&
    LODESTAR_KINDS.some(k => k.toLowerCase() === entity.kind.toLowerCase())
  );
}
