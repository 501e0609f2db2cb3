/*
 * Entity pages and the principle preview at scale: 20 concurrent clients on
 * loopback against what the Strategy, Objective, Principle and Group pages
 * read, over a catalog of --size evaluated entities, and the preview of a
 * draft principle with the backend under load.
 *
 *   npm run bench:pages -w backend -- --size=50000 --engine=postgres --seconds=20
 *
 * The principle whose failing list is measured is the one failing most
 * often, and the objective the one with most supporters; their counts are
 * printed beside the figures. The peer is the catalog's own paged list.
 */
import { BenchBackend } from './lib/BenchBackend';
import { measureRun, waitUntilIdle } from './lib/evaluations';
import { percentile, startLoad } from './lib/loadClients';
import { flags, printTable } from './lib/report';
import { singleCatalog } from './lib/singleCatalog';

const CONNECTIONS = 20;
const LIST_TARGET_P95_MS = 300;
const PREVIEW_TARGET_MS = 3000;
const PREVIEWS = 5;

type Endpoint = {
  key: string;
  label: string;
  paths: string[];
  target?: number;
};

async function measure(
  backend: BenchBackend,
  endpoint: Endpoint,
  seconds: number,
) {
  const { done } = await startLoad(backend, endpoint.paths, {
    connections: CONNECTIONS,
    seconds,
  });
  return done;
}

/** The draft: a principle that fails every production component. */
const DRAFT = {
  apiVersion: 'lodestar.dev/v1alpha1',
  kind: 'Principle',
  metadata: { name: 'services-have-runbooks' },
  spec: {
    owner: 'architecture',
    severity: 'high',
    appliesTo: { kind: 'Component' },
    rule: "has(entity.metadata.annotations) && 'lodestar.dev/runbook' in entity.metadata.annotations",
  },
};

async function previews(backend: BenchBackend) {
  const durations: number[] = [];
  let applies = 0;
  for (let i = 0; i < PREVIEWS; i++) {
    const started = performance.now();
    const result = await backend.api<{ applies: number; durationMs: number }>(
      '/api/alignment/preview',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ principle: DRAFT }),
      },
    );
    durations.push(performance.now() - started);
    applies = result.applies;
  }
  return { durations: durations.sort((a, b) => a - b), applies };
}

