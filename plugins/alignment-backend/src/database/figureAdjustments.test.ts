import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { AlignmentDatabase } from './AlignmentDatabase';
import type { DailyAggregate } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const DOCS = 'principle:default/docs';
const PAYMENTS = 'group:default/payments';

function aggregate(
  day: string,
  fields: Partial<DailyAggregate> = {},
): DailyAggregate {
  return {
    day,
    dimension: 'org',
    key: 'org',
    entities: 10,
    scoreSum: 800,
    aligned: 8,
    atRisk: 1,
    drifting: 1,
    needsRevalidation: 2,
    ...fields,
  };
}

describe.each(databases.eachSupportedId())(
  'figures adjusted by re-evaluations on %p',
  (databaseId: TestDatabaseId) => {
    let db: AlignmentDatabase;

    beforeAll(async () => {
      db = await AlignmentDatabase.fromKnex(await databases.init(databaseId));
    });

    it('adds deltas to a day a run wrote, and leaves a day no run wrote alone', async () => {
      await db.trends.saveDaily('2026-11-27', [aggregate('2026-11-27')]);
      await db.trends.adjustDaily('2026-11-27', [
        aggregate('2026-11-27', {
          entities: 0,
          scoreSum: -50,
          aligned: -1,
          atRisk: 0,
          drifting: 1,
          needsRevalidation: 0,
        }),
        aggregate('2026-11-27', {
          dimension: 'owner',
          key: PAYMENTS,
          entities: 1,
          scoreSum: 40,
          aligned: 0,
          atRisk: 0,
          drifting: 1,
          needsRevalidation: 0,
        }),
      ]);
      await db.trends.adjustDaily('2026-11-28', [aggregate('2026-11-28')]);

      expect(await db.trends.daily('org', 'org', '2026-11-27')).toEqual([
        aggregate('2026-11-27', { scoreSum: 750, aligned: 7, drifting: 2 }),
      ]);
      expect(await db.trends.daily('owner', PAYMENTS, '2026-11-27')).toEqual([
        aggregate('2026-11-27', {
          dimension: 'owner',
          key: PAYMENTS,
          entities: 1,
          scoreSum: 40,
          aligned: 0,
          atRisk: 0,
          drifting: 1,
          needsRevalidation: 0,
        }),
      ]);
    });

    it("adds deltas to a day's principle counts", async () => {
      const counts = { pass: 5, fail: 2, error: 0, waived: 1, noData: 0 };
      await db.checkTrends.saveDaily('2026-11-26', { [DOCS]: counts });
      await db.checkTrends.adjustDaily('2026-11-26', {
        [DOCS]: { pass: -1, fail: 1, error: 0, waived: 0, noData: 0 },
        'principle:default/new': {
          pass: 1,
          fail: 0,
          error: 0,
          waived: 0,
          noData: 0,
        },
      });
      const [docs] = await db.checkTrends.daily(DOCS, '2026-11-26');
      expect(docs).toMatchObject({ pass: 4, fail: 3, waived: 1 });
      const [added] = await db.checkTrends.daily(
        'principle:default/new',
        '2026-11-26',
      );
      expect(added).toMatchObject({ pass: 1, fail: 0 });
    });

    it("adds deltas to the served run's statistics", async () => {
      const runId = await db.runs.start('schedule', new Date());
      await db.runs.succeed(runId, {
        finishedAt: new Date(),
        durationMs: 5,
        evaluated: 8,
        historyRows: 0,
        stats: {
          principles: {
            [DOCS]: { pass: 5, fail: 2, error: 0, waived: 1, noData: 0 },
          },
          ownerPrinciples: { [PAYMENTS]: { [DOCS]: { pass: 3, fail: 1 } } },
        },
      });
      await db.runs.adjustStats(runId, {
        principles: {
          [DOCS]: { pass: -1, fail: 1, error: 0, waived: 0, noData: 0 },
        },
        ownerPrinciples: {
          [PAYMENTS]: { [DOCS]: { pass: -1, fail: 1 } },
          'group:default/platform': { [DOCS]: { pass: 1, fail: 0 } },
        },
      });
      expect(await db.runs.stats(runId)).toEqual({
        principles: {
          [DOCS]: { pass: 4, fail: 3, error: 0, waived: 1, noData: 0 },
        },
        ownerPrinciples: {
          [PAYMENTS]: { [DOCS]: { pass: 2, fail: 2 } },
          'group:default/platform': { [DOCS]: { pass: 1, fail: 0 } },
        },
      });
    });

    it('keeps the latest time the context changed', async () => {
      expect(await db.contextChanges.lastChangedAt()).toBeUndefined();
      const later = new Date('2026-11-28T10:00:00.000Z');
      await db.contextChanges.markChanged(later);
      await db.contextChanges.markChanged(new Date('2026-11-28T09:00:00.000Z'));
      expect(await db.contextChanges.lastChangedAt()).toEqual(later);
      const latest = new Date('2026-11-28T11:00:00.000Z');
      await db.contextChanges.markChanged(latest);
      expect(await db.contextChanges.lastChangedAt()).toEqual(latest);
    });
  },
);
