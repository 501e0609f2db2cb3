/*
 * Database growth benchmark: how Lodestar's database grows over 30 runs
 * when 1% of the catalog changes between runs.
 *
 *   npm run bench:growth -w backend -- --size=10000 --engines=sqlite,postgres --runs=30
 *
 * Growth should follow the changes (one history row per changed entity),
 * not the catalog: results are replaced, not accumulated, and only the
 * served run keeps its statistics.
 */
import {
  generateCatalog,
  SyntheticEntityProvider,
} from '@lodestar/synthetic-catalog';
import { writeFileSync } from 'node:fs';
import { BenchBackend } from './lib/BenchBackend';
import {
  DatabaseSize,
  Engine,
  measureDatabase,
  postgresAvailable,
  resetLodestarDatabase,
} from './lib/databases';
import { measureRun } from './lib/evaluations';
import { waitForGeneration } from './lib/generations';
import { describeMachine, flags, mb, printTable, seconds } from './lib/report';
import { WORK_DIR } from './workDir';

const row = (
  engine: string,
  label: string,
  size: DatabaseSize,
  runs: number,
) => [
  engine,
  label,
  runs,
  mb(size.totalBytes),
  size.tables.lodestar_results.rows,
  mb(size.tables.lodestar_results.bytes),
  size.tables.lodestar_history.rows,
  mb(size.tables.lodestar_history.bytes),
  size.tables.lodestar_runs.rows,
  mb(size.tables.lodestar_runs.bytes),
  size.tables.lodestar_daily.rows,
];

async function main() {
  const options = flags();
  const size = Number(options.get('size') ?? 10000);
  const runs = Number(options.get('runs') ?? 30);
  const engines = (options.get('engines') ?? 'sqlite,postgres').split(
    ',',
  ) as Engine[];
  if (engines.includes('postgres') && !(await postgresAvailable()))
    throw new Error(
      'PostgreSQL does not answer on 127.0.0.1:5432; pass --engines=sqlite',
    );
  console.log(`Machine: ${describeMachine()}\n`);
  const changes = SyntheticEntityProvider.changesPerGeneration(size);
  const total = generateCatalog(size).entities.length;
  const rows: Array<Array<string | number>> = [];
  const perRun: Array<Array<string | number>> = [];

  for (const engine of engines) {
    const dataName = `lsbench_${size}`;
    await resetLodestarDatabase(engine, dataName, WORK_DIR);
    const backend = new BenchBackend({
      engine,
      entities: size,
      port: 7301,
      workDir: WORK_DIR,
      dataName,
      label: `growth-${engine}-${size}`,
    });
    // Each benchmark starts from the generated catalog, generation 0.
    writeFileSync(backend.changeFile, '0');
    try {
      await backend.start();
      await backend.waitForCatalog(total);
      let history = 0;
      for (let run = 1; run <= runs; run++) {
        if (run > 1) {
          writeFileSync(backend.changeFile, String(run - 1));
          await waitForGeneration(backend, run - 1, changes);
        }
        const measured = await measureRun(backend);
        history += measured.run.historyRows;
        perRun.push([
          engine,
          run,
          run === 1 ? 0 : changes,
          measured.run.historyRows,
          seconds(measured.run.durationMs ?? 0),
        ]);
        if (run === 1 || run === runs) {
          const measuredSize = await measureDatabase(
            engine,
            dataName,
            WORK_DIR,
          );
          rows.push(row(engine, `after run ${run}`, measuredSize, run));
          console.log(
            `${engine}: after run ${run}, ${mb(
              measuredSize.totalBytes,
            )} MB, ${history} history rows`,
          );
        }
      }
    } finally {
      await backend.stop();
      // Leave the catalog as generated for the next benchmark.
      writeFileSync(backend.changeFile, '0');
    }
  }
  console.log(
    `\n${size} evaluated entities (${total} in the catalog), ${changes} changed before each run after the first.\n`,
  );
  printTable(
    [
      'database',
      'when',
      'runs',
      'Lodestar DB MB',
      'result rows',
      'results MB',
      'history rows',
      'history MB',
      'run rows',
      'runs MB',
      'daily rows',
    ],
    rows,
  );
  printTable(
    ['database', 'run', 'entities changed', 'history rows written', 'run s'],
    perRun,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