async function main() {
  const options = flags();
  const seconds = Number(options.get('seconds') ?? 20);
  const { settings, size, engine, total } = await singleCatalog(options, 7303);
  const backend = new BenchBackend({
    ...settings,
    label: `pages-${engine}-${size}`,
  });
  try {
    await backend.start();
    await backend.waitForCatalog(total);
    const published = await backend
      .api<{ status: string }>('/api/alignment/evaluations/latest')
      .catch(() => undefined);
    if (published?.status !== 'succeeded') await measureRun(backend);
    await waitUntilIdle(backend);

    const { items: principles } = await backend.api<{
      items: Array<{ entityRef: string; fail: number; error: number }>;
    }>('/api/alignment/principles');
    const principle = principles.sort(
      (a, b) => b.fail + b.error - (a.fail + a.error),
    )[0];
    const { objectives } = await backend.api<{
      objectives: Array<{ entityRef: string; supportingCount: number }>;
    }>('/api/alignment/objectives');
    const objective = objectives.sort(
      (a, b) => b.supportingCount - a.supportingCount,
    )[0];
    const { items: strategies } = await backend.api<{
      items: Array<{ entityRef: string }>;
    }>('/api/alignment/strategy');
    const team = (
      await backend.api<{ items: Array<{ owner?: string }> }>(
        '/api/alignment/entities?limit=1&sort=owner',
      )
    ).items[0].owner!;
    const page = (ref: string) =>
      `/api/alignment/pages/${ref.replace(':', '/')}`;

    const endpoints: Endpoint[] = [
      {
        key: 'failing',
        label: `GET /entities?check=… (fails ${
          principle.fail + principle.error
        })`,
        paths: [
          `/api/alignment/entities?limit=50&sort=owner&check=${principle.entityRef}`,
        ],
        target: LIST_TARGET_P95_MS,
      },
      {
        key: 'supporters',
        label: `GET /entities?objective=… (${objective.supportingCount} supporters)`,
        paths: [
          `/api/alignment/entities?limit=50&objective=${objective.entityRef}`,
        ],
        target: LIST_TARGET_P95_MS,
      },
      {
        key: 'principle',
        label: 'GET /pages/principle/…',
        paths: [page(principle.entityRef)],
      },
      {
        key: 'objective',
        label: 'GET /pages/objective/…',
        paths: [page(objective.entityRef)],
      },
      {
        key: 'strategy',
        label: 'GET /pages/strategy/…',
        paths: [page(strategies[0].entityRef)],
      },
      {
        key: 'group',
        label: `GET /pages/group/… (${team})`,
        paths: [page(team)],
      },
      {
        key: 'catalog-list',
        label: 'peer: catalog GET /entities/by-query?limit=50',
        paths: ['/api/catalog/entities/by-query?limit=50'],
      },
    ];
    // Each page built once, alone, before any view has cached it.
    const cold: Array<Array<string | number>> = [];
    for (const endpoint of endpoints) {
      if (!endpoint.paths[0].includes('/pages/')) continue;
      const started = performance.now();
      await backend.api(endpoint.paths[0]);
      cold.push([endpoint.label, (performance.now() - started).toFixed(0)]);
    }
    const rows: Array<Array<string | number>> = [];
    const missed: string[] = [];
    for (const endpoint of endpoints) {
      const { times, errors, requests } = await measure(
        backend,
        endpoint,
        seconds,
      );
      const p95 = percentile(times, 95);
      rows.push([
        endpoint.label,
        requests,
        Math.round(requests / seconds),
        percentile(times, 50).toFixed(1),
        p95.toFixed(1),
        percentile(times, 99).toFixed(1),
        errors,
        endpoint.target ? `${endpoint.target} ms` : '–',
      ]);
      if (endpoint.target && (p95 > endpoint.target || errors > 0))
        missed.push(
          `${endpoint.label}: p95 ${p95.toFixed(1)} ms, ${errors} errors`,
        );
    }

    // The preview, first alone, then while 20 clients read scorecards'
    // peer (the catalog list): its time, and what it does to the others.
    await previews(backend); // reads the catalog snapshot, if no run handed one over
    await backend.resetProbes();
    const alone = await previews(backend);
    const aloneProbe = backend.probe();
    const peer = endpoints[endpoints.length - 1];
    const { done, stop } = await startLoad(backend, peer.paths, {
      connections: CONNECTIONS,
    });
    await backend.resetProbes();
    const loaded = await previews(backend);
    const loadedProbe = backend.probe();
    stop();
    const peerDuring = await done;
    for (const [label, run, probe] of [
      ['POST /preview, alone', alone, aloneProbe],
      [
        'POST /preview, 20 clients reading the catalog list meanwhile',
        loaded,
        loadedProbe,
      ],
    ] as const) {
      const slowest = run.durations[run.durations.length - 1];
      rows.push([
        `${label} (${run.applies} entities)`,
        PREVIEWS,
        '–',
        percentile(run.durations, 50).toFixed(0),
        '–',
        `max ${slowest.toFixed(0)}`,
        0,
        `${PREVIEW_TARGET_MS} ms; loop blocked max ${probe.maxDelayMs.toFixed(
          0,
        )} ms`,
      ]);
      if (slowest > PREVIEW_TARGET_MS)
        missed.push(`${label}: ${slowest.toFixed(0)} ms`);
    }
    rows.push([
      `${peer.label}, during those previews`,
      peerDuring.requests,
      '–',
      percentile(peerDuring.times, 50).toFixed(1),
      percentile(peerDuring.times, 95).toFixed(1),
      percentile(peerDuring.times, 99).toFixed(1),
      peerDuring.errors,
      '–',
    ]);

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
        'target',
      ],
      rows,
    );
    console.log('\nFirst view of each page, built alone (nothing cached):\n');
    printTable(['page', 'ms'], cold);
    console.log(
      missed.length
        ? `Targets missed:\n- ${missed.join('\n- ')}`
        : 'All targets met, with no errors.',
    );
  } finally {
    await waitUntilIdle(backend).catch(() => {});
    await backend.stop();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
