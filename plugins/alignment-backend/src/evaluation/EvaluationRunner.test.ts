import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { AlignmentDatabase } from '../database/AlignmentDatabase';
import { setupRunner as setup } from '../__testUtils__/evaluationRunner';
import { loadMeridian } from '../__testUtils__/loadExamples';
import type { CatalogReader } from './CatalogReader';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});
const meridian = loadMeridian();

describe.each(databases.eachSupportedId())(
  'EvaluationRunner on %p',
  (databaseId: TestDatabaseId) => {
    async function open() {
      return AlignmentDatabase.fromKnex(await databases.init(databaseId));
    }

    it('evaluates in pages, publishes, and records the run', async () => {
      const db = await open();
      const { runner } = setup(db, meridian);
      const run = await runner.runAll('manual');
      expect(run).toMatchObject({ status: 'succeeded', trigger: 'manual' });
      expect(run.evaluated).toBeGreaterThanOrEqual(50);
      expect(run.historyRows).toBe(run.evaluated);
      const aggregate = await db.published.aggregate({});
      expect(aggregate.entities).toBe(run.evaluated);
    });

    it('records who asked for a scheduled run, a person before a change', async () => {
      const db = await open();
      const { runner } = setup(db, meridian);
      expect(await runner.runScheduled()).toMatchObject({
        trigger: 'schedule',
      });
      runner.requestRun('change');
      expect(await runner.runScheduled()).toMatchObject({ trigger: 'change' });
      runner.requestRun('manual');
      runner.requestRun('change');
      expect(await runner.runScheduled()).toMatchObject({ trigger: 'manual' });
      // A request is answered once.
      expect(await runner.runScheduled()).toMatchObject({
        trigger: 'schedule',
      });
    });

    it('keeps the previous results when the catalog fails part-way', async () => {
      const db = await open();
      await setup(db, meridian).runner.runAll('schedule');
      const before = await db.published.aggregate({});
      const changed = meridian.map(e =>
        e.kind === 'Component'
          ? { ...e, metadata: { ...e.metadata, annotations: {} } }
          : e,
      );
      const run = await setup(db, changed, { failOnPage: 3 }).runner.runAll(
        'schedule',
      );
      expect(run).toMatchObject({
        status: 'failed',
        error: `The catalog could not be read. The previous results stay served; the backend log has the details of run ${run.id}.`,
      });
      expect(run.evaluated).toBeGreaterThan(0);
      expect(await db.published.aggregate({})).toEqual(before);
    });

    it('keeps the previous results when the database fails part-way', async () => {
      const db = await open();
      await setup(db, meridian).runner.runAll('schedule');
      const before = await db.published.aggregate({});
      const { runner, logger } = setup(db, meridian);
      const write = db.staging.stagePage.bind(db.staging);
      let calls = 0;
      jest
        .spyOn(db.staging, 'stagePage')
        .mockImplementation(async (id, rows) => {
          if (++calls === 2) {
            throw new Error(
              'insert into "lodestar_results" ("entity_ref") values ($1) - deadlock detected',
            );
          }
          return write(id, rows);
        });
      const run = await runner.runAll('schedule');
      // The SQL goes to the log, not to users.
      expect(run).toMatchObject({
        status: 'failed',
        error: `The results could not be stored. The previous results stay served; the backend log has the details of run ${run.id}.`,
      });
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringContaining('insert into "lodestar_results"'),
      );
      expect(await db.published.aggregate({})).toEqual(before);
      expect(await db.knex('lodestar_run_changes')).toEqual([]);
    });

    it('stops when aborted and records why', async () => {
      const db = await open();
      const controller = new AbortController();
      controller.abort();
      const run = await setup(db, meridian).runner.runAll(
        'schedule',
        controller.signal,
      );
      expect(run).toMatchObject({
        status: 'failed',
        error: `The evaluation was aborted: it ran past its timeout or the backend stopped. The previous results stay served; the backend log has the details of run ${run.id}.`,
      });
      expect((await db.published.aggregate({})).entities).toBe(0);
    });

    it('records where the time went, and keeps statistics of the served run only', async () => {
      const db = await open();
      const { runner } = setup(db, meridian);
      const first = await runner.runAll('schedule');
      const second = await runner.runAll('schedule');
      expect(second.phases).toEqual({
        catalogReadMs: expect.any(Number),
        evaluateMs: expect.any(Number),
        storeMs: expect.any(Number),
      });
      expect(second.historyRows).toBe(0);
      expect(await db.runs.stats(first.id)).toBeUndefined();
      expect(await db.runs.stats(second.id)).toMatchObject({
        principles: expect.any(Object),
      });
    });

    it('evaluates an entity of several megabytes and clips what does not fit a column', async () => {
      const db = await open();
      const huge = meridian.map(e =>
        e.metadata.name === 'purchase-order-service'
          ? {
              ...e,
              metadata: {
                ...e.metadata,
                title: 'T'.repeat(1000),
                description: 'x'.repeat(4 * 1024 * 1024),
                annotations: {
                  ...e.metadata.annotations,
                  'example.com/blob': 'y'.repeat(2 * 1024 * 1024),
                },
              },
              spec: { ...e.spec, lifecycle: 'l'.repeat(100) },
            }
          : e,
      );
      const run = await setup(db, huge).runner.runAll('schedule');
      expect(run).toMatchObject({ status: 'succeeded' });
      const stored = await db.results.get(
        'component:default/purchase-order-service',
      );
      expect(stored?.title).toHaveLength(255);
      expect(stored?.title?.endsWith('…')).toBe(true);
      expect(stored?.lifecycle).toHaveLength(64);
    });

    it('abandons a run whose process died, and the next run records each change once', async () => {
      const db = await open();
      await setup(db, meridian).runner.runAll('schedule');
      const changed = meridian.map(e =>
        e.kind === 'Component'
          ? { ...e, metadata: { ...e.metadata, annotations: {} } }
          : e,
      );
      // The first replica writes two pages, then its process "dies": the
      // catalog read never returns and the run is never finished.
      // Its stalled run never closes a worker thread: it runs on the main one.
      const dying = setup(db, changed, { workerThread: false });
      const reader = (dying.runner as any).options.reader as CatalogReader;
      const pages = reader.evaluatedPages.bind(reader);
      jest
        .spyOn(reader, 'evaluatedPages')
        .mockImplementation(async function* stallAfterTwoPages(kinds, signal) {
          let count = 0;
          for await (const page of pages(kinds, signal)) {
            if (++count > 2) await new Promise(() => {});
            yield page;
          }
        });
      const stage = db.staging.stagePage.bind(db.staging);
      let stagedPages = 0;
      jest
        .spyOn(db.staging, 'stagePage')
        .mockImplementation(async (id, rows) => {
          const staged = await stage(id, rows);
          stagedPages++;
          return staged;
        });
      void dying.runner.runAll('schedule');
      // Wait until the dying run has staged its two pages.
      while (stagedPages < 2) {
        await new Promise(resolve => setTimeout(resolve, 20));
      }
      const [{ id: orphanId }] = await db.runs.running();
      expect(
        await db.knex('lodestar_run_changes').where({ run_id: orphanId }),
      ).not.toEqual([]);

      const next = await setup(db, changed).runner.runAll('schedule');
      expect(next).toMatchObject({ status: 'succeeded' });
      expect(await db.runs.running()).toEqual([]);
      const history = await db.history.history(
        'component:default/purchase-order-service',
        '2000-01-01',
        '2100-01-01',
      );
      expect(history).toHaveLength(2);
      expect((await db.published.aggregate({})).entities).toBe(next.evaluated);
      const orphan = await db
        .knex('lodestar_runs')
        .where({ id: orphanId })
        .first();
      expect(orphan).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/^Abandoned/),
      });
      expect(await db.knex('lodestar_run_changes')).toEqual([]);
      expect(
        await db.knex('lodestar_history').where({ run_id: orphanId }),
      ).toEqual([]);
    });

    it('notifies owners once when a level drops, and once per revision', async () => {
      const db = await open();
      const first = setup(db, meridian);
      await first.runner.runAll('schedule');
      const revalidations = first.sent.filter(
        n => n.payload.topic === 'lodestar-revalidation',
      );
      expect(revalidations.length).toBeGreaterThan(0);
      expect(revalidations[0].payload.title).toMatch(
        /^Strategy revised on 2026-03-02/,
      );

      const worse = meridian.map(e =>
        e.metadata.name === 'purchase-order-service'
          ? { ...e, spec: { ...e.spec, owner: 'user:nobody' } }
          : e,
      );
      const second = setup(db, worse);
      await second.runner.runAll('schedule');
      expect(second.sent.map(n => n.payload.topic)).toEqual([
        'lodestar-level-drop',
      ]);
      expect(second.sent[0].recipients).toEqual({
        type: 'entity',
        entityRef: 'user:default/nobody',
      });

      const third = setup(db, worse);
      await third.runner.runAll('schedule');
      expect(third.sent).toEqual([]);
    });

    it('announces a revision dated in the future on its date, not before', async () => {
      const db = await open();
      const announced = meridian.map(e =>
        e.kind === 'Strategy'
          ? {
              ...e,
              spec: {
                ...e.spec,
                revisions: [
                  ...((e.spec as any).revisions ?? []),
                  {
                    date: '2027-01-15',
                    trigger: 'market-expansion',
                    summary: 'Europe next.',
                  },
                ],
              },
            }
          : e,
      );
      const titles = (sent: any[]) =>
        sent
          .filter(n => n.payload.topic === 'lodestar-revalidation')
          .map(n => n.payload.title.slice(0, 30));
      const before = setup(db, announced, {
        clock: () => new Date('2027-01-14T12:00:00Z'),
      });
      await before.runner.runAll('schedule');
      expect(new Set(titles(before.sent))).toEqual(
        new Set(['Strategy revised on 2026-03-02']),
      );
      expect((await db.trends.revisions()).map(r => r.date)).not.toContain(
        '2027-01-15',
      );

      const on = setup(db, announced, {
        clock: () => new Date('2027-01-15T08:00:00Z'),
      });
      await on.runner.runAll('schedule');
      expect(new Set(titles(on.sent))).toEqual(
        new Set(['Strategy revised on 2027-01-15']),
      );
    });
  },
);
