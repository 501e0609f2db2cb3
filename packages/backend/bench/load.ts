/*
 * API load benchmark: 20 concurrent clients on loopback against the three
 * reads users make most, over a catalog of --size evaluated entities.
 *
 *   npm run bench:load -w backend -- --size=50000 --engine=postgres --seconds=20
 *
 * --only=scorecard,catalog measures some of the endpoints (scorecard,
 * overview, entities, catalog, catalog-list, and with --campaigns=N the
 * campaign list and one campaign's progress, campaigns and campaign).
 *
 * --campaigns=10 adds that many active campaigns to the synthetic catalog;
 * a whole run then evaluates them before the load starts.
 *
 * --persona=owner measures as the demo's restricted persona instead: a
 * member of --group (default group:default/team-110, which owns about 250
 * entities at 50k) whose catalog read is a conditional decision
 * (isEntityOwner), so every Lodestar read takes its filtered path. The peer
 * is then also the catalog's own list under the same decision.
 *
 * Reuses the catalog a previous benchmark ingested (or ingests it), runs
 * one evaluation if none is published, then measures each endpoint in turn.
 * Percentiles are computed from every response time, not estimated.
 */
import { BenchBackend } from './lib/BenchBackend';
import { measureRun, waitUntilIdle } from './lib/evaluations';
import { percentile, startLoad } from './lib/loadClients';
import { flags, printTable } from './lib/report';
import { singleCatalog } from './lib/singleCatalog';

const CONNECTIONS = 20;
const TARGETS_P95_MS: Record<string, number> = {
  scorecard: 50,
  overview: 300,
  entities: 200,
  campaigns: 300,
  campaign: 300,
};
// For a caller under a conditional decision (the trust issue's targets).
const OWNER_TARGETS_P95_MS: Record<string, number> = {
  overview: 1000,
  entities: 300,
  campaigns: 1000,
  campaign: 1000,
};

/** Loads one endpoint (or a rotation of paths) for `seconds`. */
async function load(backend: BenchBackend, paths: string[], seconds: number) {
  const { done } = await startLoad(backend, paths, {
    connections: CONNECTIONS,
    seconds,
  });
  return done;
}

async function main() {
  const options = flags();
  const seconds = Number(options.get('seconds') ?? 20);
  const only = options.get('only')?.split(',');
  const owner = options.get('persona') === 'owner';
  const group = options.get('group') ?? 'group:default/team-110';
  const targets = owner ? OWNER_TARGETS_P95_MS : TARGETS_P95_MS;
  const { settings, size, engine, total } = await singleCatalog(options, 7302);
  let backend = new BenchBackend({
    ...settings,
    label: `load-${engine}-${size}`,
  });
  try {
    await backend.start();
    await backend.waitForCatalog(total);
    const published = await backend
      .api<{ status: string }>('/api/alignment/evaluations/latest')
      .catch(() => undefined);
    // Only a steward may start a run: the restricted persona measures
    // results published before it signs in.
    // Results from before the campaigns joined the catalog hold no
    // standings: a run with them comes first.
    const campaigns = settings.campaigns ?? 0;
    if (published?.status !== 'succeeded' || campaigns > 0) {
      const { wallMs } = await measureRun(backend);
      console.log(`Whole run before the load: ${(wallMs / 1000).toFixed(1)} s`);
    }
    if (owner) {
      await waitUntilIdle(backend);
      await backend.stop();
      backend = new BenchBackend({
        ...settings,
        label: `load-${engine}-${size}-owner`,
        restrictedTo: group,
      });
      await backend.start();
    }

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
      ...(owner
        ? ([
            [
              'catalog-list',
              'peer: catalog GET /entities/by-query?limit=50',
              ['/api/catalog/entities/by-query?limit=50'],
            ],
          ] as Array<[string, string, string[]]>)
        : []),
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
      ...(campaigns > 0
        ? ([
            ['campaigns', 'GET /campaigns', ['/api/alignment/campaigns']],
            [
              'campaign',
              `GET /campaigns/:namespace/:name (${campaigns} in turn)`,
              Array.from(
                { length: campaigns },
                (_, i) => `/api/alignment/campaigns/default/campaign-${i}`,
              ),
            ],
          ] as Array<[string, string, string[]]>)
        : []),
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
        key in targets ? `${targets[key]} ms` : '–',
      ]);
      if (key in targets && (p95 > targets[key] || errors > 0))
        missed.push(`${label}: p95 ${p95.toFixed(1)} ms, ${errors} errors`);
    }
    console.log(
      `${engine}, ${size} evaluated entities (${total} in the catalog), ${CONNECTIONS} clients, ${seconds} s per endpoint${
        owner
          ? `; as a member of ${group} under a conditional catalog.entity.read, seeing ${refs.length} evaluated entities`
          : ''
      }\n`,
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
    // A backend stopped mid-task would leave the task locked for the next.
    await waitUntilIdle(backend).catch(() => {});
    await backend.stop();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
