/*
 * End-to-end evaluation benchmark: the real backend, with a real catalog
 * filled by the synthetic entity provider, on SQLite and PostgreSQL.
 *
 *   npm run bench:evaluation -w backend -- --sizes=10000,50000 --engines=sqlite,postgres
 *
 * For each engine and size it starts packages/backend, waits for the
 * catalog to ingest the synthetic company, then asks for two whole-catalog
 * evaluations through the API: the first over a fresh Lodestar database,
 * the second over the unchanged catalog (which must write no history), then
 * a third after 1% of the evaluated entities changed in the catalog. The
 * backend re-evaluates changed entities within seconds of the catalog
 * serving them, so that run mostly finds them done; it is what a whole
 * run costs on a catalog that moves.
 * The catalog is kept between invocations (--fresh drops it too); Lodestar's
 * own tables always start empty. --reuse=false turns off the reuse of
 * evaluations whose inputs did not change (`lodestar.reuseUnchanged`), to
 * compare runs that evaluate every entity.
 */
import {
  generateCatalog,
  SyntheticEntityProvider,
} from '@lodestar/synthetic-catalog';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchBackend } from './lib/BenchBackend';
import {
  clearLodestarTables,
  Engine,
  measureDatabase,
  postgresAvailable,
  resetDatabases,
  resetLodestarDatabase,
} from './lib/databases';
import { measureRun, waitUntilIdle } from './lib/evaluations';
import { waitForGeneration, waitForReset } from './lib/generations';
import { waitForPrincipleGeneration } from './lib/principleFreshness';
import { describeMachine, flags, mb, printTable, seconds } from './lib/report';
import { WORK_DIR } from './workDir';

const TARGET_50K_MS = 60_000;
/** Targets of whole runs at 50k on PostgreSQL, by run. */
const WHOLE_RUN_TARGETS_50K_MS: Record<string, number | undefined> = {
  unchanged: 8_000,
  'after 1% changed': 12_000,
};
const TARGET_RSS_GROWTH = 500 * 2 ** 20;
const TARGET_LOOP_MS = 100;

