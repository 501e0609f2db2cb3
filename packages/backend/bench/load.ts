/*
 * API load benchmark: 20 concurrent clients on loopback against the three
 * reads users make most, over a catalog of --size evaluated entities.
 *
 *   npm run bench:load -w backend -- --size=50000 --engine=postgres --seconds=20
 *
 * --only=scorecard,catalog measures some of the endpoints (scorecard,
 * overview, entities, catalog).
 *
 * Reuses the catalog a previous benchmark ingested (or ingests it), runs
 * one evaluation if none is published, then measures each endpoint in turn.
 * Percentiles are computed from every response time, not estimated.
 */
import { generateCatalog } from '@lodestar/synthetic-catalog';
import autocannon from 'autocannon';
import { BenchBackend } from './lib/BenchBackend';
import { Engine, postgresAvailable } from './lib/databases';
import { measureRun } from './lib/evaluations';
import { describeMachine, flags, printTable } from './lib/report';
import { WORK_DIR } from './workDir';

const CONNECTIONS = 20;
const TARGETS_P95_MS: Record<string, number> = {
  scorecard: 50,
  overview: 300,
  entities: 200,
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/** Loads one endpoint (or a rotation of paths) for `seconds`. */
async function load(
  backend: BenchBackend,
  paths: string[],
  seconds: number,
): Promise<{ times: number[]; errors: number; requests: number }> {
  const token = await backend.userToken();
  const times: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: backend.baseUrl,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 10,
        headers: { authorization: `Bearer ${token}` },
        requests: [
          {
            setupRequest: request => ({
              ...request,
              path: paths[next++ % paths.length],
            }),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
  return {
    times: times.sort((a, b) => a - b),
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

async function main() {
  const options = flags();
  const size = Number(options.get('size') ?? 50000);
  const engine = (options.get('engine') ?? 'postgres') as Engine;
  const seconds = Number(options.get('seconds') ?? 20);
  const only = options.get('only')?.split(',');
  if (engine === 'postgres' && !(await postgresAvailable()))
    throw new Error(
      'PostgreSQL does not answer on 127.0.0.1:5432; pass --engine=sqlite',
    );
  console.log(`Machine: ${describeMachine()}\n`);
  const total = generateCatalog(size).entities.length;
  const backend = new BenchBackend({
    engine,
    entities: size,
    port: 7302,
    workDir: WORK_DIR,
    dataName: `lsbench_${size}`,
    label: `load-${engine}-${size}`,
  });
  try {
    await backend.start();
    await backend.waitForCatalog(total);
    const published = await backend
      .api<{ status: string }>('/api/alignment/evaluations/latest')
      .catch(() => undefined);
    if (published?.status !== 'succeeded') await measureRun(backend);

    // 200 entities from across the list, so scorecards are not one cached row.
    const refs: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await backend.api<{
        items: Array<{ entityRef: string }>;
        nextCursor?: string;
      }>(
        `/api/alignment/entities?limit=200&sort=entityRef${
          cursor ? `&cursor=${cursor}` : ''
        }`,
      );
      refs.push(...page.items.map(i => i.entityRef));
      cursor = refs.length < 2000 ? page.nextCursor : undefined;
    } while (cursor);
    const sample = refs.filter((_, i) => i % 10 === 0).slice(0, 200);
    // A normalized ref kind:namespace/name is the path kind/namespace/name.
    const refPaths = sample.map(ref => ref.replace(':', '/'));
    const scorecards = refPaths.map(
      path => `/api/alignment/scorecards/${path}`,
    );

    // The peer: the catalog's own read of one entity, with the permission
    // check that a scorecard also has the catalog make for its caller.
    const catalogReads = refPaths.map(
      path => `/api/catalog/entities/by-name/${path}`,
    );

    const endpoints: Array<[string, string, string[]]> = [
      [
        'scorecard',
        'GET /scorecards/:kind/:namespace/:name (200 entities in turn)',
        scorecards,
      ],
      ['overview', 'GET /overview', ['/api/alignment/overview']],
      [
        'entities',
        'GET /entities?limit=50',
        ['/api/alignment/entities?limit=50'],
      ],
      [
        'catalog',
        'peer: catalog GET /entities/by-name/:kind/:namespace/:name',
        catalogReads,
      ],
    ];
    const rows: Array<Array<string | number>> = [];
    const missed: string[] = [];
    for (const [key, label, paths] of endpoints) {
      if (only && !only.includes(key)) continue;
      const { times, errors, requests } = await load(backend, paths, seconds);
      const p95 = percentile(times, 95);
      rows.push([
        label,
        requests,
        Math.round(requests / seconds),
        percentile(times, 50).toFixed(1),
        p95.toFixed(1),
        percentile(times, 99).toFixed(1),
        errors,
        key in TARGETS_P95_MS ? `${TARGETS_P95_MS[key]} ms` : '–',
      ]);
      if (key in TARGETS_P95_MS && (p95 > TARGETS_P95_MS[key] || errors > 0))
        missed.push(`${label}: p95 ${p95.toFixed(1)} ms, ${errors} errors`);
    }
    console.log(
      `${engine}, ${size} evaluated entities (${total} in the catalog), ${CONNECTIONS} clients, ${seconds} s per endpoint\n`,
    );
    printTable(
      [
        'endpoint',
        'requests',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'errors',
        'target p95',
      ],
      rows,
    );
    console.log(
      missed.length
        ? `Targets missed:\n- ${missed.join('\n- ')}`
        : 'All targets met, with no errors.',
    );
  } finally {
    await backend.stop();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
