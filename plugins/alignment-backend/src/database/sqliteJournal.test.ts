import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useWriteAheadLog } from './sqliteJournal';

jest.setTimeout(60_000);

async function pragma(knex: Knex, name: string): Promise<unknown> {
  const rows = await knex.raw(`PRAGMA ${name}`);
  return Object.values(rows[0])[0];
}

describe('useWriteAheadLog on a SQLite file', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'lodestar-journal-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const open = () =>
    knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(directory, 'alignment.sqlite') },
      useNullAsDefault: true,
    });

  it('logs ahead and commits without waiting for the disk', async () => {
    const knex = open();
    try {
      expect(await pragma(knex, 'journal_mode')).toBe('delete');
      expect(await pragma(knex, 'synchronous')).toBe(2); // FULL
      await useWriteAheadLog(knex);
      expect(await pragma(knex, 'journal_mode')).toBe('wal');
      expect(await pragma(knex, 'synchronous')).toBe(1); // NORMAL
      await knex.schema.createTable('t', table => table.integer('n'));
      await knex('t').insert({ n: 1 });
    } finally {
      await knex.destroy();
    }
    // The journal mode stays with the file; a new connection reads it.
    const again = open();
    try {
      expect(await pragma(again, 'journal_mode')).toBe('wal');
      expect(await again('t').select('n')).toEqual([{ n: 1 }]);
    } finally {
      await again.destroy();
    }
  });
});

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

describe.each(databases.eachSupportedId())(
  'useWriteAheadLog on %p',
  (databaseId: TestDatabaseId) => {
    it('leaves the database working as it was', async () => {
      const knex = await databases.init(databaseId);
      await useWriteAheadLog(knex);
      await knex.schema.createTable('lodestar_journal_test', table =>
        table.integer('n'),
      );
      await knex('lodestar_journal_test').insert({ n: 2 });
      expect(await knex('lodestar_journal_test').select('n')).toEqual([
        { n: 2 },
      ]);
    });
  },
);
