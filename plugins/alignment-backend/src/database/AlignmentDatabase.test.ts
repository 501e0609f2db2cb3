import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  publishRun,
  storedResult as result,
} from '../__testUtils__/storedResults';
import { AlignmentDatabase } from './AlignmentDatabase';
import { migrateDownAll } from './migrate';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

/** A waiver of the on-call check, active through June 2026. */
const waiver = {
  entityRef: 'component:default/a',
  checkId: 'ownership.on-call',
  reason: 'Pager rota starts in July',
  expiresAt: '2026-07-01T00:00:00.000Z',
  createdBy: 'user:default/ada',
  createdAt: '2026-06-01T00:00:00.000Z',
};

describe.each(databases.eachSupportedId())(
  'AlignmentDatabase on %p',
  (databaseId: TestDatabaseId) => {
    async function open() {
      const knex = await databases.init(databaseId);
      return { knex, db: await AlignmentDatabase.fromKnex(knex) };
    }

    it('migrates down and up again', async () => {
      const { knex } = await open();
      expect(await knex.schema.hasTable('lodestar_results')).toBe(true);
      await migrateDownAll(knex);
      expect(await knex.schema.hasTable('lodestar_results')).toBe(false);
      await AlignmentDatabase.fromKnex(knex);
      expect(await knex.schema.hasTable('lodestar_waivers')).toBe(true);
    });

    it('filters, sorts and pages through results with a cursor', async () => {
      const { db } = await open();
      await publishRun(db, [
        result('alpha', 95),
        result('beta', 72, { owner: 'group:default/growth' }),
        result('gamma', 50),
        result('delta', 50, { title: 'Delta 100% done' }),
        result('epsilon', 91, { owner: undefined }),
      ]);

      const first = await db.published.list({
        filter: {},
        sort: 'score',
        order: 'asc',
        limit: 2,
      });
      expect(first.totalItems).toBe(5);
      expect(first.items.map(r => r.entityRef)).toEqual([
        'component:default/delta',
        'component:default/gamma',
      ]);
      const second = await db.published.list({
        filter: {},
        sort: 'score',
        order: 'asc',
        limit: 2,
        cursor: first.nextCursor,
      });
      expect(second.items.map(r => r.score)).toEqual([72, 91]);
      const third = await db.published.list({
        filter: {},
        sort: 'score',
        order: 'asc',
        limit: 2,
        cursor: second.nextCursor,
      });
      expect(third.items.map(r => r.score)).toEqual([95]);
      expect(third.nextCursor).toBeUndefined();

      const byOwner = await db.published.list({
        filter: {},
        sort: 'owner',
        order: 'desc',
        limit: 10,
      });
      expect(byOwner.items.map(r => r.owner ?? null)).toEqual([
        'group:default/payments',
        'group:default/payments',
        'group:default/payments',
        'group:default/growth',
        null,
      ]);

      const filtered = await db.published.list({
        filter: {
          owner: 'group:default/payments',
          level: 'drifting',
          signal: 'strategic',
        },
        sort: 'entityRef',
        order: 'asc',
        limit: 10,
      });
      expect(filtered.items.map(r => r.entityRef)).toEqual([
        'component:default/delta',
        'component:default/gamma',
      ]);
      const searched = await db.published.list({
        filter: { q: '100%' },
        sort: 'score',
        order: 'desc',
        limit: 10,
      });
      expect(searched.items.map(r => r.entityRef)).toEqual([
        'component:default/delta',
      ]);

      await expect(
        db.published.list({
          filter: {},
          sort: 'score',
          order: 'desc',
          limit: 2,
          cursor: first.nextCursor,
        }),
      ).rejects.toThrow(/different sort or order/);
      await expect(
        db.published.list({
          filter: {},
          sort: 'score',
          order: 'asc',
          limit: 2,
          cursor: 'garbage!',
        }),
      ).rejects.toThrow(/cursor is not valid/);
    });

    it('aggregates the filtered set in the database', async () => {
      const { db } = await open();
      await publishRun(db, [result('a', 95), result('b', 72), result('c', 50)]);
      expect(await db.published.aggregate({})).toEqual({
        entities: 3,
        scoreSum: 217,
        aligned: 1,
        atRisk: 1,
        drifting: 1,
        validOwner: 3,
        servesActive: 2,
        needsRevalidation: 1,
      });
      expect(
        (await db.published.aggregate({ level: 'aligned' })).entities,
      ).toBe(1);
    });

    it('keeps one active waiver per check and lets expired ones be replaced', async () => {
      const { db } = await open();
      const created = await db.waivers.create(waiver);
      await expect(db.waivers.create(waiver)).rejects.toThrow(ConflictError);
      expect(
        await db.waivers.list({ activeAt: '2026-06-15T00:00:00.000Z' }),
      ).toEqual([created]);
      expect(
        await db.waivers.list({ activeAt: '2026-07-02T00:00:00.000Z' }),
      ).toEqual([]);
      const renewed = await db.waivers.create({
        ...waiver,
        createdAt: '2026-07-02T00:00:00.000Z',
        expiresAt: '2026-09-01T00:00:00.000Z',
      });
      expect(
        (await db.waivers.activeByEntity('2026-07-03T00:00:00.000Z')).get(
          'component:default/a',
        ),
      ).toEqual([renewed]);
      await db.waivers.delete(renewed.id);
      await expect(db.waivers.delete(renewed.id)).rejects.toThrow(/No waiver/);
    });

    it('lets exactly one of many concurrent waiver writes win, and the rest conflict', async () => {
      const { db } = await open();
      // Each round races 8 writers for one check that has an expired waiver,
      // which every writer tries to clear. On InnoDB this deadlocks now and
      // then; 20 rounds make sure such a round happens.
      for (let round = 0; round < 20; round++) {
        const entityRef = `component:default/raced-${round}`;
        await db.waivers.create({
          ...waiver,
          entityRef,
          createdAt: '2026-01-01T00:00:00.000Z',
          expiresAt: '2026-02-01T00:00:00.000Z',
        });
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) =>
            db.waivers.create({ ...waiver, entityRef, reason: `writer ${i}` }),
          ),
        );
        const won = outcomes.filter(o => o.status === 'fulfilled');
        const lost = outcomes.filter(
          (o): o is PromiseRejectedResult => o.status === 'rejected',
        );
        expect(won).toHaveLength(1);
        for (const failure of lost) {
          expect(failure.reason).toBeInstanceOf(ConflictError);
        }
        const stored = await db.waivers.list({
          entityRef,
          activeAt: '2026-06-15T00:00:00.000Z',
        });
        expect(stored).toEqual([(won[0] as PromiseFulfilledResult<any>).value]);
      }
    });

    it('stores daily aggregates and revisions, notifies once, and prunes in batches', async () => {
      const { db } = await open();
      const aggregate = {
        dimension: 'org' as const,
        key: 'org',
        entities: 3,
        scoreSum: 217,
        aligned: 1,
        atRisk: 1,
        drifting: 1,
        needsRevalidation: 1,
      };
      await db.trends.saveDaily('2023-01-01', [
        { ...aggregate, day: '2023-01-01' },
      ]);
      await db.trends.saveDaily('2026-06-01', [
        { ...aggregate, day: '2026-06-01' },
      ]);
      await db.trends.saveDaily('2026-06-01', [
        { ...aggregate, day: '2026-06-01', entities: 4 },
      ]);
      expect(
        (await db.trends.daily('org', 'org', '2026-01-01')).map(
          d => d.entities,
        ),
      ).toEqual([4]);

      const revision = {
        strategyRef: 'strategy:default/s',
        date: '2026-03-02',
        trigger: 'funding-round',
        summary: 'Series B',
      };
      expect(
        await db.trends.recordRevisions([revision], '2026-06-01T00:00:00.000Z'),
      ).toHaveLength(1);
      expect(
        await db.trends.recordRevisions([revision], '2026-06-02T00:00:00.000Z'),
      ).toEqual([]);
      expect(
        await db.trends.markNotified(
          'level-drop:a:1',
          '2026-06-01T00:00:00.000Z',
        ),
      ).toBe(true);
      expect(
        await db.trends.markNotified(
          'level-drop:a:1',
          '2026-06-02T00:00:00.000Z',
        ),
      ).toBe(false);

      const run = await db.runs.start('schedule', new Date());
      await db.staging.stagePage(run, [
        result('old', 50, { evaluatedAt: '2024-01-01T00:00:00.000Z' }),
        result('new', 50, { evaluatedAt: '2026-06-01T00:00:00.000Z' }),
      ]);
      const deleted = await db.trends.prune({
        historyBefore: '2025-01-01T00:00:00.000Z',
        dailyBefore: '2024-01-01',
        batchSize: 1,
      });
      expect(deleted).toBe(2);
      expect(
        await db.history.history(
          'component:default/old',
          '2000-01-01',
          '2100-01-01',
        ),
      ).toEqual([]);
      expect(await db.trends.daily('org', 'org', '2000-01-01')).toHaveLength(1);
    });
  },
);
