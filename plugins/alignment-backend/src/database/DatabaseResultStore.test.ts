import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  publishRun,
  storedResult as result,
} from '../__testUtils__/storedResults';
import { AlignmentDatabase } from './AlignmentDatabase';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const T1 = '2026-06-01T00:00:00.000Z';
const T2 = '2026-06-02T00:00:00.000Z';
const ref = (name: string) => `component:default/${name}`;

describe.each(databases.eachSupportedId())(
  'DatabaseResultStore on %p',
  (databaseId: TestDatabaseId) => {
    async function open() {
      return AlignmentDatabase.fromKnex(await databases.init(databaseId));
    }

    it('replaces a batch of served results at once, with history for those that changed', async () => {
      const db = await open();
      await publishRun(db, [result('a', 95), result('b', 60), result('c', 75)]);
      expect(
        await db.published.existing([ref('a'), ref('c'), ref('gone')]),
      ).toEqual(new Set([ref('a'), ref('c')]));

      const batch = await db.runs.start('entity', new Date(T2));
      const previous = await db.results.replacePublishedMany(
        [
          result('a', 95, { evaluatedAt: T2 }),
          result('b', 92, { evaluatedAt: T2 }),
        ],
        batch,
      );
      expect([...previous.keys()].sort()).toEqual([ref('a'), ref('b')]);
      expect(previous.get(ref('b'))).toMatchObject({
        score: 60,
        evaluatedAt: T1,
      });
      expect(await db.results.get(ref('b'))).toMatchObject({
        score: 92,
        evaluatedAt: T2,
      });
      // c was not in the batch and stays as published.
      expect(await db.results.get(ref('c'))).toMatchObject({
        score: 75,
        evaluatedAt: T1,
      });
      // Only b changed: one history row more for it, none for a.
      expect(await db.history.history(ref('a'), T1, T2)).toHaveLength(1);
      expect(await db.history.history(ref('b'), T1, T2)).toEqual([
        { recordedAt: T1, score: 60, level: 'drifting' },
        { recordedAt: T2, score: 92, level: 'aligned' },
      ]);
      const [json] = await db.results.publishedScorecards([ref('b')]);
      expect(JSON.parse(json!).evaluatedAt).toBe(T2);
    });

    it('records a change once when a re-evaluation lands between a run staging it and publishing it', async () => {
      const db = await open();
      await publishRun(db, [result('a', 60)]);
      const run = await db.runs.start('schedule', new Date(T2));
      await db.staging.stagePage(run, [result('a', 92, { evaluatedAt: T2 })]);
      const batch = await db.runs.start('entity', new Date(T2));
      await db.results.replacePublishedMany(
        [result('a', 92, { evaluatedAt: T2 })],
        batch,
      );
      // And the other way round: the next run stages what a re-evaluation
      // recorded already.
      const next = await db.runs.start('schedule', new Date(T2));
      await db.staging.stagePage(next, [result('a', 92, { evaluatedAt: T2 })]);
      expect(await db.history.history(ref('a'), T1, T2)).toEqual([
        { recordedAt: T1, score: 60, level: 'drifting' },
        { recordedAt: T2, score: 92, level: 'aligned' },
      ]);
    });

    it('serves re-evaluations before any whole-catalog run', async () => {
      const db = await open();
      const run = await db.runs.start('entity', new Date(T1));
      expect(await db.results.replacePublished(result('a', 80), run)).toBe(
        undefined,
      );
      expect(await db.results.publishedRunId()).toBeUndefined();
      expect((await db.published.summaries()).map(r => r.entityRef)).toEqual([
        ref('a'),
      ]);
      expect(await db.published.aggregate({})).toMatchObject({
        entities: 1,
        atRisk: 1,
      });
    });
  },
);
