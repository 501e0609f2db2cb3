/*
 * Facts benchmark: what pushing DORA facts costs and how soon scorecards
 * show them, over a catalog of --size evaluated entities.
 *
 *   npm run bench:facts -w backend -- --size=50000 --engine=postgres --seconds=20
 *
 * After a published run, on a backend started over an empty Lodestar
 * database (the catalog is shared with the other benchmarks of the size):
 *   a. 100 sequential pushes of 500 facts (125 entities), then 100 of
 *      2,000 (500 entities): time per batch;
 *   b. 4 clients pushing 2,000-fact batches for --seconds: facts accepted
 *      per second;
 *   c. --probes (default 50) single-entity pushes, one after another: time
 *      until the entity's scorecard has been re-evaluated, with the backend
 *      idle and while 2 clients push as in b; one not re-evaluated within
 *      30 s counts as missed, so a backlog makes this step last up to
 *      probes × 30 s;
 *   d. the peer: the catalog's POST /entities/by-refs with 500 refs.
 * Nothing pushed is a duplicate (each batch has its own observation time),
 * and every measurement starts once earlier pushes are re-evaluated.
 */
import { generateCatalog } from '@lodestar/synthetic-catalog';
import { BenchBackend } from './lib/BenchBackend';
import { resetLodestarDatabase } from './lib/databases';
import { measureRun, waitUntilIdle } from './lib/evaluations';
import {
  evaluatedRefsOf,
  FACTS_PER_ENTITY,
  factItems,
  ObservationClock,
  RefRotation,
} from './lib/factItems';
import { pushConcurrently, pushFacts } from './lib/factPushes';
import { percentile } from './lib/loadClients';
import { ReevaluationLog } from './lib/reevaluations';
import { flags, printTable, seconds as inSeconds } from './lib/report';
import {
  pushToScorecard,
  SCORECARD_GIVE_UP_MS,
  ScorecardLatency,
} from './lib/scorecardLatency';
import { singleCatalog } from './lib/singleCatalog';

const BATCHES = 100;
const BATCH_TARGET_P95_MS = 150;
const INGESTION_CLIENTS = 4;
const BACKGROUND_CLIENTS = 2;
const INGESTION_TARGET_PER_S = 20_000;
const SCORECARD_TARGET_P95_MS = 5_000;
const PEER_REFS = 500;

const ms = (value: number) => value.toFixed(1);
const orMissed = (value: number) =>
  Number.isFinite(value)
    ? inSeconds(value)
    : `> ${inSeconds(SCORECARD_GIVE_UP_MS)}`;

