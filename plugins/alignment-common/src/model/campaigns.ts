import type { CampaignStatus } from '../kinds/types';

/**
 * Where one entity in a campaign's scope stands: `done` when every campaign
 * check that applies passes, `remaining` when one fails (or, for an upcoming
 * principle, will fail), `waived` when the only failures are waived,
 * `errored` when a check errs, `no-data` when a rule lacks a fact.
 * @public
 */
export type CampaignEntityState =
  | 'done'
  | 'remaining'
  | 'waived'
  | 'errored'
  | 'no-data';

/** Every campaign entity state, in the order progress lists them. @public */
export const CAMPAIGN_ENTITY_STATES: readonly CampaignEntityState[] = [
  'done',
  'remaining',
  'waived',
  'errored',
  'no-data',
];

/** An entity's standing in one campaign, as the engine concluded it. @public */
export interface CampaignStanding {
  /** Canonical lowercase ref of the Campaign entity. */
  campaignRef: string;
  /** Where the entity stands. */
  state: CampaignEntityState;
  /** The campaign's checks that keep the entity from `done`, by check id. */
  openChecks?: string[];
}

/** How many entities in a campaign's scope are in each state. @public */
export interface CampaignCounts {
  /** Entities in scope: the selector matches and a campaign check applies. */
  inScope: number;
  /** Every campaign check that applies passes. */
  done: number;
  /** A check fails (or an upcoming principle will fail). */
  remaining: number;
  /** The only failures are waived. */
  waived: number;
  /** A check errs. */
  errored: number;
  /** A rule lacks a fact it reads. */
  noData: number;
}

/** A campaign's lifecycle as served: its `spec.status`, or `proposed` before a steward accepts it. @public */
export type CampaignLifecycle = CampaignStatus | 'proposed';

/** A campaign as listed: what it asks, by when, and how far it got. @public */
export interface CampaignSummary {
  /** Canonical lowercase ref of the Campaign entity. */
  ref: string;
  /** `metadata.title`, or the name. */
  title: string;
  /** `metadata.description`, when it has one. */
  description?: string;
  /** Owning group ref, canonical. */
  owner: string;
  /** Its `spec.status`, or `proposed` for a proposal not yet accepted. */
  lifecycle: CampaignLifecycle;
  /** The Strategy whose revision it answers, canonical, when named. */
  strategy?: string;
  /** Date (YYYY-MM-DD) of the revision it answers, when named. */
  revision?: string;
  /** The check ids it asks for (principle refs made canonical). */
  checks: string[];
  /** YYYY-MM-DD the campaign starts. */
  startsAt: string;
  /** YYYY-MM-DD by which every entity in scope should be done. */
  deadline: string;
  /** Whole days from today (UTC) to the deadline; negative once it passed. */
  daysLeft: number;
  /** True when the deadline passed with entities remaining. */
  overdue: boolean;
  /** Entities in each state, over those the caller may see. */
  counts: CampaignCounts;
  /**
   * For a campaign Lodestar proposed from a strategy revision: the proposal's
   * id (to accept it) and when it was proposed; after acceptance, who
   * accepted it and when.
   */
  proposal?: {
    id: string;
    proposedAt: string;
    acceptedBy?: string;
    acceptedAt?: string;
  };
}

/** One owner's share of a campaign. @public */
export interface CampaignOwnerProgress {
  /** Owner ref, canonical, or `unowned`. */
  owner: string;
  /** The owner's entities in each state. */
  counts: CampaignCounts;
}

/** One day of a campaign's burn-down. @public */
export interface CampaignBurnDownPoint {
  /** YYYY-MM-DD. */
  day: string;
  /** Entities in scope on that day. */
  inScope: number;
  /** Entities not yet done (remaining, errored, no data) at the end of that day. */
  open: number;
  /** Where a straight line from the start to zero at the deadline stands that day. */
  ideal: number;
}

/** An entity a campaign still needs something from. @public */
export interface CampaignEntityTodo {
  /** Canonical ref of the open entity. */
  entityRef: string;
  /** Its owner, canonical, when it has one. */
  owner?: string;
  /** Why it is open. */
  state: CampaignEntityState;
  /** The campaign checks the entity does not pass, by id. */
  openChecks: string[];
}

/** A campaign with its progress by owner, burn-down and first open entities. @public */
export interface CampaignProgress {
  /** The campaign as listed, with its counts. */
  campaign: CampaignSummary;
  /** Each owner's share, most open first. */
  byOwner: CampaignOwnerProgress[];
  /** One point per day recorded, oldest first. */
  burnDown: CampaignBurnDownPoint[];
  /**
   * True when the burn-down counts entities the caller may not all see and
   * their permissions do not include `lodestar.aggregates.read`: it is then
   * left out (empty), rather than shown over entities they cannot see.
   */
  burnDownWithheld?: boolean;
  /** Open entities (not done), most urgent state first, one page. */
  open: {
    items: CampaignEntityTodo[];
    totalCount: number;
    nextCursor?: string;
  };
}
