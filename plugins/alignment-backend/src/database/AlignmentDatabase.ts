import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { DatabaseResultStore } from './DatabaseResultStore';
import { DatabaseRunStore } from './DatabaseRunStore';
import { DatabaseTrendStore } from './DatabaseTrendStore';
import { DatabaseWaiverStore } from './DatabaseWaiverStore';
import { migrateUp } from './migrate';

/** The plugin's stores, sharing one database. */
export class AlignmentDatabase {
  readonly runs: DatabaseRunStore;
  readonly results: DatabaseResultStore;
  readonly waivers: DatabaseWaiverStore;
  readonly trends: DatabaseTrendStore;

  private constructor(readonly knex: Knex) {
    this.runs = new DatabaseRunStore(knex);
    this.results = new DatabaseResultStore(knex);
    this.waivers = new DatabaseWaiverStore(knex);
    this.trends = new DatabaseTrendStore(knex);
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

  /** For tests: an already-connected knex. */
  static async fromKnex(knex: Knex): Promise<AlignmentDatabase> {
    await migrateUp(knex);
    return new AlignmentDatabase(knex);
  }
}
