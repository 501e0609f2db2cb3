import type { Knex } from 'knex';
import { HISTORY } from './resultRows';

const STATE = 'lodestar_state';
const HISTORY_WRITER = 'history_writer';

/**
 * Makes the calling transaction the only one deciding history rows until it
 * ends, on every replica: a run's page and a re-evaluation of the same
 * entity, on two replicas at once, would otherwise both see no row for a
 * change and both record it. SQLite already lets one writer in at a time.
 */
export async function lockHistory(trx: Knex.Transaction): Promise<void> {
  if (trx.client.config.client?.toString().includes('sqlite')) return;
  await trx(STATE)
    .insert({ key: HISTORY_WRITER, value: '-' })
    .onConflict('key')
    .ignore();
  await trx(STATE).where({ key: HISTORY_WRITER }).forUpdate().first();
}

/**
 * The fingerprint of each entity's latest history row. History records
 * changes, so a new row is due only when a result differs from this, not
 * from the served result: a whole run stages its history before it
 * publishes, and a re-evaluation landing in between would otherwise record
 * the same change again.
 */
export async function lastRecordedFingerprints(
  knex: Knex,
  entityRefs: string[],
): Promise<Map<string, string>> {
  if (entityRefs.length === 0) return new Map();
  const rows = await knex(HISTORY)
    .whereIn(
      'id',
      knex(HISTORY)
        .whereIn('entity_ref', entityRefs)
        .groupBy('entity_ref')
        .max('id'),
    )
    .select('entity_ref', 'fingerprint');
  return new Map(rows.map(row => [row.entity_ref, row.fingerprint]));
}
