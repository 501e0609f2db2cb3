import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';

const PROPOSALS = 'lodestar_campaign_proposals';

/** A campaign Lodestar proposed from a strategy revision. */
export interface CampaignProposal {
  id: string;
  /** Canonical ref of the Strategy whose revision asked for it. */
  strategyRef: string;
  /** The revision's date, YYYY-MM-DD. */
  revision: string;
  /** ISO timestamp of the proposal. */
  proposedAt: string;
  /** YYYY-MM-DD by which the entities should pass. */
  deadline: string;
  /** The check ids the campaign asks for. */
  checks: string[];
  status: 'proposed' | 'accepted';
  /** Who accepted it (user or service ref), once accepted. */
  acceptedBy?: string;
  /** ISO timestamp of the acceptance, once accepted. */
  acceptedAt?: string;
}

/** What accepting a proposal did. */
export type AcceptOutcome =
  | { outcome: 'accepted'; proposal: CampaignProposal }
  | { outcome: 'already-accepted'; proposal: CampaignProposal }
  | { outcome: 'missing' };

function fromRow(row: any): CampaignProposal {
  return {
    id: row.id,
    strategyRef: row.strategy_ref,
    revision: row.revision,
    proposedAt: row.proposed_at,
    deadline: row.deadline,
    checks: JSON.parse(row.checks),
    status: row.status,
    ...(row.accepted_by && { acceptedBy: row.accepted_by }),
    ...(row.accepted_at && { acceptedAt: row.accepted_at }),
  };
}

/**
 * Campaign proposals: one per strategy revision, however many replicas
 * propose it, and accepted at most once.
 */
export class DatabaseCampaignProposalStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Stores the proposals of revisions not yet proposed; a revision already
   * proposed (by this or another replica, or earlier) keeps its row.
   */
  async proposeOnce(
    proposals: Array<
      Pick<
        CampaignProposal,
        'strategyRef' | 'revision' | 'deadline' | 'checks' | 'proposedAt'
      >
    >,
  ): Promise<void> {
    for (const p of proposals) {
      // One at a time: a batch that met a conflicting row would be
      // ignored whole on some databases.
      await this.knex(PROPOSALS)
        .insert({
          id: randomUUID(),
          strategy_ref: p.strategyRef,
          revision: p.revision,
          proposed_at: p.proposedAt,
          deadline: p.deadline,
          checks: JSON.stringify(p.checks),
          status: 'proposed',
        })
        .onConflict(['strategy_ref', 'revision'])
        .ignore();
    }
  }

  /** Every proposal, oldest revision first. */
  async list(): Promise<CampaignProposal[]> {
    const rows = await this.knex(PROPOSALS)
      .select()
      .orderBy([{ column: 'revision' }, { column: 'strategy_ref' }]);
    return rows.map(fromRow);
  }

  /** One proposal by id, if there is one. */
  async get(id: string): Promise<CampaignProposal | undefined> {
    const row = await this.knex(PROPOSALS).where({ id }).first();
    return row ? fromRow(row) : undefined;
  }

  /**
   * Accepts a proposal that is still proposed. The update is conditional
   * on the status, so of two acceptances at once exactly one wins.
   */
  async accept(id: string, by: string, at: string): Promise<AcceptOutcome> {
    const updated = await this.knex(PROPOSALS)
      .where({ id, status: 'proposed' })
      .update({ status: 'accepted', accepted_by: by, accepted_at: at });
    const proposal = await this.get(id);
    if (!proposal) return { outcome: 'missing' };
    return Number(updated) > 0
      ? { outcome: 'accepted', proposal }
      : { outcome: 'already-accepted', proposal };
  }
}
