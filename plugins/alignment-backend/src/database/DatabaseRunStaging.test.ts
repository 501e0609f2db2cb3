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
const T3 = '2026-06-03T00:00:00.000Z';
const ref = (name: string) => `component:default/${name}`;

describe.each(databases.eachSupportedId())(
  'DatabaseRunStaging on %p',
  (databaseId: TestDatabaseId) => {
    async function open() {
      const knex = await databases.init(databaseId);
      const db = await AlignmentDatabase.fromKnex(knex);
      const staged = async () =>
        Number(
          (await knex('lodestar_run_changes').count({ n: '*' }).first())?.n,
        );
      const served = async (name: string) =>
        knex('lodestar_results')
          .where({ entity_ref: ref(name) })
          .first('run_id', 'title', 'evaluated_at', 'content_hash');
      return { knex, db, staged, served };
    }

    it('serves a run only once published; a failed run leaves the served results and nothing staged', async () => {
      const { db, staged } = await open();
      const first = await db.runs.start('schedule', new Date(T1));
      await db.staging.stagePage(first, [result('a', 95), result('b', 60)]);
      expect(await staged()).toBe(2);
      expect(await db.results.get(ref('a'))).toBeUndefined();
      expect(await db.published.aggregate({})).toMatchObject({ entities: 0 });
      await db.staging.publish(first, new Set([ref('a'), ref('b')]));
      expect((await db.results.get(ref('a')))?.score).toBe(95);
      expect(await staged()).toBe(0);
      expect(await db.results.publishedRunId()).toBe(first);

      const second = await db.runs.start('schedule', new Date(T2));
      await db.staging.stagePage(second, [
        result('a', 40, { evaluatedAt: T2 }),
      ]);
      expect(await staged()).toBe(1);
      await db.staging.discard(second);
      expect(await staged()).toBe(0);
      expect((await db.results.get(ref('a')))?.score).toBe(95);
      expect((await db.results.get(ref('b')))?.score).toBe(60);
      // Its history row went with it, and it confirmed nothing.
      expect(await db.history.history(ref('a'), T1, T3)).toHaveLength(1);
      expect((await db.results.get(ref('a')))?.evaluatedAt).toBe(T1);

      // A run abandoned by a later one cannot publish what it staged.
      const abandoned = await db.runs.start('schedule', new Date(T3));
      await db.staging.stagePage(abandoned, [
        result('a', 10, { evaluatedAt: T3 }),
      ]);
      await db.runs.fail(abandoned, {
        finishedAt: new Date(T3),
        durationMs: 1,
        evaluated: 1,
        error: 'Abandoned',
      });
      await expect(
        db.staging.publish(abandoned, new Set([ref('a')])),
      ).rejects.toThrow(/is failed/);
      expect((await db.results.get(ref('a')))?.score).toBe(95);
      // What it left staged goes when the next run is published.
      expect(await staged()).toBe(1);
      await publishRun(db, [result('a', 95, { evaluatedAt: T3 })]);
      expect(await staged()).toBe(0);
      expect(await db.results.get(ref('b'))).toBeUndefined();
    });

    it('writes only the results that changed, and serves when each was last confirmed', async () => {
      const { db, staged, served } = await open();
      const first = await publishRun(db, [
        result('a', 95),
        result('b', 60),
        result('c', 75),
      ]);
      const untouched = await served('a');

      const second = await db.runs.start('schedule', new Date(T2));
      const page = await db.staging.stagePage(second, [
        // Only the evaluation time differs.
        result('a', 95, { evaluatedAt: T2 }),
        // A title is no part of the fingerprint, but is served.
        result('b', 60, { evaluatedAt: T2, title: 'Bee' }),
        result('c', 50, { evaluatedAt: T2 }),
      ]);
      expect(page).toMatchObject({ stagedRows: 2, historyRows: 1 });
      expect(page.previous.get(ref('c'))).toEqual({
        entityRef: ref('c'),
        fingerprint: 'fp-75',
        level: 'at-risk',
        score: 75,
      });
      expect(await staged()).toBe(2);
      await db.staging.publish(second, new Set(['a', 'b', 'c'].map(ref)));

      expect(await served('a')).toEqual(untouched);
      expect(await served('b')).toMatchObject({
        run_id: second,
        title: 'Bee',
        evaluated_at: T2,
      });
      expect((await served('a'))?.run_id).toBe(first);
      expect(await db.history.history(ref('b'), T1, T3)).toHaveLength(1);
      expect(await db.history.history(ref('c'), T1, T3)).toHaveLength(2);

      // Every reader says the unchanged result was confirmed by the run.
      const a = await db.results.get(ref('a'));
      expect(a?.evaluatedAt).toBe(T2);
      expect(a?.scorecard.evaluatedAt).toBe(T2);
      const [json] = await db.results.publishedScorecards([ref('a')]);
      expect(JSON.parse(json!)).toEqual({
        entityRef: ref('a'),
        score: 95,
        evaluatedAt: T2,
      });
      const summaries = await db.published.summaries();
      expect(summaries.map(s => s.evaluatedAt)).toEqual([T2, T2, T2]);
      const page1 = await db.published.list({
        filter: {},
        sort: 'evaluatedAt',
        order: 'asc',
        limit: 2,
      });
      expect(page1.items.map(r => [r.entityRef, r.evaluatedAt])).toEqual([
        [ref('a'), T2],
        [ref('b'), T2],
      ]);
      const page2 = await db.published.list({
        filter: {},
        sort: 'evaluatedAt',
        order: 'asc',
        limit: 2,
        cursor: page1.nextCursor,
      });
      expect(page2.items.map(r => r.entityRef)).toEqual([ref('c')]);

      // A run over the same results writes no result row at all.
      const third = await db.runs.start('schedule', new Date(T3));
      const unchanged = await db.staging.stagePage(third, [
        result('a', 95, { evaluatedAt: T3 }),
        result('b', 60, { evaluatedAt: T3, title: 'Bee' }),
        result('c', 50, { evaluatedAt: T3 }),
      ]);
      expect(unchanged).toMatchObject({ stagedRows: 0, historyRows: 0 });
      await db.staging.publish(third, new Set(['a', 'b', 'c'].map(ref)));
      expect((await served('b'))?.run_id).toBe(second);
      expect((await db.results.get(ref('b')))?.evaluatedAt).toBe(T3);
    });

    it('drops the results of entities that left the catalog when the run is published', async () => {
      const { db, staged } = await open();
      // More than one statement's worth of rows to apply and to drop.
      const names = Array.from({ length: 260 }, (_, i) => `svc-${i}`);
      await publishRun(
        db,
        names.map(name => result(name, 95)),
      );
      const kept = names.slice(0, 150);
      const run = await db.runs.start('schedule', new Date(T2));
      const page = await db.staging.stagePage(
        run,
        kept.map((name, i) =>
          result(name, i < 120 ? 60 : 95, { evaluatedAt: T2 }),
        ),
      );
      expect(page.stagedRows).toBe(120);
      expect((await db.published.aggregate({})).entities).toBe(260);
      await db.staging.publish(run, new Set(kept.map(ref)));
      expect(await db.published.aggregate({})).toMatchObject({
        entities: 150,
        drifting: 120,
        aligned: 30,
      });
      expect(await db.results.get(ref('svc-200'))).toBeUndefined();
      expect(await staged()).toBe(0);
    });

    it('keeps re-evaluations that land during a run, and a run never replaces a later one', async () => {
      const { db, served } = await open();
      await publishRun(db, [result('a', 95), result('b', 95), result('c', 95)]);
      const run = await db.runs.start('schedule', new Date(T2));
      // Started before the run, landing during it: the run is newer.
      const before = await db.runs.start('entity', new Date(T2));
      const running = await db.runs.start('schedule', new Date(T2));
      await db.runs.fail(run, {
        finishedAt: new Date(T2),
        durationMs: 1,
        evaluated: 0,
        error: 'superseded in this test',
      });
      await db.staging.stagePage(running, [
        result('a', 60, { evaluatedAt: T2 }),
        result('b', 60, { evaluatedAt: T2 }),
        result('c', 95, { evaluatedAt: T2 }),
      ]);
      await db.results.replacePublished(
        result('c', 40, { evaluatedAt: T2 }),
        before,
      );
      // Started after the run: newer than what it staged.
      const after = await db.runs.start('entity', new Date(T3));
      const previous = await db.results.replacePublishedMany(
        [
          result('a', 80, { evaluatedAt: T3 }),
          result('d', 80, { evaluatedAt: T3 }),
        ],
        after,
      );
      expect(previous.get(ref('a'))?.score).toBe(95);
      expect(previous.has(ref('d'))).toBe(false);

      await db.staging.publish(running, new Set(['a', 'b', 'c'].map(ref)));
      // a and d (which the run did not see) keep the re-evaluation.
      expect((await db.results.get(ref('a')))?.score).toBe(80);
      expect((await db.results.get(ref('d')))?.score).toBe(80);
      expect((await served('a'))?.run_id).toBe(after);
      expect((await db.results.get(ref('a')))?.evaluatedAt).toBe(T3);
      expect((await db.results.get(ref('b')))?.score).toBe(60);
      // c: the run found it unchanged from what it compared with, so the
      // earlier re-evaluation's result stays until it is evaluated again.
      expect((await db.results.get(ref('c')))?.score).toBe(40);

      // A re-evaluation that started before the published run landing
      // now does not replace what the run found.
      await db.results.replacePublished(
        result('b', 10, { evaluatedAt: T2 }),
        before,
      );
      expect((await db.results.get(ref('b')))?.score).toBe(60);
      expect(await db.history.history(ref('b'), T1, T3)).toEqual([
        { recordedAt: T1, score: 95, level: 'aligned' },
        { recordedAt: T2, score: 60, level: 'drifting' },
      ]);
    });
  },
);
