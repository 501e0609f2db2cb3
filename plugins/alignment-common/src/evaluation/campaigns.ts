import type { Entity } from '@backstage/catalog-model';
import { campaignCheckId } from '../kinds/campaignProblems';
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
  status: CampaignStatus;
  startsAt: string;
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
 * Where an entity stands in each campaign whose scope matches it and one of
 * whose checks applies to it. Entities no campaign check applies to are out
 * of scope: a campaign about APIs asks nothing of a website.
 * @public
 */
export function campaignStandings(
  entity: Entity,
  parents: { system?: string; domain?: string },
  checks: readonly CheckResult[],
  campaigns: readonly PreparedCampaign[],
): CampaignStanding[] {
  const standings: CampaignStanding[] = [];
  for (const campaign of campaigns) {
    if (!campaign.inScope(entity, parents)) continue;
    let state: CampaignEntityState | undefined;
    let open: string[] | undefined;
    for (const check of checks) {
      if (!campaign.checkIds.has(check.id)) continue;
      const checkState = stateOfCheck(check);
      if (!checkState) continue;
      if (checkState !== 'done') (open ??= []).push(check.id);
      if (!state || STATE_RANK[checkState] > STATE_RANK[state])
        state = checkState;
    }
    if (!state) continue;
    standings.push({
      campaignRef: campaign.ref,
      state,
      ...(open && { openChecks: open }),
    });
  }
  return standings;
}
