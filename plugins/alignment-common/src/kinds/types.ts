import type { Entity } from '@backstage/catalog-model';

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

/** @public */
export type RevisionTrigger = (typeof REVISION_TRIGGERS)[number];

/** @public */
export const OBJECTIVE_STATUSES = ['proposed', 'active', 'retired'] as const;

/** @public */
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

/** @public */
export const PRINCIPLE_STATUSES = ['active', 'deprecated'] as const;

/** @public */
export type PrincipleStatus = (typeof PRINCIPLE_STATUSES)[number];

/** Severities, most severe first. @public */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

/** @public */
export type Severity = (typeof SEVERITIES)[number];

/** One dated change of strategy. @public */
export type StrategyRevision = {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  trigger: RevisionTrigger;
  summary: string;
};

/** The company strategy: why we win now and where the product goes. @public */
export interface StrategyEntity extends Entity {
  apiVersion: typeof LODESTAR_API_VERSION;
  kind: 'Strategy';
  spec: {
    owner: string;
    thesis: string;
    productFuture?: string;
    trajectory?: string[];
    revisions?: StrategyRevision[];
  };
}

/** A business metric with its target. @public */
export type ObjectiveMeasure = {
  metric: string;
  target: string;
};

/** An objective the strategy pursues, which services declare they serve. @public */
export interface ObjectiveEntity extends Entity {
  apiVersion: typeof LODESTAR_API_VERSION;
  kind: 'Objective';
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
  apiVersion: typeof LODESTAR_API_VERSION;
  kind: 'Principle';
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
  };
}

/** The three kinds Lodestar adds to the catalog. @public */
export const LODESTAR_KINDS = ['Strategy', 'Objective', 'Principle'] as const;

/** @public */
export type LodestarKind = (typeof LODESTAR_KINDS)[number];

/** @public */
export type LodestarEntity = StrategyEntity | ObjectiveEntity | PrincipleEntity;

/** True when the entity is of one of the Lodestar kinds (kind compared case-insensitively). @public */
export function isLodestarEntity(entity: Entity): entity is LodestarEntity {
  return (
    entity.apiVersion === LODESTAR_API_VERSION &&
    LODESTAR_KINDS.some(k => k.toLowerCase() === entity.kind.toLowerCase())
  );
}
