import type { Entity } from '@backstage/catalog-model';
import { campaignCheckId } from '../kinds/campaignProblems';
import { LODESTAR_API_VERSION } from '../kinds/types';
import { validateLodestarEntity } from '../kinds/validateKind';
import { refOf } from '../kinds/refs';
import type { CampaignEntity, CampaignStatus } from '../kinds/types';
import type { CampaignEntityState, CampaignStanding } from '../model/campaigns';
import type { CheckResult } from '../model/results';
import { AppliesToMatcher, createAppliesToMatcher } from './appliesTo';

/** A campaign ready to judge entities with: its checks as ids, its scope as a matcher. @public */
export interface PreparedCampaign {
  /** Canonical lowercase ref of the Campaign entity. */
  ref: string;
  /** The campaign's `metadata.title`, or its name. */
  title: string;
  /** The campaign's `spec.status`. */
  status: CampaignStatus;
  /** `spec.startsAt`, YYYY-MM-DD. */
  startsAt: string;
  /** `spec.deadline`, YYYY-MM-DD. */
  deadline: string;
  /** The check ids the campaign asks for, built-in ids and principle refs made canonical. */
  checkIds: ReadonlySet<string>;
  /** Whether an entity is in the campaign's scope (before its checks are looked at). */
  inScope: AppliesToMatcher;
  /** The entity it was prepared from. */
  entity: CampaignEntity;
}

/**
 * Prepares a valid Campaign entity; undefined for a cancelled one, which
 * asks nothing of anyone. Completed campaigns are still judged, so their
 * page shows where they ended.
 * @public
 */
export function prepareCampaign(
  entity: CampaignEntity,
): PreparedCampaign | undefined {
  const { spec, metadata } = entity;
  if (spec.status === 'cancelled') return undefined;
  const checkIds = new Set<string>();
  for (const entry of spec.checks) {
    const id = campaignCheckId(entry);
    if (id) checkIds.add(id);
  }
  return {
    ref: refOf(entity),
    title: metadata.title ?? metadata.name,
    status: spec.status,
    startsAt: spec.startsAt,
    deadline: spec.deadline,
    checkIds,
    inScope: createAppliesToMatcher(spec.scope),
    entity,
  };
}

/**
 * The campaigns among `entities` that ask something: Lodestar's Campaign
 * entities (another plugin may define a kind of the same name) that fit the
 * schema and are not cancelled, prepared. Invalid ones are the catalog
 * module's to report; nobody is judged by them.
 * @public
 */
export function prepareCampaigns(
  entities: Iterable<Entity>,
): PreparedCampaign[] {
  const prepared: PreparedCampaign[] = [];
  for (const entity of entities) {
    if (
      entity.apiVersion !== LODESTAR_API_VERSION ||
      entity.kind.toLowerCase() !== 'campaign' ||
      validateLodestarEntity(entity).length > 0
    )
      continue;
    const campaign = prepareCampaign(entity as CampaignEntity);
    if (campaign) prepared.push(campaign);
  }
  return prepared;
}

// The worst outcome decides: a failure outweighs an error, which outweighs
// missing data, which outweighs a waiver.
const STATE_RANK: Record<CampaignEntityState, number> = {
  done: 0,
  waived: 1,
  'no-data': 2,
  errored: 3,
  remaining: 4,
};

function stateOfCheck(check: CheckResult): CampaignEntityState | undefined {
  const status =
    check.status === 'upcoming' ? check.statusWhenEffective : check.status;
  switch (status) {
    case 'pass':
      return 'done';
    case 'fail':
      return 'remaining';
    case 'waived':
      return 'waived';
    case 'error':
      return 'errored';
    case 'no-data':
      return 'no-data';
    default:
      // not-applicable: the check asks nothing of this entity.
      return undefined;
  }
}

/**
 * The campaigns with, for each check id, the campaigns that ask for it: an
 * entity's checks are then walked once, whatever the number of campaigns.
 * @public
 */
export interface CampaignIndex {
  /** The campaigns, in the order standings list them. */
  campaigns: readonly PreparedCampaign[];
  /** For each check id, the indexes in `campaigns` of those asking for it. */
  byCheck: ReadonlyMap<string, readonly number[]>;
}

/** Indexes prepared campaigns by the check ids they ask for. @public */
export function indexCampaigns(
  campaigns: readonly PreparedCampaign[],
): CampaignIndex {
  const byCheck = new Map<string, number[]>();
  campaigns.forEach((campaign, i) => {
    for (const id of campaign.checkIds) {
      const list = byCheck.get(id);
      if (list) list.push(i);
      else byCheck.set(id, [i]);
    }
  });
  return { campaigns, byCheck };
}

// Per-campaign scratch for one entity: the worst state's rank so far (-1:
// none of its checks applies) and whether its scope was matched (0 unknown,
// 1 in, 2 out). Reused across entities, which are evaluated one at a time.
let ranks = new Int8Array(0);
let scoped = new Uint8Array(0);
let open: (string[] | undefined)[] = [];
const STATE_BY_RANK: CampaignEntityState[] = [
  'done',
  'waived',
  'no-data',
  'errored',
  'remaining',
];

/**
 * Where an entity stands in each campaign whose scope matches it and one of
 * whose checks applies to it, from its checks (in groups, as by pillar). Entities no campaign check applies to are out
 * of scope: a campaign about APIs asks nothing of a website.
 * @public
 */
export function campaignStandings(
  entity: Entity,
  parents: { system?: string; domain?: string },
  checkGroups: readonly (readonly CheckResult[])[],
  index: CampaignIndex,
): CampaignStanding[] {
  const { campaigns, byCheck } = index;
  if (ranks.length < campaigns.length) {
    ranks = new Int8Array(campaigns.length);
    scoped = new Uint8Array(campaigns.length);
  }
  ranks.fill(-1, 0, campaigns.length);
  scoped.fill(0, 0, campaigns.length);
  if (open.length > 0) open = [];
  let any = false;
  for (const checks of checkGroups)
    for (const check of checks) {
      const wanting = byCheck.get(check.id);
      if (!wanting) continue;
      const checkState = stateOfCheck(check);
      if (!checkState) continue;
      const rank = STATE_RANK[checkState];
      for (const i of wanting) {
        if (scoped[i] === 0)
          scoped[i] = campaigns[i].inScope(entity, parents) ? 1 : 2;
        if (scoped[i] === 2) continue;
        any = true;
        if (rank > 0) (open[i] ??= []).push(check.id);
        if (rank > ranks[i]) ranks[i] = rank;
      }
    }
  if (!any) return [];
  const standings: CampaignStanding[] = [];
  for (let i = 0; i < campaigns.length; i++) {
    if (ranks[i] < 0) continue;
    const standing: CampaignStanding = {
      campaignRef: campaigns[i].ref,
      state: STATE_BY_RANK[ranks[i]],
    };
    const openChecks = open[i];
    if (openChecks) standing.openChecks = openChecks;
    standings.push(standing);
  }
  return standings;
}
