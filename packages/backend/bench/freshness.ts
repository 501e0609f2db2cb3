/*
 * Freshness benchmark: how soon Lodestar serves scorecards that reflect a
 * catalog change, over a catalog of --size evaluated entities.
 *
 *   npm run bench:freshness -w backend -- --size=50000 --engine=postgres --changes=50
 *
 * After a published run, on a backend started over an empty Lodestar
 * database (the catalog is shared with the other benchmarks of the size):
 *   1. --changes generations of the synthetic catalog, one at a time, each
 *      changing --entities-per-change evaluated entities (their objectives,
 *      so their scorecards change). Per entity: t0 the generation's bump,
 *      t1 the catalog serving the change, t2 Lodestar serving the changed
 *      scorecard. Target: p95 of t2 − t1 under 10 s.
 *   2. --principle-edits edits of a principle in scope of about 42% of the
 *      entities (its rule negated, then restored): from the catalog serving
 *      the edit to the scorecards of --sampled entities in its scope showing
 *      it, through the whole-catalog run the edit asks for. Target: 30 s.
 * Each measurement starts with the backend quiet. Polls every 100 ms.
 */
import {
  generateCatalog,
  SyntheticEntityProvider,
} from '@lodestar/synthetic-catalog';
import { writeFileSync } from 'node:fs';
import { BenchBackend } from './lib/BenchBackend';
import { resetLodestarDatabase } from './lib/databases';
import { EntityChangeSample, measureEntityChange } from './lib/entityFreshness';
import { percentile } from './lib/loadClients';
import {
  measurePrincipleEdit,
  PrincipleEditSample,
} from './lib/principleFreshness';
import { flags, printTable, seconds } from './lib/report';
import { settleAfterStart, waitUntilQuiet } from './lib/settle';
import { singleCatalog } from './lib/singleCatalog';

const ENTITY_TARGET_P95_MS = 10_000;
const PRINCIPLE_TARGET_MS = 30_000;
const ENTITY_GIVE_UP_MS = 60_000;
const PRINCIPLE_GIVE_UP_MS = 300_000;

const s2 = (ms: number) =>
  Number.isFinite(ms) ? (ms / 1000).toFixed(2) : 'missed';

/** In-scope entities of the edited principle (services and websites), spread over the catalog. */
function sampleInScope(size: number, count: number): string[] {
  const inScope = generateCatalog(size)
    .entities.filter(
      e =>
        e.kind === 'Component' &&
        ['service', 'website'].includes(e.spec?.type as string),
    )
    .map(e => `component:default/${e.metadata.name}`);
  const step = Math.max(1, Math.floor(inScope.length / count));
  console.log(
    `The edited principle applies to ${inScope.length} of ${size} evaluated entities.`,
  );
  return inScope.filter((_, i) => i % step === 0).slice(0, count);
}

function latencyRow(label: string, sorted: number[], target: string) {
  return [
    label,
    sorted.length,
    s2(percentile(sorted, 50)),
    s2(percentile(sorted, 95)),
    s2(sorted[sorted.length - 1]),
    sorted.filter(ms => !Number.isFinite(ms)).length,
    target,
  ];
}

