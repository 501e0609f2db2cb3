import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { Engine, postgresConnection } from './databases';

/** Runs one statement (`?` placeholders) and returns its rows, if any. */
export type Query = (
  sql: string,
  params?: Array<string | number>,
) => Promise<any[]>;

/**
 * Opens Lodestar's own database (the `alignment` plugin's) directly, for
 * what the API does not tell: whether re-evaluations are under way, and
 * retention simulated on stored rows. SQLite waits for the backend's
 * writes rather than failing on a locked file.
 */
export async function withLodestarDatabase<T>(
  engine: Engine,
  dataName: string,
  workDir: string,
  work: (query: Query) => Promise<T>,
): Promise<T> {
  if (engine === 'sqlite') {
    const db = new Database(join(workDir, dataName, 'alignment.sqlite'), {
      fileMustExist: true,
    });
    db.pragma('busy_timeout = 10000');
    try {
      return await work(async (sql, params = []) => {
        const statement = db.prepare(sql);
        if (statement.reader) return statement.all(...params);
        statement.run(...params);
        return [];
      });
    } finally {
      db.close();
    }
  }
  const client = new Client({
    ...postgresConnection(),
    database: `${dataName}_alignment`,
  });
  await client.connect();
  try {
    return await work(async (sql, params = []) => {
      let index = 0;
      const numbered = sql.replace(/\?/g, () => `$${++index}`);
      return (await client.query(numbered, params)).rows;
    });
  } finally {
    await client.end();
  }
}
