import type { Knex } from 'knex';

const SQLITE_CLIENTS = new Set(['better-sqlite3', 'sqlite3']);

/**
 * Puts Lodestar's SQLite database in write-ahead-log mode, with commits
 * that do not wait for the disk (`synchronous = NORMAL`).
 *
 * SQLite runs every statement on the backend's main thread, so a commit's
 * wait for the disk holds every request: 75–135 ms for a run's
 * publication, and 35–56 ms for each notification's one-row insert, on
 * the machines the benchmarks ran on. With the log, a commit appends to it
 * and only checkpoints wait for the disk. What is given up: after a power
 * loss (not a crash of the process), the last transactions may be rolled
 * back, never half-applied; Lodestar's results are then those of the run
 * before, and the next run writes them again.
 *
 * The journal mode is kept in the database file. The synchronous setting
 * belongs to a connection: it is set on the pool's connection here, and
 * better-sqlite3 opens any later one in WAL mode with it already. Other
 * databases, and SQLite in memory, are left as they are.
 */
export async function useWriteAheadLog(knex: Knex): Promise<void> {
  if (!SQLITE_CLIENTS.has(String(knex.client.config.client))) return;
  await knex.raw('PRAGMA journal_mode = WAL');
  await knex.raw('PRAGMA synchronous = NORMAL');
}
