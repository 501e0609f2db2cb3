import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { AlignmentDatabase } from './AlignmentDatabase';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const ERP = 'component:default/erp-connector';
const CRM = 'component:default/crm-sync';
const DEPLOYS = 'deploymentFrequencyPerWeek';

const fact = (
  entityRef: string,
  key: string,
  value: number | string | boolean,
  observedAt: string,
  source = 'github-actions',
) => ({ entityRef, key, value, observedAt, source });

describe.each(databases.eachSupportedId())(
  'DatabaseFactStore on %p',
  (databaseId: TestDatabaseId) => {
    let db: AlignmentDatabase;

    beforeAll(async () => {
      db = await AlignmentDatabase.fromKnex(await databases.init(databaseId));
    });

    it('stores facts and keeps a repeated observation once', async () => {
      const first = await db.facts.write(
        [
          fact(ERP, DEPLOYS, 3, '2026-11-01T10:00:00.000Z'),
          fact(ERP, 'onCallReady', true, '2026-11-01T10:00:00.000Z'),
          fact(CRM, DEPLOYS, 0.5, '2026-11-01T10:00:00.000Z'),
          // Twice in the same batch.
          fact(CRM, DEPLOYS, 0.5, '2026-11-01T10:00:00.000Z'),
        ],
        '2026-11-01T10:00:01.000Z',
      );
      expect(first).toEqual({ accepted: 3, duplicates: 1 });
      const again = await db.facts.write(
        [
          fact(ERP, DEPLOYS, 3, '2026-11-01T10:00:00.000Z'),
          // Same time, another source: a different observation.
          fact(ERP, DEPLOYS, 4, '2026-11-01T10:00:00.000Z', 'jenkins'),
        ],
        '2026-11-01T10:05:00.000Z',
      );
      expect(again).toEqual({ accepted: 1, duplicates: 1 });

      const latest = await db.facts.latestOf([ERP, CRM]);
      expect(latest.get(ERP)?.get('onCallReady')).toEqual({
        value: true,
        observedAt: '2026-11-01T10:00:00.000Z',
      });
      expect(latest.get(CRM)?.get(DEPLOYS)?.value).toBe(0.5);
    });

    it('never moves the latest value back in time', async () => {
      await db.facts.write(
        [fact(CRM, DEPLOYS, 2, '2026-11-03T09:00:00.000Z')],
        '2026-11-03T09:00:01.000Z',
      );
      // A value from before arrives late: history, not the latest.
      await db.facts.write(
        [fact(CRM, DEPLOYS, 1, '2026-11-02T09:00:00.000Z')],
        '2026-11-03T09:10:00.000Z',
      );
      expect((await db.facts.ofEntity(CRM))[0]).toEqual({
        entityRef: CRM,
        key: DEPLOYS,
        value: 2,
        observedAt: '2026-11-03T09:00:00.000Z',
        source: 'github-actions',
      });
      const all = await db.facts.allLatest();
      expect(all.get(CRM)?.get(DEPLOYS)?.value).toBe(2);
      expect([...all.keys()].sort()).toEqual([CRM, ERP]);
    });

    it('keeps the last numeric value of each day for trends', async () => {
      await db.facts.write(
        [
          fact(CRM, DEPLOYS, 5, '2026-11-03T18:00:00.000Z'),
          fact(CRM, DEPLOYS, 4, '2026-11-03T12:00:00.000Z', 'jenkins'),
        ],
        '2026-11-03T18:00:01.000Z',
      );
      expect(
        await db.facts.daily([CRM], [DEPLOYS, 'onCallReady'], '2026-11-01'),
      ).toEqual([
        { entityRef: CRM, key: DEPLOYS, day: '2026-11-01', value: 0.5 },
        { entityRef: CRM, key: DEPLOYS, day: '2026-11-02', value: 1 },
        { entityRef: CRM, key: DEPLOYS, day: '2026-11-03', value: 5 },
      ]);
      expect(
        await db.facts.daily([ERP], ['onCallReady'], '2026-11-01'),
      ).toEqual([]);
    });

    it('prunes observations and days past retention, keeping the latest', async () => {
      const pruned = await db.facts.prune({
        observationsBefore: '2026-11-03T00:00:00.000Z',
        dailyBefore: '2026-11-02',
      });
      // Four observations received on 1 November, two days (ERP, CRM) of 1 November.
      expect(pruned).toBe(6);
      // The pruned observation may be pushed again: it is new to the store,
      // but does not replace the later latest value.
      expect(
        await db.facts.write(
          [fact(CRM, DEPLOYS, 0.5, '2026-11-01T10:00:00.000Z')],
          '2026-11-04T00:00:00.000Z',
        ),
      ).toEqual({ accepted: 1, duplicates: 0 });
      expect(
        (await db.facts.latestOf([CRM])).get(CRM)?.get(DEPLOYS)?.value,
      ).toBe(5);
    });

    it('writes batches larger than one statement holds', async () => {
      const many = Array.from({ length: 1200 }, (_, i) =>
        fact(
          `component:default/svc-${i}`,
          DEPLOYS,
          i,
          '2026-11-05T00:00:00.000Z',
        ),
      );
      expect(await db.facts.write(many, '2026-11-05T00:00:01.000Z')).toEqual({
        accepted: 1200,
        duplicates: 0,
      });
      const latest = await db.facts.latestOf(many.map(f => f.entityRef));
      expect(latest.size).toBe(1200);
      expect(
        latest.get('component:default/svc-1199')?.get(DEPLOYS)?.value,
      ).toBe(1199);
    });
  },
);
