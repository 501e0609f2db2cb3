import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { DatabaseCampaignDailyStore } from './DatabaseCampaignDailyStore';
import { DatabaseCampaignProposalStore } from './DatabaseCampaignProposalStore';
import { DatabaseCampaignReminderStore } from './DatabaseCampaignReminderStore';
import { DatabaseCheckTrendStore } from './DatabaseCheckTrendStore';
import { DatabaseContextChanges } from './DatabaseContextChanges';
import { DatabaseFactStore } from './DatabaseFactStore';
import { DatabaseHistoryStore } from './DatabaseHistoryStore';
import { DatabaseMeasureStore } from './DatabaseMeasureStore';
import { DatabasePublishedResults } from './DatabasePublishedResults';
import { DatabaseResultStore } from './DatabaseResultStore';
import { DatabaseRunStaging } from './DatabaseRunStaging';
import { DatabaseRunStore } from './DatabaseRunStore';
import { DatabaseTrendStore } from './DatabaseTrendStore';
import { DatabaseWaiverStore } from './DatabaseWaiverStore';
import { migrateUp } from './migrate';

/** The plugin's stores, sharing one database. */
export class AlignmentDatabase {
  readonly runs: DatabaseRunStore;
  /** Stages whole-catalog runs' changed results and publishes them. */
  readonly staging: DatabaseRunStaging;
  /** The served results: read, and replaced by re-evaluations. */
  readonly results: DatabaseResultStore;
  /** Queries over the published results. */
  readonly published: DatabasePublishedResults;
  /** Each entity's score over time. */
  readonly history: DatabaseHistoryStore;
  readonly waivers: DatabaseWaiverStore;
  readonly trends: DatabaseTrendStore;
  /** Each principle's outcome counts per day. */
  readonly checkTrends: DatabaseCheckTrendStore;
  /** Each campaign's counts per day, for its burn-down. */
  readonly campaignDays: DatabaseCampaignDailyStore;
  /** Campaigns proposed from strategy revisions, and their acceptance. */
  readonly campaignProposals: DatabaseCampaignProposalStore;
  /** Campaign reminders sent, each once. */
  readonly campaignReminders: DatabaseCampaignReminderStore;
  /** Facts pushed for entities. */
  readonly facts: DatabaseFactStore;
  /** Values of objectives' measures. */
  readonly measures: DatabaseMeasureStore;
  /** When the context checks resolve against last changed. */
  readonly contextChanges: DatabaseContextChanges;

  private constructor(readonly knex: Knex) {
    this.runs = new DatabaseRunStore(knex);
    this.staging = new DatabaseRunStaging(knex);
    this.results = new DatabaseResultStore(knex);
    this.published = new DatabasePublishedResults(knex);
    this.history = new DatabaseHistoryStore(knex);
    this.waivers = new DatabaseWaiverStore(knex);
    this.trends = new DatabaseTrendStore(knex);
    this.checkTrends = new DatabaseCheckTrendStore(knex);
    this.campaignDays = new DatabaseCampaignDailyStore(knex);
    this.campaignProposals = new DatabaseCampaignProposalStore(knex);
    this.campaignReminders = new DatabaseCampaignReminderStore(knex);
    this.facts = new DatabaseFactStore(knex);
    this.measures = new DatabaseMeasureStore(knex);
    this.contextChanges = new DatabaseContextChanges(knex);
  }

  /** Connects and migrates, unless the deployment manages migrations itself. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<AlignmentDatabase> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await migrateUp(knex);
    }
    return new AlignmentDatabase(knex);
  }

  /**
   * Makes the space of replaced rows reusable. Every run rewrites the
   * results that changed, passing through the staging table (a whole
   * catalog's after an upgrade or a strategy change), and the day's
   * aggregates and the previous run's statistics; PostgreSQL reuses dead
   * rows only once they are vacuumed, and where autovacuum is off or lags,
   * the database grew by a whole catalog per run (1.1 GB after 30 runs of
   * 10k entities, when every run rewrote every result). SQLite and InnoDB
   * reuse freed pages by themselves.
   */
  async reclaimSpace(): Promise<void> {
    if (this.knex.client.config.client !== 'pg') return;
    await this.knex.raw(
      'VACUUM lodestar_results, lodestar_run_changes, lodestar_daily, lodestar_runs',
    );
  }

  /** For tests: an already-connected knex. */
  static async fromKnex(knex: Knex): Promise<AlignmentDatabase> {
    await migrateUp(knex);
    return new AlignmentDatabase(knex);
  }
}
