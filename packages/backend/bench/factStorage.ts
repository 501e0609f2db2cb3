/*
 * Fact storage benchmark: how much room --days days of daily DORA facts
 * for every evaluated entity take, as pushed and in the steady state the
 * default retention (30 days of observations) keeps.
 *
 *   npm run bench:fact-storage -w backend -- --entities=10000 --days=90 --engines=sqlite,postgres
 *
 * For each engine: a backend over a synthetic catalog of --entities, with
 * an empty Lodestar database, publishes a run; then 2 clients push the four
 * DORA keys of every evaluated entity for each of the last --days days,
 * oldest day first, in batches of 2,000 facts. Once the pushed entities are
 * re-evaluated the backend stops and the tables are measured, then again
 * after the retention is simulated (see simulateObservationRetention).
 */
import { generateCatalog } from '@lodestar/synthetic-catalog';
import { BenchBackend } from './lib/BenchBackend';
import {
  DatabaseSize,
  Engine,
  FACT_TABLES,
  measureDatabase,
  postgresAvailable,
  resetLodestarDatabase,
} from './lib/databases';
import { measureRun, waitUntilIdle } from './lib/evaluations';
import { evaluatedRefsOf, FACTS_PER_ENTITY, factItems } from './lib/factItems';
import { pushConcurrently, PushResult } from './lib/factPushes';
import { simulateObservationRetention } from './lib/factRetention';
import { percentile } from './lib/loadClients';
import { ReevaluationLog } from './lib/reevaluations';
import { describeMachine, flags, mb, printTable, seconds } from './lib/report';
import { WORK_DIR } from './workDir';

const DAY_MS = 24 * 60 * 60 * 1000;
const CLIENTS = 2;
const ENTITIES_PER_BATCH = 500;
const RETENTION_DAYS = 30;

/** Batches of every entity's facts for each of the last `days` days, oldest first. */
function* dailyBatches(refs: string[], days: number) {
  const now = Date.now();
  for (let day = days - 1; day >= 0; day--) {
    const observedAt = new Date(now - day * DAY_MS).toISOString();
    for (let i = 0; i < refs.length; i += ENTITIES_PER_BATCH)
      yield factItems(refs.slice(i, i + ENTITIES_PER_BATCH), observedAt, day);
  }
}

const sizeRow = (engine: string, when: string, size: DatabaseSize) => [
  engine,
  when,
  ...FACT_TABLES.flatMap(table => [
    size.tables[table].rows,
    mb(size.tables[table].bytes),
  ]),
  mb(size.totalBytes),
];

async function main() {
  const options = flags();
  const entities = Number(options.get('entities') ?? 10000);
  const days = Number(options.get('days') ?? 90);
  const engines = (options.get('engines') ?? 'sqlite,postgres').split(
    ',',
  ) as Engine[];
  if (engines.includes('postgres') && !(await postgresAvailable()))
    throw new Error(
      'PostgreSQL does not answer on 127.0.0.1:5432; pass --engines=sqlite',
    );
  console.log(`Machine: ${describeMachine()}\n`);
  const catalog = generateCatalog(entities).entities;
  const refs = evaluatedRefsOf(catalog);
  const sizes: Array<Array<string | number>> = [];
  const pushes: Array<Array<string | number>> = [];
  const notes: string[] = [];

  for (const engine of engines) {
    const dataName = `lsbench_${entities}`;
    await resetLodestarDatabase(engine, dataName, WORK_DIR);
    const backend = new BenchBackend({
      engine,
      entities,
      port: 7305,
      workDir: WORK_DIR,
      dataName,
      label: `fact-storage-${engine}-${entities}`,
    });
    try {
      await backend.start();
      await backend.waitForCatalog(catalog.length);
      await waitUntilIdle(backend);
      const published = await backend
        .api<{ status: string }>('/api/alignment/evaluations/latest')
        .catch(() => undefined);
      if (published?.status !== 'succeeded') await measureRun(backend);
      await waitUntilIdle(backend);

      const reevaluations = await ReevaluationLog.start(backend.options);
      const batches = dailyBatches(refs, days);
      const pushed: PushResult = await pushConcurrently(
        backend,
        () => batches.next().value || undefined,
        CLIENTS,
      ).done;
      const caughtUp = await reevaluations.caughtUp();
      await waitUntilIdle(backend);
      await backend.stop();
      pushes.push([
        engine,
        refs.length,
        days,
        pushed.facts,
        pushed.batches,
        seconds(pushed.elapsedMs),
        Math.round(pushed.facts / (pushed.elapsedMs / 1000)),
        percentile(pushed.times, 50).toFixed(1),
        percentile(pushed.times, 95).toFixed(1),
        seconds(caughtUp.waitedMs),
      ]);

      sizes.push(
        sizeRow(
          engine,
          'as pushed',
          await measureDatabase(engine, dataName, WORK_DIR),
        ),
      );
      const deleted = await simulateObservationRetention(
        engine,
        dataName,
        WORK_DIR,
        RETENTION_DAYS,
      );
      sizes.push(
        sizeRow(
          engine,
          `steady state (${RETENTION_DAYS} days of observations)`,
          await measureDatabase(engine, dataName, WORK_DIR),
        ),
      );
      notes.push(
        `${engine}: ${deleted} observations older than ${RETENTION_DAYS} days deleted, then ${
          engine === 'sqlite'
            ? 'VACUUM (the whole file)'
            : `VACUUM FULL of ${FACT_TABLES.join(', ')}`
        }.`,
      );
    } finally {
      await backend.stop();
      // Other benchmarks of this size evaluate the catalog without pushed facts.
      await resetLodestarDatabase(engine, dataName, WORK_DIR);
    }
  }

  console.log(
    `\n${entities} evaluated entities (${
      catalog.length
    } in the catalog), ${days} days of the ${FACTS_PER_ENTITY} DORA keys each, ${
      ENTITIES_PER_BATCH * FACTS_PER_ENTITY
    } facts per batch, ${CLIENTS} clients.\n`,
  );
  printTable(
    [
      'database',
      'entities',
      'days',
      'facts',
      'batches',
      'push s',
      'facts/s',
      'p50 batch ms',
      'p95 batch ms',
      'scorecards caught up after s',
    ],
    pushes,
  );
  console.log(
    `The steady state simulates the default retention of observations (lodestar.retention.factObservationDays, ${RETENTION_DAYS}) as if each day had been pushed on its day: the backend prunes observations by when they were received, and these were all received today, so those observed more than ${RETENTION_DAYS} days ago are deleted instead. The latest values and the daily values are kept either way.\n`,
  );
  printTable(
    [
      'database',
      'when',
      ...FACT_TABLES.flatMap(table => [`${table} rows`, `${table} MB`]),
      'Lodestar DB MB',
    ],
    sizes,
  );
  for (const note of notes) console.log(note);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
