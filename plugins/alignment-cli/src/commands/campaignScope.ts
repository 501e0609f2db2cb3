import {
  CAMPAIGN_ENTITY_STATES,
  CampaignEntityState,
  EntityAlignment,
  normalizeRef,
  PreparedCampaign,
} from '@lodestar/backstage-plugin-alignment-common';
import type { LocatedEntity } from '../inputs/readInputs';
import type { EntityOutcome } from '../report';
import type { ReportCampaign } from '../report/model';

/** The campaign `--campaign` names, or why it names none. */
export type ResolvedCampaign =
  | { campaign: PreparedCampaign }
  | { problem: string };

/**
 * Finds the campaign `--campaign` names among those the engine prepared from
 * the strategy files. The ref may be short (`realign-march-2026`): it takes
 * the Campaign kind and the default namespace, as in the catalog.
 */
export function resolveCampaign(
  ref: string,
  campaigns: readonly PreparedCampaign[],
  entities: readonly LocatedEntity[],
): ResolvedCampaign {
  const wanted = normalizeRef(ref, { defaultKind: 'Campaign' });
  const found = wanted && campaigns.find(c => c.ref === wanted);
  if (found) return { campaign: found };
  // The engine drops cancelled campaigns; saying so beats "not found" for a
  // campaign the user can see in the file.
  const cancelled =
    wanted && entities.some(e => e.fromStrategy && e.ref === wanted);
  if (cancelled) {
    return {
      problem: `lodestar: campaign ${wanted} is cancelled; it asks nothing of any entity`,
    };
  }
  const known = campaigns.map(c => c.ref).sort();
  return {
    problem: [
      `lodestar: no campaign ${wanted ?? `"${ref}"`} in the --strategy files`,
      known.length > 0
        ? `  campaigns found: ${known.join(', ')}`
        : '  no Campaign entities were found there',
    ].join('\n'),
  };
}

function onlyCampaignChecks(
  alignment: EntityAlignment,
  campaign: PreparedCampaign,
): EntityAlignment {
  return {
    ...alignment,
    pillars: alignment.pillars.map(pillar => ({
      ...pillar,
      checks: pillar.checks.filter(c => campaign.checkIds.has(c.id)),
    })),
  };
}

/**
 * Limits the outcomes to the campaign: the entities the engine placed in
 * its scope (the selector matches and one of its checks applies), each with
 * only the campaign's checks. Entities the catalog would reject are left
 * out, as they are of the campaign's progress in the portal: the engine
 * never evaluated them.
 */
export function limitToCampaign(
  outcomes: readonly EntityOutcome[],
  campaign: PreparedCampaign,
): { outcomes: EntityOutcome[]; summary: ReportCampaign } {
  const counts = Object.fromEntries(
    CAMPAIGN_ENTITY_STATES.map(state => [state, 0]),
  ) as Record<CampaignEntityState, number>;
  const limited: EntityOutcome[] = [];
  for (const outcome of outcomes) {
    if (!('alignment' in outcome)) continue;
    const standing = outcome.alignment.campaigns?.find(
      s => s.campaignRef === campaign.ref,
    );
    if (!standing) continue;
    counts[standing.state] += 1;
    limited.push({
      source: outcome.source,
      alignment: onlyCampaignChecks(outcome.alignment, campaign),
    });
  }
  return {
    outcomes: limited,
    summary: {
      ref: campaign.ref,
      title: campaign.title,
      status: campaign.status,
      startsAt: campaign.startsAt,
      deadline: campaign.deadline,
      checks: [...campaign.checkIds],
      counts,
    },
  };
}
