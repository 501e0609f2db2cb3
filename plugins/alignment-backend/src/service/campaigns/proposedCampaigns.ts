import type { Entity } from '@backstage/catalog-model';
import {
  CampaignSummary,
  prepareCampaign,
  PreparedCampaign,
} from '@lodestar/backstage-plugin-alignment-common';
import { proposalCampaigns } from '../../campaigns/revisionProposals';
import type { CampaignProposal } from '../../database/DatabaseCampaignProposalStore';
import type { CampaignFigures } from './campaignFigures';
import { campaignSummary } from './campaignSummary';

/** A campaign as served: from the catalog, or standing for a proposal. */
export interface ServedCampaign {
  prepared: PreparedCampaign;
  /** The proposal it stands for, when Lodestar proposed it. */
  proposal?: CampaignProposal;
}

/**
 * The campaigns the live proposals stand for, built exactly as the
 * evaluation builds them (so their refs match the stored standings), from
 * the strategies the caller may see: a proposal is shown only to whoever
 * may see the strategy it answers.
 */
export function proposedCampaigns(
  proposals: readonly CampaignProposal[],
  visibleStrategies: Entity[],
  catalogCampaigns: Entity[],
  today: string,
): ServedCampaign[] {
  return proposalCampaigns(
    proposals,
    visibleStrategies,
    catalogCampaigns,
    today,
  ).flatMap(({ proposal, entity }) => {
    const prepared = prepareCampaign(entity);
    return prepared ? [{ prepared, proposal }] : [];
  });
}

/**
 * A served campaign's summary: a proposal's lifecycle is `proposed` until
 * someone accepts it, and it says which proposal it is and who accepted it.
 */
export function servedSummary(
  campaign: ServedCampaign,
  figures: CampaignFigures | undefined,
  today: string,
): CampaignSummary {
  const summary = campaignSummary(campaign.prepared, figures, today);
  const { proposal } = campaign;
  if (!proposal) return summary;
  return {
    ...summary,
    lifecycle: proposal.status === 'proposed' ? 'proposed' : summary.lifecycle,
    proposal: {
      id: proposal.id,
      proposedAt: proposal.proposedAt,
      ...(proposal.acceptedBy && { acceptedBy: proposal.acceptedBy }),
      ...(proposal.acceptedAt && { acceptedAt: proposal.acceptedAt }),
    },
  };
}