async function main() {
  const options = flags();
  const changes = Number(options.get('changes') ?? 50);
  const perChange = Number(options.get('entities-per-change') ?? 3);
  const edits = Number(options.get('principle-edits') ?? 3);
  const sampledCount = Number(options.get('sampled') ?? 5);
  const { settings, size, engine, total } = await singleCatalog(options, 7306);
  const refs = SyntheticEntityProvider.evaluatedRefsOf(
    generateCatalog(size).entities,
  );
  const changePercent = (100 * perChange) / refs.length;
  const sampled = sampleInScope(size, sampledCount);

  // Scorecards of an earlier run would change what this one measures.
  await resetLodestarDatabase(engine, settings.dataName, settings.workDir);
  const backend = new BenchBackend({
    ...settings,
    changePercent,
    label: `freshness-${engine}-${size}`,
  });
  // The provider starts from the generated catalog; generations count from 0.
  const resetGenerations = () => {
    writeFileSync(backend.changeFile, '0');
    writeFileSync(backend.principleChangeFile, '0');
  };
  resetGenerations();
  const startedAt = Date.now();
  try {
    await backend.start();
    const { ingestMs, reevaluations } = await settleAfterStart(backend, total);
    console.log(
      `Catalog of ${total} entities served ${seconds(
        ingestMs,
      )} s after the backend was ready; quiet after ${seconds(
        Date.now() - startedAt,
      )} s`,
    );

    const entitySamples: EntityChangeSample[] = [];
    for (let generation = 1; generation <= changes; generation++) {
      const picks = SyntheticEntityProvider.picksForGeneration(
        refs,
        generation,
        changePercent,
      ).map(ref => ref.toLocaleLowerCase('en-US'));
      const samples = await measureEntityChange(
        backend,
        generation,
        picks,
        ENTITY_GIVE_UP_MS,
      );
      entitySamples.push(...samples);
      console.log(
        `1. generation ${generation}: ${samples
          .map(
            x =>
              `${x.ref} served ${s2(x.servedMs)} s, scorecard ${s2(
                x.scorecardMs,
              )} s`,
          )
          .join('; ')}`,
      );
      await reevaluations.caughtUp();
    }

    const principleSamples: PrincipleEditSample[] = [];
    for (let generation = 1; generation <= edits; generation++) {
      await waitUntilQuiet(backend, reevaluations);
      const sample = await measurePrincipleEdit(
        backend,
        generation,
        sampled,
        PRINCIPLE_GIVE_UP_MS,
      );
      principleSamples.push(sample);
      console.log(`2. principle edit ${generation}: ${JSON.stringify(sample)}`);
    }
    console.log(
      `\n${engine}, ${size} evaluated entities (${total} in the catalog); the bench took ${seconds(
        Date.now() - startedAt,
      )} s\n`,
    );
    report(entitySamples, principleSamples, perChange);
  } finally {
    await backend.stop();
    resetGenerations();
    console.log(`Backend log: ${backend.logFile}`);
  }
}

function report(
  entitySamples: EntityChangeSample[],
  principleSamples: PrincipleEditSample[],
  perChange: number,
) {
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  const toScorecard = sorted(
    entitySamples.map(x => x.scorecardMs - x.servedMs),
  );
  const generations = new Set(entitySamples.map(x => x.generation)).size;
  printTable(
    [
      `entity change (${generations} generations of ${perChange} entities)`,
      'entities',
      'p50 s',
      'p95 s',
      'max s',
      'missed',
      'target',
    ],
    [
      latencyRow(
        'catalog serves the entity → Lodestar serves its changed scorecard (t2 − t1)',
        toScorecard,
        `p95 < ${seconds(ENTITY_TARGET_P95_MS)} s`,
      ),
      latencyRow(
        'change written → catalog serves it (t1 − t0)',
        sorted(entitySamples.map(x => x.servedMs)),
        '–',
      ),
      latencyRow(
        'change written → changed scorecard (t2 − t0)',
        sorted(entitySamples.map(x => x.scorecardMs)),
        '–',
      ),
    ],
  );
  printTable(
    [
      'principle edit',
      'catalog serves it s (t1 − t0)',
      'run starts after s (from t1)',
      'run s',
      'run evaluated',
      'history rows',
      'scorecards changed after s (t2 − t1)',
      't2 − t0 s',
      'target',
    ],
    principleSamples.map(x => {
      const t1 = x.servedMs;
      const startedMs = x.run ? Date.parse(x.run.startedAt) : NaN;
      return [
        x.generation,
        s2(t1),
        x.run ? s2(startedMs - (x.t0 + t1)) : 'no run',
        x.run?.durationMs !== undefined ? s2(x.run.durationMs) : '–',
        x.run?.evaluated ?? '–',
        x.run?.historyRows ?? '–',
        s2(x.scorecardsMs - t1),
        s2(x.scorecardsMs),
        `< ${seconds(PRINCIPLE_TARGET_MS)} s`,
      ];
    }),
  );
  const p95 = percentile(toScorecard, 95);
  const verdicts = [
    `${p95 < ENTITY_TARGET_P95_MS ? 'met' : 'MISSED'}: entity change p95 ${s2(
      p95,
    )} s (target < 10 s)`,
    ...principleSamples.map(
      x =>
        `${
          x.scorecardsMs - x.servedMs < PRINCIPLE_TARGET_MS ? 'met' : 'MISSED'
        }: principle edit ${x.generation}, ${s2(
          x.scorecardsMs - x.servedMs,
        )} s (target < 30 s)`,
    ),
  ];
  console.log(`Targets:\n- ${verdicts.join('\n- ')}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
