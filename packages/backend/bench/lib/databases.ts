import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

/** The databases the benchmarks run on. */
export type Engine = 'sqlite' | 'postgres';

/** PostgreSQL server: the tests' connection string when set, else loopback. */
const PG = (() => {
  const url = new URL(
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
      'postgresql://postgres@127.0.0.1:5432',
  );
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    ...(url.password && { password: decodeURIComponent(url.password) }),
  };
})();
/** Lodestar's tables of pushed facts and measure values. */
export const FACT_TABLES = [
  'lodestar_facts',
  'lodestar_fact_observations',
  'lodestar_fact_daily',
  'lodestar_measure_observations',
];
const TABLES = [
  'lodestar_results',
  'lodestar_history',
  'lodestar_runs',
  'lodestar_daily',
  'lodestar_revisions',
  'lodestar_waivers',
  'lodestar_notifications',
  'lodestar_state',
  ...FACT_TABLES,
];

/** Connection settings of the PostgreSQL server the benchmarks use. */
export function postgresConnection() {
  return PG;
}

/** `backend.database` for a benchmarked backend. */
export function databaseConfig(
  engine: Engine,
  dataName: string,
  workDir: string,
) {
  return engine === 'sqlite'
    ? {
        client: 'better-sqlite3',
        connection: { directory: join(workDir, dataName) },
      }
    : { client: 'pg', connection: PG, prefix: `${dataName}_` };
}

/** Whether the PostgreSQL server answers. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new Client({ ...PG, database: 'postgres' });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Drops everything a previous benchmark stored under this name. */
export async function resetDatabases(
  engine: Engine,
  dataName: string,
  workDir: string,
) {
  if (engine === 'sqlite') {
    rmSync(join(workDir, dataName), { recursive: true, force: true });
    return;
  }
  const client = new Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query(
      'select datname from pg_database where datname like $1',
      [`${dataName}\\_%`],
    );
    for (const { datname } of rows)
      await client.query(`drop database "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}

/** Size of Lodestar's database and row counts and sizes of its tables. */
export interface DatabaseSize {
  totalBytes: number;
  tables: Record<string, { rows: number; bytes: number }>;
}

/** Measures Lodestar's own database (the `alignment` plugin's). */
export async function measureDatabase(
  engine: Engine,
  dataName: string,
  workDir: string,
): Promise<DatabaseSize> {
  const tables: DatabaseSize['tables'] = {};
  if (engine === 'sqlite') {
    const file = join(workDir, dataName, 'alignment.sqlite');
    const db = new Database(file, { readonly: true });
    try {
      for (const table of TABLES) {
        const { rows } = db
          .prepare(`select count(*) as rows from ${table}`)
          .get() as any;
        // dbstat counts the pages of the table and its indexes.
        const { bytes } = db
          .prepare(
            `select coalesce(sum(pgsize), 0) as bytes from dbstat where name = ? or name in (select name from sqlite_master where tbl_name = ? and type = 'index')`,
          )
          .get(table, table) as any;
        tables[table] = { rows, bytes };
      }
    } finally {
      db.close();
    }
    const wal = `${file}-wal`;
    return {
      totalBytes:
        statSync(file).size + (existsSync(wal) ? statSync(wal).size : 0),
      tables,
    };
  }
  const client = new Client({ ...PG, database: `${dataName}_alignment` });
  await client.connect();
  try {
    for (const table of TABLES) {
      const { rows } = await client.query(
        `select (select count(*) from ${table})::int as rows, pg_total_relation_size($1)::bigint as bytes`,
        [table],
      );
      tables[table] = { rows: rows[0].rows, bytes: Number(rows[0].bytes) };
    }
    const { rows } = await client.query(
      'select pg_database_size(current_database())::bigint as bytes',
    );
    return { totalBytes: Number(rows[0].bytes), tables };
  } finally {
    await client.end();
  }
}

/** Drops only Lodestar's own tables, keeping an ingested catalog. */
export async function resetLodestarDatabase(
  engine: Engine,
  dataName: string,
  workDir: string,
) {
  if (engine === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(join(workDir, dataName, `alignment.sqlite${suffix}`), {
        force: true,
      });
    return;
  }
  const client = new Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    await client.query(
      `drop database if exists "${dataName}_alignment" with (force)`,
    );
  } finally {
    await client.end();
  }
}

/**
 * Empties Lodestar's tables while its backend runs, so that a measured
 * run is the first over the catalog (the scheduler also runs the task once
 * at start-up, before the catalog is ingested).
 */
export async function clearLodestarTables(
  engine: Engine,
  dataName: string,
  workDir: string,
) {
  const statements = TABLES.map(table => `delete from ${table}`);
  if (engine === 'sqlite') {
    const db = new Database(join(workDir, dataName, 'alignment.sqlite'));
    try {
      db.pragma('busy_timeout = 10000');
      db.transaction(() => statements.forEach(sql => db.exec(sql)))();
    } finally {
      db.close();
    }
    return;
  }
  const client = new Client({ ...PG, database: `${dataName}_alignment` });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}
