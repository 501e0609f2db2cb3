import type { Knex } from 'knex';

const STATE = 'lodestar_state';
const CONTEXT_CHANGED_AT = 'context_changed_at';

/**
 * When the context that checks resolve against (groups, users, systems,
 * domains, objectives) last changed in the catalog. Kept in the database
 * because the change may reach any replica, while each replica caches the
 * context it read: every replica compares its cache with this time before
 * re-evaluating entities.
 */
export class DatabaseContextChanges {
  constructor(private readonly knex: Knex) {}

  /** Records a change of the context seen at `at`; a later time always wins. */
  async markChanged(at: Date): Promise<void> {
    // Milliseconds have 13 digits until the year 2286, so the text of two
    // times compares like the times themselves, on every database.
    const value = String(at.getTime());
    await this.knex(STATE)
      .insert({ key: CONTEXT_CHANGED_AT, value })
      .onConflict('key')
      .ignore();
    await this.knex(STATE)
      .where({ key: CONTEXT_CHANGED_AT })
      .where('value', '<', value)
      .update({ value });
  }

  /** When the context last changed, if it ever did. */
  async lastChangedAt(): Promise<Date | undefined> {
    const row = await this.knex(STATE)
      .where({ key: CONTEXT_CHANGED_AT })
      .first();
    return row ? new Date(Number(row.value)) : undefined;
  }
}
