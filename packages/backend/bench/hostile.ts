/*
 * Hostile-rule benchmark: a whole-catalog evaluation with and without one
 * hostile principle among the synthetic company's 30, while 20 clients
 * read the catalog and scorecards.
 *
 *   npm run bench:hostile -w backend -- --size=50000 --engine=postgres
 *
 * The hostile principle combines the two rules that used to hang the
 * backend: a catastrophically backtracking `matches` and eight nested
 * ten-element comprehensions (10^8 iterations). It comes from its own
 * catalog file, allowed to define Principles. For each variant the
 * benchmark runs one evaluation with nothing else to do, then another
 * while 20 clients load the catalog's own read of one entity and Lodestar's
 * scorecard (10 each), and reports the runs' times and the p95 of each
 * endpoint during the loaded run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { BenchBackend } from './lib/BenchBackend';
import { measureRun, waitUntilIdle } from './lib/evaluations';
import { percentile, startLoad } from './lib/loadClients';
import { flags, printTable, seconds } from './lib/report';
import { singleCatalog } from './lib/singleCatalog';
import { WORK_DIR } from './workDir';

const TARGET_P95_MS = 200;
const HOSTILE = 'hostile-rule';
const NESTED = Array.from({ length: 8 }, (_, i) => String.fromCharCode(97 + i))
  .map(v => `[0,1,2,3,4,5,6,7,8,9].all(${v}, `)
  .join('');
const HOSTILE_RULE = `"${'a'.repeat(
  40,
)}!".matches("^(a|aa)+$") || ${NESTED}true${')'.repeat(8)}`;

function writeHostilePrinciple(): string {
  const file = join(WORK_DIR, 'hostile-principle.yaml');
  writeFileSync(
    file,
    stringify({
      apiVersion: 'lodestar.dev/v1alpha1',
      kind: 'Principle',
      metadata: {
        name: HOSTILE,
        title: 'A rule written to exhaust the evaluator',
      },
      spec: {
        owner: 'group:default/architecture',
        severity: 'low',
        appliesTo: { kind: 'Component' },
        rule: HOSTILE_RULE,
        rationale: 'Benchmarks that one author cannot stall the backend.',
      },
    }),
  );
  return file;
}

async function measureVariant(
  backend: BenchBackend,
  label: string,
  paths: { scorecards: string[]; catalog: string[] },
) {
  // First with nothing else to do, then under load.
  await waitUntilIdle(backend);
  const idle = await measureRun(backend);
  await waitUntilIdle(backend);
  const scorecards = await startLoad(backend, paths.scorecards, {
    connections: 10,
  });
  const catalog = await startLoad(backend, paths.catalog, { connections: 10 });
  const measured = await measureRun(backend);
  scorecards.stop();
  catalog.stop();
  const [cards, reads] = await Promise.all([scorecards.done, catalog.done]);
  return { label, idle, measured, cards, reads };
}

async function main() {
  const options = flags();
  const { settings, size, engine, total } = await singleCatalog(options, 7303);
  const results = [];
  let hostileCheck = 'The hostile check was not read.';
  let backend = new BenchBackend({ ...settings, label: `hostile-${size}-0` });
  try {
    await backend.start();
    await backend.waitForCatalog(total);
    // Scorecards of 200 entities from across the list, and the catalog's
    // read of the same entities (published by an earlier run, or this one).
    await measureRun(backend);
    const page = await backend.api<{ items: Array<{ entityRef: string }> }>(
      '/api/alignment/entities?limit=500&sort=entityRef',
    );
    const refPaths = page.items
      .filter((_, i) => i % 2 === 0)
      .slice(0, 200)
      .map(i => i.entityRef.replace(':', '/'));
    const paths = {
      scorecards: refPaths.map(p => `/api/alignment/scorecards/${p}`),
      catalog: refPaths.map(p => `/api/catalog/entities/by-name/${p}`),
    };
    results.push(await measureVariant(backend, '30 principles', paths));

    await waitUntilIdle(backend);
    await backend.stop();
    backend = new BenchBackend({
      ...settings,
      label: `hostile-${size}-1`,
      extraLocations: [
        { target: writeHostilePrinciple(), allow: ['Principle'] },
      ],
    });
    await backend.start();
    // The file's Location entity and the principle; a principle the catalog
    // rejected would leave the benchmark measuring nothing new.
    await backend.waitForCatalog(total + 2, 300_000);
    await backend.api(
      `/api/catalog/entities/by-name/principle/default/${HOSTILE}`,
    );
    results.push(
      await measureVariant(backend, '30 principles + 1 hostile', paths),
    );
    // The hostile principle applies to components.
    const component = await backend.api<{
      items: Array<{ entityRef: string }>;
    }>('/api/alignment/entities?kind=Component&limit=1');
    const ref = component.items[0]?.entityRef;
    const card = ref
      ? await backend.api<any>(
          `/api/alignment/scorecards/${ref.replace(':', '/')}`,
        )
      : undefined;
    const check = card?.pillars
      .flatMap((p: any) => p.checks)
      .find((c: any) => c.id === `principle:default/${HOSTILE}`);
    hostileCheck = `The hostile check on ${ref}: ${check?.status}: ${check?.message}`;
  } finally {
    // A backend stopped mid-task would leave the task locked for the next.
    await waitUntilIdle(backend).catch(() => {});
    await backend.stop();
  }

  printTable(
    [
      'principles',
      'run s, idle',
      'evaluate s, idle',
      'run s, loaded',
      'evaluate s, loaded',
      'max loop block ms',
      'catalog p95 ms',
      'scorecard p95 ms',
      'requests',
      'errors',
    ],
    results.map(({ label, idle, measured, cards, reads }) => [
      label,
      seconds(idle.run.durationMs ?? 0),
      seconds(idle.run.phases?.evaluateMs ?? 0),
      seconds(measured.run.durationMs ?? 0),
      seconds(measured.run.phases?.evaluateMs ?? 0),
      Math.round(measured.maxEventLoopDelayMs),
      percentile(reads.times, 95).toFixed(1),
      percentile(cards.times, 95).toFixed(1),
      reads.requests + cards.requests,
      reads.errors + cards.errors,
    ]),
  );
  const missed = results.flatMap(({ label, cards, reads }) =>
    [
      ['catalog', reads],
      ['scorecard', cards],
    ]
      .filter(([, r]: any) => percentile(r.times, 95) > TARGET_P95_MS)
      .map(([name]) => `${label}: ${name} p95 over ${TARGET_P95_MS} ms`),
  );
  console.log(hostileCheck);
  console.log(
    `${engine}, ${size} evaluated entities, 20 clients during each run\n${
      missed.length
        ? `Targets missed:\n- ${missed.join('\n- ')}`
        : `Target met: catalog and scorecard p95 under ${TARGET_P95_MS} ms during both runs.`
    }`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
