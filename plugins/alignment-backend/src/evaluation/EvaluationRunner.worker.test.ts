import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { refOf } from '@lodestar/backstage-plugin-alignment-common';
import { AlignmentDatabase } from '../database/AlignmentDatabase';
import { setupRunner as setup } from '../__testUtils__/evaluationRunner';
import { loadMeridian } from '../__testUtils__/loadExamples';
import { EvaluationWorker } from './worker/EvaluationWorker';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});
const meridian = loadMeridian();

describe.each(databases.eachSupportedId())(
  'EvaluationRunner with a worker thread on %p',
  (databaseId: TestDatabaseId) => {
    async function open() {
      return AlignmentDatabase.fromKnex(await databases.init(databaseId));
    }

    // Pages are evaluated on the main thread until the worker is ready; the
    // catalog holds each page until then, so that the rest go to it.
    let starting: Promise<unknown> | undefined;
    const untilWorkerReady = () => starting ?? Promise.resolve();
    const start = EvaluationWorker.start;
    beforeEach(() => {
      starting = undefined;
      jest.spyOn(EvaluationWorker, 'start').mockImplementation(run => {
        const started = start.call(EvaluationWorker, run);
        starting = started.catch(() => undefined);
        return started;
      });
    });
    afterEach(() => jest.restoreAllMocks());

    it('stores the same results whether a worker thread evaluates or not', async () => {
      const onWorkerPages = jest.spyOn(EvaluationWorker.prototype, 'evaluate');
      const served = async (workerThread: boolean) => {
        const db = await open();
        const run = await setup(db, meridian, {
          workerThread,
          beforePage: untilWorkerReady,
        }).runner.runAll('manual');
        expect(run.status).toBe('succeeded');
        return db
          .knex('lodestar_results')
          .select('entity_ref', 'content_hash', 'fingerprint', 'score')
          .orderBy('entity_ref');
      };
      const onMainThread = await served(false);
      expect(EvaluationWorker.start).not.toHaveBeenCalled();
      const onWorker = await served(true);
      expect(EvaluationWorker.start).toHaveBeenCalledTimes(1);
      // The first page started the worker; the others went to it.
      expect(onWorkerPages.mock.calls.length).toBeGreaterThanOrEqual(3);
      expect(onWorker).toEqual(onMainThread);
      expect(onWorker.length).toBeGreaterThanOrEqual(50);
    });

    it('evaluates on the main thread when the worker cannot start', async () => {
      jest
        .spyOn(EvaluationWorker, 'start')
        .mockRejectedValue(new Error('worker script not found'));
      const db = await open();
      const { runner, logger } = setup(db, meridian);
      const run = await runner.runAll('manual');
      expect(run.status).toBe('succeeded');
      expect(run.evaluated).toBeGreaterThanOrEqual(50);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('worker script not found'),
      );
    });

    it('goes on on the main thread when the worker fails part-way', async () => {
      const evaluate = EvaluationWorker.prototype.evaluate;
      let pages = 0;
      jest
        .spyOn(EvaluationWorker.prototype, 'evaluate')
        .mockImplementation(function evaluateThenFail(this: any, ...args) {
          if (++pages === 2) {
            return Promise.reject(new Error('ERR_WORKER_OUT_OF_MEMORY'));
          }
          return evaluate.apply(this, args);
        });
      const db = await open();
      const { runner, logger } = setup(db, meridian, {
        beforePage: untilWorkerReady,
      });
      const run = await runner.runAll('manual');
      expect(pages).toBe(2);
      expect(run.status).toBe('succeeded');
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(
          `worker thread failed, so run ${run.id} goes on on the main thread: Error: ERR_WORKER_OUT_OF_MEMORY`,
        ),
      );
      const again = await setup(db, meridian, {
        workerThread: false,
      }).runner.runAll('manual');
      // Nothing differs from a run on the main thread alone.
      expect(again).toMatchObject({
        status: 'succeeded',
        evaluated: run.evaluated,
        historyRows: 0,
      });
    });

    it.each([true, false])(
      "reuses the last run's evaluations of entities whose inputs did not change (worker thread: %p)",
      async workerThread => {
        const db = await open();
        const catalog = structuredClone(meridian);
        let seconds = 0;
        const { runner } = setup(db, catalog, {
          workerThread,
          beforePage: untilWorkerReady,
          clock: () => new Date(Date.UTC(2026, 10, 29, 6, 0, seconds++)),
        });
        const served = () =>
          db
            .knex('lodestar_results')
            .select('entity_ref', 'content_hash', 'fingerprint', 'score')
            .orderBy('entity_ref');
        const figures = async (runId: number) => ({
          stats: JSON.parse(
            (await db.knex('lodestar_runs').where({ id: runId }).first('stats'))
              .stats,
          ),
          daily: await db
            .knex('lodestar_daily')
            .select()
            .orderBy(['dimension', 'key']),
        });

        // The first run records the catalog's own measures, which change
        // the objectives' outcomes that the next runs read: nothing is
        // reused.
        const recording = await runner.runAll('manual');
        const first = await runner.runAll('manual');
        expect(first).toMatchObject({
          evaluated: recording.evaluated,
          reused: 0,
        });
        const servedFirst = await served();
        const figuresFirst = await figures(first.id);

        const second = await runner.runAll('manual');
        expect(second).toMatchObject({
          status: 'succeeded',
          evaluated: first.evaluated,
          reused: first.evaluated,
          historyRows: 0,
        });
        expect(await served()).toEqual(servedFirst);
        expect(await figures(second.id)).toEqual(figuresFirst);

        // An entity changes in the catalog: it alone is evaluated again.
        const last = catalog.filter(e => e.kind === 'Component').at(-1)!;
        delete last.spec!.owner;
        const third = await runner.runAll('manual');
        expect(third).toMatchObject({
          status: 'succeeded',
          reused: first.evaluated - 1,
        });
        // Its owner is now inherited from its system: same score, new
        // content.
        const ref = refOf(last);
        const changed = (await served()).find(r => r.entity_ref === ref);
        const before = servedFirst.find(r => r.entity_ref === ref);
        expect(changed.content_hash).not.toBe(before.content_hash);
      },
    );

    it('keeps a catalog smaller than a page on the main thread', async () => {
      const db = await open();
      const run = await setup(db, meridian, { pageSize: 1000 }).runner.runAll(
        'manual',
      );
      expect(run.status).toBe('succeeded');
      expect(EvaluationWorker.start).not.toHaveBeenCalled();
    });
  },
);
