import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  campaignCheckId,
  CatalogSnapshot,
} from '@lodestar/backstage-plugin-alignment-common';
import type { DatabaseCampaignProposalStore } from '../database/DatabaseCampaignProposalStore';
import {
  ProposalSettings,
  proposalCampaigns,
  revisionsToPropose,
} from './revisionProposals';

/**
 * Puts proposed campaigns into the context the engine evaluates with. A
 * whole run first proposes a campaign for each recent strategy revision
 * no campaign answers (when `lodestar.campaigns.proposeFromRevisions` is
 * set); every read then adds the live proposals as Campaign entities, so
 * that a proposal's counts are what the campaign would show, and an
 * accepted one is judged like a catalog campaign, also by re-evaluations
 * of single entities between runs.
 */
export class CampaignProposer {
  constructor(
    private readonly options: {
      proposals: DatabaseCampaignProposalStore;
      /** Absent: no new proposals (stored ones are still judged). */
      settings?: ProposalSettings;
      logger: LoggerService;
      clock?: () => Date;
    },
  ) {}

  /** Proposes (on a whole run) and adds the live proposals to the snapshot. */
  async extend(snapshot: CatalogSnapshot, whole: boolean): Promise<void> {
    const { proposals, settings, logger } = this.options;
    const now = this.options.clock?.() ?? new Date();
    const today = now.toISOString().slice(0, 10);
    // Read before the proposals are added, which are campaigns too.
    const strategies = [...snapshot.ofKind('strategy')];
    const campaigns = [...snapshot.ofKind('campaign')];
    if (whole && settings) {
      const wanted = revisionsToPropose(strategies, campaigns, today, settings);
      const checks = settings.checks.map(c => campaignCheckId(c) ?? c);
      await proposals.proposeOnce(
        wanted.map(w => ({ ...w, checks, proposedAt: now.toISOString() })),
      );
    }
    const live = proposalCampaigns(
      await proposals.list(),
      strategies,
      campaigns,
      today,
    );
    for (const { entity } of live) snapshot.add(entity);
    if (whole && live.length > 0) {
      logger.debug(`Lodestar judges ${live.length} proposed campaigns`);
    }
  }
}