async function main() {
  const options = flags();
  const seconds = Number(options.get('seconds') ?? 20);
  // Pushes whose scorecard is followed, in each condition. Each missed one
  // takes the full 30 s, so a trial run may want fewer.
  const probeCount = Number(options.get('probes') ?? 50);
  const { settings, size, engine, total } = await singleCatalog(options, 7304);
  const refs = evaluatedRefsOf(generateCatalog(size).entities);
  // The probed components (a different one for each push, idle and under
  // load) are spread over the catalog and never pushed by the other
  // clients, so only their own push re-evaluates them.
  const components = refs.filter(ref => ref.startsWith('component:'));
  const step = Math.max(1, Math.floor(components.length / (2 * probeCount)));
  const probes = components
    .filter((_, i) => i % step === 0)
    .slice(0, 2 * probeCount);
  const probed = new Set(probes);
  const rotation = new RefRotation(refs.filter(ref => !probed.has(ref)));
  const clock = new ObservationClock();
  let seed = 0;
  const batchOf = (entities: number) =>
    factItems(rotation.take(entities), clock.next(), ++seed);

  // Facts of an earlier run would change what this one measures.
  await resetLodestarDatabase(engine, settings.dataName, settings.workDir);
  const backend = new BenchBackend({
    ...settings,
    label: `facts-${engine}-${size}`,
  });
  const rows: Array<Array<string | number>> = [];
  const missed: string[] = [];
  const met: string[] = [];
  const judge = (label: string, ok: boolean, figure: string) =>
    (ok ? met : missed).push(`${label}: ${figure}`);
  try {
    await backend.start();
    await backend.waitForCatalog(total);
    await waitUntilIdle(backend);
    const published = await backend
      .api<{ status: string }>('/api/alignment/evaluations/latest')
      .catch(() => undefined);
    if (published?.status !== 'succeeded') await measureRun(backend);
    await waitUntilIdle(backend);
    const reevaluations = await ReevaluationLog.start(backend.options);

    console.log('d. the peer: catalog POST /entities/by-refs');
    const peerTimes: number[] = [];
    for (let i = 0; i < BATCHES; i++) {
      const body = JSON.stringify({ entityRefs: rotation.take(PEER_REFS) });
      const started = performance.now();
      await backend.api('/api/catalog/entities/by-refs', {
        method: 'POST',
        body,
      });
      peerTimes.push(performance.now() - started);
    }
    peerTimes.sort((a, b) => a - b);

    // Each series starts on a backend done with earlier pushes.
    for (const entities of [125, 500]) {
      await reevaluations.caughtUp();
      console.log(`a. ${BATCHES} pushes of ${entities} entities`);
      const times: number[] = [];
      for (let i = 0; i < BATCHES; i++)
        times.push((await pushFacts(backend, batchOf(entities))).ms);
      times.sort((a, b) => a - b);
      const facts = entities * FACTS_PER_ENTITY;
      const target = entities === 125 ? BATCH_TARGET_P95_MS : undefined;
      rows.push([
        `POST /api/alignment/facts, ${facts.toLocaleString(
          'en-US',
        )} facts (${entities} entities)`,
        BATCHES,
        ms(percentile(times, 50)),
        ms(percentile(times, 95)),
        ms(percentile(times, 99)),
        target ? `p95 < ${target} ms` : '–',
      ]);
      if (target)
        judge(
          `batches of ${facts.toLocaleString('en-US')} facts`,
          percentile(times, 95) < target,
          `p95 ${ms(percentile(times, 95))} ms (target < ${target} ms)`,
        );
    }
    rows.push([
      `peer: catalog POST /api/catalog/entities/by-refs, ${PEER_REFS} refs`,
      BATCHES,
      ms(percentile(peerTimes, 50)),
      ms(percentile(peerTimes, 95)),
      ms(percentile(peerTimes, 99)),
      '–',
    ]);

    await reevaluations.caughtUp();
    console.log('c. push to changed scorecard, idle');
    const idle = await pushToScorecard(
      backend,
      probes.slice(0, probeCount),
      clock,
    );

    console.log(`b. ${INGESTION_CLIENTS} clients pushing for ${seconds} s`);
    await reevaluations.caughtUp();
    const deadline = performance.now() + seconds * 1000;
    const sustained = await pushConcurrently(
      backend,
      () => (performance.now() < deadline ? batchOf(500) : undefined),
      INGESTION_CLIENTS,
    ).done;
    console.log('b. waiting for the pushed entities to be re-evaluated');
    const backlog = await reevaluations.caughtUp();
    const rate = sustained.facts / (sustained.elapsedMs / 1000);

    console.log(
      `c. push to changed scorecard, ${BACKGROUND_CLIENTS} clients pushing`,
    );
    const background = pushConcurrently(
      backend,
      () => batchOf(500),
      BACKGROUND_CLIENTS,
    );
    const loaded = await pushToScorecard(
      backend,
      probes.slice(probeCount),
      clock,
    );
    background.stop();
    const during = await background.done;

    console.log(
      `\n${engine}, ${size} evaluated entities (${total} in the catalog)\n`,
    );
    printTable(['call', 'calls', 'p50 ms', 'p95 ms', 'p99 ms', 'target'], rows);
    printTable(
      [
        'clients',
        'facts per batch',
        'seconds',
        'batches',
        'facts accepted',
        'facts/s',
        'p50 batch ms',
        'p95 batch ms',
        'target',
      ],
      [
        [
          INGESTION_CLIENTS,
          500 * FACTS_PER_ENTITY,
          inSeconds(sustained.elapsedMs),
          sustained.batches,
          sustained.facts,
          Math.round(rate),
          ms(percentile(sustained.times, 50)),
          ms(percentile(sustained.times, 95)),
          `≥ ${INGESTION_TARGET_PER_S} facts/s on PostgreSQL`,
        ],
      ],
    );
    console.log(
      `Re-evaluation after the sustained ingestion: scorecards caught up ${inSeconds(
        backlog.waitedMs,
      )} s after the last push, ${backlog.entities} entity evaluations in ${
        backlog.batches
      } batches, ${Math.round(
        backlog.entities / Math.max(backlog.busyMs / 1000, 0.001),
      )} entities/s while evaluating.\n`,
    );
    const latencyRow = (label: string, latency: ScorecardLatency) => [
      label,
      latency.times.length,
      orMissed(percentile(latency.times, 50)),
      orMissed(percentile(latency.times, 95)),
      orMissed(latency.times[latency.times.length - 1]),
      latency.missed,
      `p95 < ${inSeconds(SCORECARD_TARGET_P95_MS)} s`,
    ];
    printTable(
      [
        'push of one entity to changed scorecard',
        'pushes',
        'p50 s',
        'p95 s',
        'max s',
        `missed (> ${inSeconds(SCORECARD_GIVE_UP_MS)} s)`,
        'target',
      ],
      [
        latencyRow('backend idle', idle),
        latencyRow(
          `${BACKGROUND_CLIENTS} clients pushing 2,000-fact batches meanwhile (${Math.round(
            during.facts / (during.elapsedMs / 1000),
          )} facts/s)`,
          loaded,
        ),
      ],
    );

    if (engine === 'postgres')
      judge(
        'sustained ingestion',
        rate >= INGESTION_TARGET_PER_S,
        `${Math.round(rate)} facts/s (target ≥ ${INGESTION_TARGET_PER_S})`,
      );
    else
      console.log(
        `Sustained ingestion: ${Math.round(
          rate,
        )} facts/s; the target (≥ ${INGESTION_TARGET_PER_S}) is set for PostgreSQL.`,
      );
    for (const [label, latency] of [
      ['push to scorecard, idle', idle],
      ['push to scorecard, under ingestion', loaded],
    ] as const) {
      const p95 = percentile(latency.times, 95);
      judge(
        label,
        p95 < SCORECARD_TARGET_P95_MS,
        `p95 ${orMissed(p95)} s, ${latency.missed} missed (target < ${inSeconds(
          SCORECARD_TARGET_P95_MS,
        )} s)`,
      );
    }
    console.log(`Targets met:\n- ${met.join('\n- ') || 'none'}`);
    console.log(`Targets missed:\n- ${missed.join('\n- ') || 'none'}`);
  } finally {
    await waitUntilIdle(backend).catch(() => {});
    await backend.stop();
    // Other benchmarks of this size evaluate the catalog without pushed facts.
    await resetLodestarDatabase(engine, settings.dataName, settings.workDir);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
