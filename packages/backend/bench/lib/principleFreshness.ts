import type {
  EvaluationRun,
  Scorecard,
} from '@lodestar/backstage-plugin-alignment-common';
import {
  CHANGING_PRINCIPLE,
  PRINCIPLE_GENERATION_ANNOTATION,
} from '@lodestar/synthetic-catalog';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackend } from './BenchBackend';
import { POLL_MS, scorecardPath } from './entityFreshness';
import { latestRun } from './settle';

const PRINCIPLE_REF = `principle:default/${CHANGING_PRINCIPLE}`;

/** One edit of the principle, times from the bump (t0), in ms. */
export interface PrincipleEditSample {
  generation: number;
  /** When the principle generation was bumped (epoch ms). */
  t0: number;
  /** t1 − t0: until the catalog served the edited principle. */
  servedMs: number;
  /** The whole-catalog run that followed, as the API reports it. */
  run?: EvaluationRun;
  /** t2 − t0: until every sampled scorecard showed the edit; Infinity when not in time. */
  scorecardsMs: number;
}

/** The status of the edited principle's check in a scorecard. */
async function checkStatus(
  backend: BenchBackend,
  ref: string,
): Promise<string | undefined> {
  const scorecard = await backend
    .api<Scorecard>(scorecardPath(ref))
    .catch(() => undefined);
  return scorecard?.pillars
    .flatMap(p => p.checks)
    .find(c => c.id === PRINCIPLE_REF)?.status;
}

/** The principle generation the catalog serves (0: as generated). */
async function servedPrincipleGeneration(backend: BenchBackend) {
  const principle = await backend.api<any>(
    `/api/catalog/entities/by-name/principle/default/${CHANGING_PRINCIPLE}`,
  );
  const annotations = principle.metadata.annotations ?? {};
  return Number(annotations[PRINCIPLE_GENERATION_ANNOTATION] ?? 0);
}

/**
 * Waits until the catalog serves the principle as of `generation`: a
 * backend started after the freshness benchmark may still serve its last
 * edit for a while, and a run over it would not be the run measured.
 */
export async function waitForPrincipleGeneration(
  backend: BenchBackend,
  generation: number,
  timeoutMs = 300_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await servedPrincipleGeneration(backend)) !== generation) {
    if (Date.now() > deadline)
      throw new Error(
        `The catalog did not serve ${PRINCIPLE_REF} of generation ${generation}`,
      );
    await sleep(POLL_MS);
  }
}

/**
 * Edits the principle (t0: the principle generation moves to
 * `generation`), then reads, every {@link POLL_MS}, whether the catalog
 * serves the edit (t1), the latest whole-catalog run, and the principle's
 * check in the scorecards of `sampled` entities in its scope, until each
 * has flipped between pass and fail (t2) or `giveUpMs` has passed.
 */
export async function measurePrincipleEdit(
  backend: BenchBackend,
  generation: number,
  sampled: string[],
  giveUpMs: number,
): Promise<PrincipleEditSample> {
  const before = new Map<string, string | undefined>();
  for (const ref of sampled) before.set(ref, await checkStatus(backend, ref));
  const unflippable = sampled.filter(
    ref => !['pass', 'fail'].includes(before.get(ref) ?? ''),
  );
  if (unflippable.length > 0)
    throw new Error(
      `${unflippable.join(
        ', ',
      )} have no pass or fail of ${PRINCIPLE_REF} to flip`,
    );
  const runBefore = (await latestRun(backend))?.id ?? 0;
  let served = Infinity;
  const flipped = new Map<string, number>();
  let run: EvaluationRun | undefined;
  const t0 = Date.now();
  writeFileSync(backend.principleChangeFile, String(generation));
  while (flipped.size < sampled.length && Date.now() - t0 < giveUpMs) {
    await sleep(POLL_MS);
    if (!Number.isFinite(served)) {
      if ((await servedPrincipleGeneration(backend)) === generation)
        served = Date.now();
    }
    const latest = await latestRun(backend);
    if (latest && latest.id > runBefore) run = latest;
    await Promise.all(
      sampled
        .filter(ref => !flipped.has(ref))
        .map(async ref => {
          const status = await checkStatus(backend, ref);
          if (status && status !== before.get(ref) && status !== 'waived')
            flipped.set(ref, Date.now());
        }),
    );
  }
  const t2 =
    flipped.size === sampled.length ? Math.max(...flipped.values()) : Infinity;
  // The run may still be recording when the scorecards show the edit.
  while (run && run.status === 'running' && Date.now() - t0 < giveUpMs) {
    await sleep(POLL_MS);
    run = await latestRun(backend);
  }
  return {
    generation,
    t0,
    servedMs: Math.min(served, t2) - t0,
    run,
    scorecardsMs: t2 - t0,
  };
}
