import {
  GENERATION_ANNOTATION,
  PRINCIPLE_GENERATION_ANNOTATION,
} from '@lodestar/synthetic-catalog';
import type { EvaluationRun } from '@lodestar/backstage-plugin-alignment-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackend } from './BenchBackend';
import { measureRun, waitUntilIdle } from './evaluations';
import { ReevaluationLog } from './reevaluations';

/**
 * Refs (lowercase) of the entities the catalog serves with an annotation,
 * of any value when `value` is omitted.
 */
export async function servedWithAnnotation(
  backend: BenchBackend,
  annotation: string,
  value?: string,
): Promise<string[]> {
  const filter = encodeURIComponent(
    `metadata.annotations.${annotation}${
      value === undefined ? '' : `=${value}`
    }`,
  );
  const page = await backend.api<{ items: any[] }>(
    `/api/catalog/entities/by-query?limit=500&fields=kind,metadata.namespace,metadata.name&filter=${filter}`,
  );
  return page.items.map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US'));
}

/** The latest whole-catalog run, if there is one. */
export function latestRun(
  backend: BenchBackend,
): Promise<EvaluationRun | undefined> {
  return backend
    .api<EvaluationRun>('/api/alignment/evaluations/latest')
    .catch(() => undefined);
}

/**
 * Waits until nothing is under way: no whole-catalog run, none asked for
 * meanwhile, and no entity re-evaluation for a while. A whole-catalog run
 * asked for by a principle change while another ran is asked for again
 * 10 s later, hence the 12 s of watching.
 */
export async function waitUntilQuiet(
  backend: BenchBackend,
  reevaluations: ReevaluationLog,
): Promise<void> {
  for (;;) {
    await waitUntilIdle(backend);
    const before = (await latestRun(backend))?.id;
    await reevaluations.caughtUp();
    await sleep(12_000);
    await waitUntilIdle(backend);
    if ((await latestRun(backend))?.id === before) break;
  }
  await reevaluations.caughtUp();
}

/**
 * Brings a just-started backend to a quiet state over the generated
 * catalog: the synthetic provider starts from the generated entities, so
 * changes left by an earlier invocation are undone first, and Lodestar
 * (whose tables start empty) publishes a run over the result.
 */
export async function settleAfterStart(
  backend: BenchBackend,
  total: number,
): Promise<{ ingestMs: number; reevaluations: ReevaluationLog }> {
  const ingestMs = await backend.waitForCatalog(total);
  for (const annotation of [
    GENERATION_ANNOTATION,
    PRINCIPLE_GENERATION_ANNOTATION,
  ]) {
    while ((await servedWithAnnotation(backend, annotation)).length > 0)
      await sleep(1000);
  }
  // Started before the run, so that no re-evaluation of undone changes
  // goes unseen.
  const reevaluations = await ReevaluationLog.start(backend.options);
  await waitUntilIdle(backend);
  const run = await measureRun(backend);
  console.log(
    `Published run ${run.run.id}: ${run.run.evaluated} entities in ${(
      (run.run.durationMs ?? 0) / 1000
    ).toFixed(1)} s`,
  );
  await waitUntilQuiet(backend, reevaluations);
  return { ingestMs, reevaluations };
}
