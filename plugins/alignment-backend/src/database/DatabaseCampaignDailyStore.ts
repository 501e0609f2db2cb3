import type { Knex } from 'knex';

const DAILY = 'lodestar_campaign_daily';

/** One campaign's figures at the end of one day. */
export interface CampaignDay {
  campaignRef: string;
  /** YYYY-MM-DD. */
  day: string;
  /** Entities in the campaign's scope. */
  inScope: number;
  /** Entities not yet done: remaining, errored or lacking data. */
  open: number;
}

/**
 * What campaign burn-downs are drawn from: each campaign's counts per day,
 * written at the end of every whole run. The day's last run wins, so the
 * table grows with days times campaigns, never with the catalog.
 */
export class DatabaseCampaignDailyStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Replaces a day's figures of every campaign: a campaign absent from
   * `days` (cancelled, or gone) keeps no figure for that day.
   */
  async saveDaily(day: string, days: Omit<CampaignDay, 'day'>[]) {
    await this.knex.transaction(async trx => {
      await trx(DAILY).where({ day }).delete();
      await trx.batchInsert(
        DAILY,
        days.map(d => ({
          campaign_ref: d.campaignRef,
          day,
          in_scope: d.inScope,
          open: d.open,
        })),
        500,
      );
    });
  }

  /** A campaign's days from `since` (YYYY-MM-DD) on, oldest first. */
  async daily(campaignRef: string, since: string): Promise<CampaignDay[]> {
    const rows = await this.knex(DAILY)
      .where({ campaign_ref: campaignRef })
      .where('day', '>=', since)
      .orderBy('day', 'asc')
      .select('campaign_ref', 'day', 'in_scope', 'open');
    return rows.map(row => ({
      campaignRef: row.campaign_ref,
      day: row.day,
      inScope: Number(row.in_scope),
      open: Number(row.open),
    }));
  }

  /** Deletes the days before `before` (YYYY-MM-DD); returns how many rows went. */
  async prune(before: string): Promise<number> {
    return Number(await this.knex(DAILY).where('day', '<', before).delete());
  }
}
