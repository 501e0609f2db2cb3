import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { AlignmentDatabase } from './AlignmentDatabase';
import { CATALOG_SOURCE } from './DatabaseMeasureStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const US = 'objective:default/win-us-midmarket';
const PLATFORM = 'objective:default/one-platform';

describe.each(databases.eachSupportedId())(
  'DatabaseMeasureStore on %p',
  (databaseId: TestDatabaseId) => {
    let db: AlignmentDatabase;

    beforeAll(async () => {
      db = await AlignmentDatabase.fromKnex(await databases.init(databaseId));
    });

    it('stores observations once and reads them oldest first', async () => {
      const observation = {
        objectiveRef: US,
        measureId: 'midmarket-arr',
        value: 5.5,
        observedAt: '2026-10-01T00:00:00.000Z',
        source: 'salesforce',
      };
      expect(
        await db.measures.write(
          [
            {
              ...observation,
              observedAt: '2026-11-01T00:00:00.000Z',
              value: 6.25,
            },
            observation,
            observation,
          ],
          '2026-11-01T00:00:01.000Z',
        ),
      ).toEqual({ accepted: 2, duplicates: 1 });
      expect(
        await db.measures.write([observation], '2026-11-02T00:00:00.000Z'),
      ).toEqual({ accepted: 0, duplicates: 1 });
      expect(
        (await db.measures.ofObjectives([US])).map(o => [
          o.observedAt,
          o.value,
        ]),
      ).toEqual([
        ['2026-10-01T00:00:00.000Z', 5.5],
        ['2026-11-01T00:00:00.000Z', 6.25],
      ]);
    });

    it('keeps one computed value per day, the last run winning', async () => {
      const computed = (value: number) => [
        { objectiveRef: PLATFORM, measureId: 'routing-systems', value },
      ];
      await db.measures.recordComputed('2026-11-02', computed(5), 'a');
      await db.measures.recordComputed('2026-11-02', computed(4), 'b');
      await db.measures.recordComputed('2026-11-03', computed(3), 'c');
      expect(await db.measures.ofObjectives([PLATFORM])).toEqual([
        {
          objectiveRef: PLATFORM,
          measureId: 'routing-systems',
          value: 4,
          observedAt: '2026-11-02T00:00:00.000Z',
          source: CATALOG_SOURCE,
        },
        {
          objectiveRef: PLATFORM,
          measureId: 'routing-systems',
          value: 3,
          observedAt: '2026-11-03T00:00:00.000Z',
          source: CATALOG_SOURCE,
        },
      ]);
    });

    it('prunes observations past retention', async () => {
      expect(await db.measures.prune('2026-11-01T00:00:00.000Z')).toBe(1);
      expect(await db.measures.ofObjectives([US])).toHaveLength(1);
    });
  },
);
