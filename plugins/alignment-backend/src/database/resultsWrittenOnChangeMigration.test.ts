import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { storedResult } from '../__testUtils__/storedResults';
import { AlignmentDatabase } from './AlignmentDatabase';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const MIGRATION = '20261130000000_results_written_on_change.js';
const config = {
  directory: resolvePackagePath(
    '@lodestar/backstage-plugin-alignment-backend',
    'migrations',
  ),
  tableName: 'lodestar_knex_migrations',
};

async function migrateToPrevious(knex: Knex) {
  for (;;) {
    const [, pending] = await knex.migrate.list(config);
    if (pending.length === 0) throw new Error(`${MIGRATION} is missing`);
    if (pending[0].file === MIGRATION) return;
    await knex.migrate.up(config);
  }
}

// Later migrations come down first, as they would in a real rollback.
async function migrateDownThrough(knex: Knex) {
  for (;;) {
    const [completed] = await knex.migrate.list(config);
    const last = completed[completed.length - 1];
    await knex.migrate.down(config);
    if (!last || last.name === MIGRATION) return;
  }
}

const STARTED = ['2026-06-01T00:00:00.000Z', '2026-06-02T00:00:00.000Z'];
// More than a batch of the migration's copy.
const NAMES = Array.from({ length: 520 }, (_, i) => `svc-${i}`);

/** A row as the previous layout stored it. */
function oldRow(runId: number, name: string, score: number) {
  const r = storedResult(name, score, { evaluatedAt: STARTED[runId - 1] });
  return {
    run_id: runId,
    entity_ref: r.entityRef,
    kind: r.kind,
    title: r.title,
    owner: r.owner,
    score: r.score,
    level: r.level,
    signals: r.signals.join(','),
    needs_revalidation: r.needsRevalidation,
    valid_owner: r.validOwner,
    serves_active: r.servesActive,
    objective_refs: r.objectiveRefs.join(','),
    check_statuses: JSON.stringify(r.checkStatuses),
    fingerprint: r.fingerprint,
    result: JSON.stringify(r.scorecard),
    evaluated_at: r.evaluatedAt,
    failing_checks: 1,
  };
}

describe.each(databases.eachSupportedId())(
  'the results written on change migration on %p',
  (databaseId: TestDatabaseId) => {
    it('keeps the published run, one row per entity, and goes back down', async () => {
      const knex = await databases.init(databaseId);
      await migrateToPrevious(knex);
      for (const startedAt of STARTED) {
        await knex('lodestar_runs').insert({
          status: 'succeeded',
          trigger: 'schedule',
          started_at: startedAt,
        });
      }
      // Run 2 is published; run 1's rows are what it replaced.
      await knex.batchInsert(
        'lodestar_results',
        [
          ...NAMES.map(name => oldRow(1, name, 50)),
          ...NAMES.map(name => oldRow(2, name, 95)),
        ],
        100,
      );
      await knex('lodestar_state').insert({
        key: 'published_run',
        value: '2',
      });

      await knex.migrate.up(config);

      const rows = await knex('lodestar_results').select(
        'run_id',
        'score',
        'failing_checks',
        'content_hash',
      );
      expect(rows).toHaveLength(NAMES.length);
      for (const row of rows) {
        expect(row).toEqual({
          run_id: 2,
          score: 95,
          failing_checks: 1,
          content_hash: '',
        });
      }
      expect(await knex('lodestar_run_changes')).toEqual([]);
      const db = await AlignmentDatabase.fromKnex(knex);
      expect(await db.results.get('component:default/svc-7')).toMatchObject({
        score: 95,
        evaluatedAt: STARTED[1],
      });
      expect(await db.published.aggregate({})).toMatchObject({
        entities: NAMES.length,
      });
      // No hash yet: the next run rewrites every row once.
      const run = await db.runs.start('schedule', new Date());
      const page = await db.staging.stagePage(run, [storedResult('svc-7', 95)]);
      expect(page).toMatchObject({ stagedRows: 1, historyRows: 0 });
      await db.staging.discard(run);
      // A re-evaluation written under the new layout.
      const entityRun = await db.runs.start('entity', new Date());
      await db.results.replacePublished(
        storedResult('svc-8', 10, { evaluatedAt: '2026-06-03T00:00:00.000Z' }),
        entityRun,
      );

      await migrateDownThrough(knex);

      expect(await knex.schema.hasTable('lodestar_run_changes')).toBe(false);
      const back = await knex('lodestar_results').select('run_id');
      expect(back).toHaveLength(NAMES.length);
      expect(new Set(back.map(r => r.run_id))).toEqual(new Set([2]));
      // Keyed by run and entity again.
      await knex('lodestar_results').insert(oldRow(1, 'svc-7', 50));
      expect(
        await knex('lodestar_state').where({ key: 'published_at' }),
      ).toEqual([]);

      await knex('lodestar_results').where({ run_id: 1 }).delete();
      await knex.migrate.up(config);
      expect(
        (
          await knex('lodestar_results')
            .where({ entity_ref: 'component:default/svc-8' })
            .first()
        )?.score,
      ).toBe(10);
    });
  },
);
