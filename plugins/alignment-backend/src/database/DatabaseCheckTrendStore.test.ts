import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { AlignmentDatabase } from './AlignmentDatabase';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const DOCS = 'principle:default/docs-as-code';
const APIS = 'principle:default/services-expose-apis';

describe.each(databases.eachSupportedId())(
  'DatabaseCheckTrendStore on %p',
  (databaseId: TestDatabaseId) => {
    let db: AlignmentDatabase;

    beforeAll(async () => {
      db = await AlignmentDatabase.fromKnex(await databases.init(databaseId));
    });

    it('keeps the last counts of each day per principle, oldest day first', async () => {
      await db.checkTrends.saveDaily('2026-11-01', {
        [DOCS]: { pass: 1, fail: 9, error: 0, waived: 0, noData: 0 },
        [APIS]: { pass: 5, fail: 5, error: 0, waived: 0, noData: 0 },
      });
      await db.checkTrends.saveDaily('2026-11-02', {
        [DOCS]: { pass: 2, fail: 8, error: 0, waived: 0, noData: 0 },
      });
      // A later run the same day replaces the day's counts.
      await db.checkTrends.saveDaily('2026-11-02', {
        [DOCS]: { pass: 4, fail: 5, error: 1, waived: 2, noData: 3 },
      });
      expect(await db.checkTrends.daily(DOCS, '2026-10-01')).toEqual([
        { day: '2026-11-01', pass: 1, fail: 9, error: 0, waived: 0, noData: 0 },
        { day: '2026-11-02', pass: 4, fail: 5, error: 1, waived: 2, noData: 3 },
      ]);
      expect(await db.checkTrends.daily(APIS, '2026-11-02')).toEqual([]);
    });

    it('prunes the days past retention', async () => {
      expect(await db.checkTrends.prune('2026-11-02')).toBe(2);
      expect(
        (await db.checkTrends.daily(DOCS, '2000-01-01')).map(d => d.day),
      ).toEqual(['2026-11-02']);
    });
  },
);
