import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';

const REMINDERS = 'lodestar_campaign_reminders';

/** One reminder: to an owner, about a campaign, at a milestone. */
export interface ReminderKey {
  campaignRef: string;
  owner: string;
  /** `started`, `due-in-<N>` or `overdue`. */
  milestone: string;
}

/**
 * The campaign reminders sent. A reminder is recorded before it is sent,
 * and only by one replica: whoever records it sends it.
 */
export class DatabaseCampaignReminderStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Records the reminder; true only for the one caller whose record was
   * stored. Each caller writes its own random token and reads back whose
   * is stored: drivers disagree on what an ignored insert returns, and two
   * replicas may share a timestamp.
   */
  async claim(key: ReminderKey, at: string): Promise<boolean> {
    const row = {
      campaign_ref: key.campaignRef.slice(0, 255),
      owner: key.owner.slice(0, 255),
      milestone: key.milestone.slice(0, 32),
    };
    const token = randomUUID();
    await this.knex(REMINDERS)
      .insert({ ...row, sent_at: at, token })
      .onConflict(['campaign_ref', 'owner', 'milestone'])
      .ignore();
    const stored = await this.knex(REMINDERS).where(row).first();
    return stored?.token === token;
  }

  /** Forgets the reminder, so it may be sent again (when sending failed). */
  async release(key: ReminderKey): Promise<void> {
    await this.knex(REMINDERS)
      .where({
        campaign_ref: key.campaignRef.slice(0, 255),
        owner: key.owner.slice(0, 255),
        milestone: key.milestone.slice(0, 32),
      })
      .delete();
  }
}
