import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { resolveAlignmentConfig } from '@lodestar/backstage-plugin-alignment-common';
import { AlignmentDatabase } from '../database/AlignmentDatabase';
import { loadMeridian } from '../__testUtils__/loadExamples';
import { CatalogReader } from './CatalogReader';
import { EvaluationRunner } from './EvaluationRunner';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});
const meridian = loadMeridian();
const SERVICE = 'component:default/purchase-order-service';

/** Meridian with the purchase order service titled so. */
function titled(title: string): Entity[] {
  return meridian.map(e =>
    e.metadata.name === 'purchase-order-service'
      ? { ...e, metadata: { ...e.metadata, title } }
      : e,
  );
}

function runner(db: AlignmentDatabase, entities: Entity[], at?: string) {
  const reader = new CatalogReader(
    catalogServiceMock({ entities }),
    mockServices.auth(),
    10,
  );
  return {
    reader,
    runner: new EvaluationRunner({
      db,
      reader,
      logger: mockServices.logger.mock(),
      config: resolveAlignmentConfig(),
      retention: {
        historyDays: 400,
        aggregateDays: 1095,
        factObservationDays: 30,
      },
      clock: at ? () => new Date(at) : undefined,
    }),
  };
}

describe.each(databases.eachSupportedId())(
  'Whole-catalog runs on %p',
  (databaseId: TestDatabaseId) => {
    async function open() {
      return AlignmentDatabase.fromKnex(await databases.init(databaseId));
    }

    // Within a day: the remediation of a missing review suggests today's
    // date, so that result changes, and is rewritten, once a day.
    it('write only the results that changed, and serve when each was last confirmed', async () => {
      const db = await open();
      const writers = async () =>
        db.knex('lodestar_results').select('entity_ref', 'run_id');
      const first = await runner(
        db,
        meridian,
        '2026-12-01T08:00:00.000Z',
      ).runner.runAll('schedule');
      expect(first).toMatchObject({ status: 'succeeded' });

      const second = await runner(
        db,
        meridian,
        '2026-12-01T09:00:00.000Z',
      ).runner.runAll('schedule');
      expect(second).toMatchObject({ status: 'succeeded', historyRows: 0 });
      const rows = await writers();
      expect(rows).toHaveLength(first.evaluated);
      expect(new Set(rows.map(r => r.run_id))).toEqual(new Set([first.id]));
      const summaries = await db.published.summaries();
      expect(new Set(summaries.map(s => s.evaluatedAt))).toEqual(
        new Set(['2026-12-01T09:00:00.000Z']),
      );
      const [json] = await db.results.publishedScorecards([SERVICE]);
      expect(JSON.parse(json!).evaluatedAt).toBe('2026-12-01T09:00:00.000Z');

      const third = await runner(
        db,
        titled('Purchase orders'),
        '2026-12-01T10:00:00.000Z',
      ).runner.runAll('schedule');
      expect(third).toMatchObject({ status: 'succeeded', historyRows: 0 });
      expect(
        (await writers())
          .filter(r => r.run_id === third.id)
          .map(r => r.entity_ref),
      ).toEqual([SERVICE]);
      expect(await db.results.get(SERVICE)).toMatchObject({
        title: 'Purchase orders',
        evaluatedAt: '2026-12-01T10:00:00.000Z',
      });
    });

    it('keep a re-evaluation that lands while a run is under way', async () => {
      const db = await open();
      await runner(db, meridian).runner.runAll('schedule');

      const { reader, runner: full } = runner(db, titled('From the run'));
      const pages = reader.evaluatedPages.bind(reader);
      let release = () => {};
      const gate = new Promise<void>(resolve => {
        release = resolve;
      });
      let allStaged = false;
      jest
        .spyOn(reader, 'evaluatedPages')
        .mockImplementation(async function* waitAtTheEnd(kinds, signal) {
          yield* pages(kinds, signal);
          allStaged = true;
          await gate;
        });
      const finished = full.runAll('schedule');
      while (!allStaged) {
        await new Promise(resolve => setTimeout(resolve, 20));
      }
      const reevaluated = await runner(
        db,
        titled('From the re-evaluation'),
      ).runner.runOne(SERVICE);
      expect(reevaluated.title).toBe('From the re-evaluation');
      release();
      expect(await finished).toMatchObject({ status: 'succeeded' });
      expect((await db.results.get(SERVICE))?.title).toBe(
        'From the re-evaluation',
      );
      expect(await db.knex('lodestar_run_changes')).toEqual([]);
    });
  },
);