async function main() {
  const options = flags();
  const sizes = (options.get('sizes') ?? '10000,50000').split(',').map(Number);
  const engines = (options.get('engines') ?? 'sqlite,postgres').split(
    ',',
  ) as Engine[];
  if (engines.includes('postgres') && !(await postgresAvailable())) {
    throw new Error(
      'PostgreSQL does not answer on 127.0.0.1:5432; pass --engines=sqlite',
    );
  }
  const reuseUnchanged = options.get('reuse') !== 'false';
  console.log(
    `Machine: ${describeMachine()}; reuse of unchanged evaluations ${
      reuseUnchanged ? 'on' : 'off'
    }\n`,
  );

  const rows: Array<Array<string | number>> = [];
  const verdicts: string[] = [];
  for (const engine of engines) {
    for (const size of sizes) {
      const dataName = `lsbench_${size}`;
      if (options.has('fresh'))
        await resetDatabases(engine, dataName, WORK_DIR);
      await resetLodestarDatabase(engine, dataName, WORK_DIR);
      const total = generateCatalog(size).entities.length;
      const backend = new BenchBackend({
        engine,
        entities: size,
        port: 7300,
        workDir: WORK_DIR,
        dataName,
        label: `evaluation-${engine}-${size}`,
        lodestar: { reuseUnchanged },
      });
      // Each benchmark starts from the generated catalog, generation 0,
      // principles included (the freshness benchmark edits one).
      const lastGeneration = existsSync(backend.changeFile)
        ? Number(readFileSync(backend.changeFile, 'utf8')) || 0
        : 0;
      writeFileSync(backend.changeFile, '0');
      writeFileSync(backend.principleChangeFile, '0');
      try {
        await backend.start();
        const ingestMs = await backend.waitForCatalog(total);
        console.log(
          `${engine} ${size}: catalog of ${total} entities ready after ${seconds(
            ingestMs,
          )} s`,
        );
        await waitForPrincipleGeneration(backend, 0);
        await waitForReset(backend, lastGeneration);
        await waitUntilIdle(backend);
        await clearLodestarTables(engine, dataName, WORK_DIR);
        for (const label of ['first', 'unchanged', 'after 1% changed']) {
          if (label === 'after 1% changed') {
            writeFileSync(backend.changeFile, '1');
            await waitForGeneration(
              backend,
              1,
              SyntheticEntityProvider.changesPerGeneration(size),
            );
          }
          const measured = await measureRun(backend);
          const { run } = measured;
          const size_ = await measureDatabase(engine, dataName, WORK_DIR);
          rows.push([
            engine,
            `${run.evaluated} / ${total}`,
            label,
            seconds(run.durationMs ?? 0),
            seconds(run.phases?.catalogReadMs ?? 0),
            seconds(run.phases?.evaluateMs ?? 0),
            seconds(run.phases?.storeMs ?? 0),
            mb(measured.peakRss),
            mb(measured.peakRssGrowth),
            Math.round(measured.maxEventLoopDelayMs),
            measured.cpu.process.toFixed(1),
            measured.cpu.mainThread.toFixed(1),
            `${Math.round(
              (100 * measured.cpu.machineBusy) / measured.cpu.machineTotal,
            )}%`,
            run.evaluated,
            run.reused ?? 0,
            run.historyRows,
            mb(size_.totalBytes),
          ]);
          console.log(JSON.stringify({ engine, size, label, ...measured }));
          if (size >= 50_000 && (run.durationMs ?? 0) > TARGET_50K_MS)
            verdicts.push(
              `${engine} ${size} ${label}: ${seconds(
                run.durationMs!,
              )} s > 60 s`,
            );
          if (measured.peakRssGrowth > TARGET_RSS_GROWTH)
            verdicts.push(
              `${engine} ${size} ${label}: RSS grew ${mb(
                measured.peakRssGrowth,
              )} MB > 500 MB`,
            );
          if (measured.maxEventLoopDelayMs > TARGET_LOOP_MS)
            verdicts.push(
              `${engine} ${size} ${label}: event loop blocked ${Math.round(
                measured.maxEventLoopDelayMs,
              )} ms > 100 ms`,
            );
          const wholeRunTarget = WHOLE_RUN_TARGETS_50K_MS[label];
          if (
            engine === 'postgres' &&
            size === 50_000 &&
            wholeRunTarget !== undefined &&
            (run.durationMs ?? 0) > wholeRunTarget
          )
            verdicts.push(
              `${engine} ${size} ${label}: ${seconds(
                run.durationMs!,
              )} s > ${seconds(wholeRunTarget)} s`,
            );
          if (label === 'unchanged' && run.historyRows !== 0)
            verdicts.push(
              `${engine} ${size}: the unchanged run wrote ${run.historyRows} history rows`,
            );
        }
      } finally {
        await backend.stop();
      }
    }
  }
  console.log();
  printTable(
    [
      'database',
      'evaluated / catalog',
      'run',
      'run s',
      'catalog read s',
      'evaluate s',
      'store s',
      'peak RSS MB',
      'RSS growth MB',
      'max loop block ms',
      'backend CPU s',
      'main thread CPU s',
      'machine busy',
      'result rows',
      'reused',
      'history rows',
      'Lodestar DB MB',
    ],
    rows,
  );
  console.log(
    verdicts.length
      ? `Targets missed:\n- ${verdicts.join('\n- ')}`
      : 'All targets met: 50k under 60 s (on PostgreSQL under 8 s unchanged and 12 s after 1% changed), RSS growth under 500 MB, no event-loop block over 100 ms, no history rows on an unchanged catalog.',
  );
  console.log(`Logs: ${join(WORK_DIR, '*.log')}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
