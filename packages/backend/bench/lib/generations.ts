import { GENERATION_ANNOTATION } from '@lodestar/synthetic-catalog';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackend } from './BenchBackend';

/** How many entities the catalog serves as changed by a generation. */
async function servedOfGeneration(
  backend: BenchBackend,
  generation: number,
): Promise<number> {
  const filter = encodeURIComponent(
    `metadata.annotations.${GENERATION_ANNOTATION}=${generation}`,
  );
  const page = await backend.api<{ totalItems: number }>(
    `/api/catalog/entities/by-query?limit=1&filter=${filter}`,
  );
  return page.totalItems;
}

/** Waits until the catalog serves every entity changed by a generation. */
export async function waitForGeneration(
  backend: BenchBackend,
  generation: number,
  expected: number,
) {
  for (let i = 0; i < 600; i++) {
    if ((await servedOfGeneration(backend, generation)) >= expected) return;
    await sleep(500);
  }
  throw new Error(`The catalog did not process generation ${generation}`);
}

/**
 * Waits until the catalog serves no entity of generations 1 to `latest`:
 * after a reset to generation 0, the entities those generations changed
 * are processed again, and a run measured meanwhile would see them change.
 */
export async function waitForReset(backend: BenchBackend, latest: number) {
  for (let generation = 1; generation <= latest; generation++) {
    for (let i = 0; ; i++) {
      if ((await servedOfGeneration(backend, generation)) === 0) break;
      if (i >= 600)
        throw new Error(`The catalog still serves generation ${generation}`);
      await sleep(500);
    }
  }
}
