import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type {
  CheckResult,
  EntityAlignment,
} from '@lodestar/backstage-plugin-alignment-common';
import type { Knex } from 'knex';
import { toStoredResult } from '../evaluation/toStoredResult';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const MIGRATION = '20261123000000_principle_check_refs.js';
const config = {
  directory: resolvePackagePath(
    '@lodestar/backstage-plugin-alignment-backend',
    'migrations',
  ),
  tableName: 'lodestar_knex_migrations',
};

/** Runs the migrations before the one under test, one at a time. */
async function migrateToPrevious(knex: Knex) {
  for (;;) {
    const [, pending] = await knex.migrate.list(config);
    if (pending.length === 0) throw new Error(`${MIGRATION} is missing`);
    if (pending[0].file === MIGRATION) return;
    await knex.migrate.up(config);
  }
}

const EVALUATED_AT = '2026-06-01T00:00:00.000Z';
const check = (id: string, status: CheckResult['status']): CheckResult => ({
  id,
  pillar: id.startsWith('principle') ? 'principles' : 'ownership',
  title: id,
  status,
  severity: 'high',
  // Text that mentions an id is not an id: it must stay as written.
  message: `${id} is ${status}`,
});

/** A stored result row whose checks have the given ids, as a run writes it. */
function resultRow(runId: number, name: string, checks: CheckResult[]) {
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name },
    spec: {},
  };
  const alignment = {
    entityRef: `component:default/${name}`,
    score: 60,
    level: 'drifting',
    owner: 'group:default/payments',
    objectives: [],
    signals: [],
    needsRevalidation: false,
    pillars: [{ id: 'ownership', score: 60, checks }],
  } as unknown as EntityAlignment;
  const stored = toStoredResult(entity, alignment, EVALUATED_AT);
  return {
    row: {
      run_id: runId,
      entity_ref: stored.entityRef,
      kind: stored.kind,
      owner: stored.owner,
      score: stored.score,
      level: stored.level,
      signals: '',
      needs_revalidation: false,
      valid_owner: true,
      serves_active: true,
      objective_refs: '',
      check_statuses: JSON.stringify(stored.checkStatuses),
      fingerprint: stored.fingerprint,
      result: JSON.stringify(stored.scorecard),
      evaluated_at: EVALUATED_AT,
    },
    fingerprint: stored.fingerprint,
  };
}

const oldChecks = [
  check('ownership.on-call', 'pass'),
  check('principle.docs-as-code', 'fail'),
  check('principle.Event-Bus', 'pass'),
];
// Only the ids change: titles and messages stay as written.
const newChecks = oldChecks.map((c, i) => ({
  ...c,
  id: [
    'ownership.on-call',
    'principle:default/docs-as-code',
    'principle:default/event-bus',
  ][i],
}));

// More rows than one batch of the migration, over two runs, so that paging
// by (run_id, entity_ref) is exercised.
const NAMES = Array.from({ length: 230 }, (_, i) => `svc-${i}`);
const runOf = (i: number) => (i < 150 ? 1 : 2);

/** Waiver number `n` of svc-0, expiring on the first of the given month. */
function waiver(n: number, checkId: string, month: '07' | '08') {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    entity_ref: 'component:default/svc-0',
    check_id: checkId,
    reason: 'Accepted for now',
    expires_at: `2026-${month}-01T00:00:00.000Z`,
    created_by: 'user:default/ada',
    created_at: EVALUATED_AT,
  };
}

const statsBefore = {
  principles: {
    'principle.docs-as-code': { pass: 1, fail: 2, error: 0, waived: 0 },
  },
  ownerPrinciples: {
    'group:default/payments': {
      'principle.docs-as-code': { pass: 1, fail: 2 },
    },
  },
};

async function insertOldRows(knex: Knex) {
  await knex('lodestar_waivers').insert([
    waiver(1, 'principle.docs-as-code', '07'),
    waiver(2, 'ownership.on-call', '07'),
    // Waived under both ids: the longer-lasting waiver stays.
    waiver(3, 'principle.event-bus', '07'),
    waiver(4, 'principle:default/event-bus', '08'),
  ]);
  await knex.batchInsert(
    'lodestar_results',
    NAMES.map((name, i) => resultRow(runOf(i), name, oldChecks).row),
    50,
  );
  await knex('lodestar_runs').insert({
    status: 'succeeded',
    trigger: 'schedule',
    started_at: EVALUATED_AT,
    stats: JSON.stringify(statsBefore),
  });
}

async function waivers(knex: Knex) {
  return (
    await knex('lodestar_waivers')
      .orderBy('id')
      .select('id', 'check_id', 'expires_at')
  ).map(w => [w.id.slice(-1), w.check_id, w.expires_at.slice(0, 10)]);
}

async function results(knex: Knex) {
  const rows = await knex('lodestar_results').orderBy(['run_id', 'entity_ref']);
  return rows.map(row => ({
    statuses: JSON.parse(row.check_statuses),
    checks: JSON.parse(row.result).pillars[0].checks,
    fingerprint: row.fingerprint,
  }));
}

async function stats(knex: Knex) {
  const row = await knex('lodestar_runs').first('stats');
  return JSON.parse(row.stats);
}

describe.each(databases.eachSupportedId())(
  'the principle check id migration on %p',
  (databaseId: TestDatabaseId) => {
    it('rewrites principle check ids to full refs, and back down', async () => {
      const knex = await databases.init(databaseId);
      await migrateToPrevious(knex);
      await insertOldRows(knex);

      await knex.migrate.up(config);

      expect(await waivers(knex)).toEqual([
        ['1', 'principle:default/docs-as-code', '2026-07-01'],
        ['2', 'ownership.on-call', '2026-07-01'],
        ['4', 'principle:default/event-bus', '2026-08-01'],
      ]);
      const migrated = await results(knex);
      expect(migrated).toHaveLength(NAMES.length);
      // What the next run computes for the same result: history does not
      // grow because of the new ids alone.
      const { fingerprint } = resultRow(1, 'svc-0', newChecks);
      for (const row of migrated) {
        expect(row).toEqual({
          statuses: {
            'ownership.on-call': 'pass',
            'principle:default/docs-as-code': 'fail',
            'principle:default/event-bus': 'pass',
          },
          checks: newChecks,
          fingerprint,
        });
      }
      expect(await stats(knex)).toEqual({
        principles: {
          'principle:default/docs-as-code': {
            pass: 1,
            fail: 2,
            error: 0,
            waived: 0,
          },
        },
        ownerPrinciples: {
          'group:default/payments': {
            'principle:default/docs-as-code': { pass: 1, fail: 2 },
          },
        },
      });

      await knex.migrate.down(config);

      expect(await waivers(knex)).toEqual([
        ['1', 'principle.docs-as-code', '2026-07-01'],
        ['2', 'ownership.on-call', '2026-07-01'],
        ['4', 'principle.event-bus', '2026-08-01'],
      ]);
      // Names come back lowercase, as the refs stored them.
      const lowercase = oldChecks.map(c => ({
        ...c,
        id: c.id.toLowerCase(),
      }));
      const reverted = resultRow(1, 'svc-0', lowercase);
      for (const row of await results(knex)) {
        expect(row).toEqual({
          statuses: JSON.parse(reverted.row.check_statuses),
          checks: lowercase,
          fingerprint: reverted.fingerprint,
        });
      }
      expect(await stats(knex)).toEqual(statsBefore);
    });
  },
);
