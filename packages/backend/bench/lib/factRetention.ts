import { Engine, FACT_TABLES } from './databases';
import { withLodestarDatabase } from './lodestarDatabase';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Leaves in the observations table what the default retention would keep
 * if the same days had been pushed one day at a time: the backend drops
 * observations by when they were received, and a backfill receives them
 * all today, so here they go by when they were observed. Then gives the
 * freed space back (SQLite: VACUUM of the file; PostgreSQL: VACUUM FULL of
 * the fact tables), as the backend itself never does. Run it with the
 * backend stopped. Returns the observations deleted.
 */
export async function simulateObservationRetention(
  engine: Engine,
  dataName: string,
  workDir: string,
  days: number,
): Promise<number> {
  const cutoff = new Date(Date.now() - days * DAY_MS).toISOString();
  return withLodestarDatabase(engine, dataName, workDir, async query => {
    const [{ count }] = await query(
      'select count(*) as count from lodestar_fact_observations where observed_at < ?',
      [cutoff],
    );
    await query(
      'delete from lodestar_fact_observations where observed_at < ?',
      [cutoff],
    );
    if (engine === 'sqlite') {
      await query('vacuum');
      await query('pragma wal_checkpoint(truncate)');
    } else {
      await query(`vacuum full ${FACT_TABLES.join(', ')}`);
    }
    return Number(count);
  });
}
