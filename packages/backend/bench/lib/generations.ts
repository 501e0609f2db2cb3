import { GENERATION_ANNOTATION } from '@lodestar/synthetic-catalog';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackend } from './BenchBackend';

/** Waits until the catalog serves every entity changed by a generation. */
export async function waitForGeneration(
  backend: BenchBackend,
  generation: number,
  expected: number,
) {
  const filter = encodeURIComponent(
    `metadata.annotations.${GENERATION_ANNOTATION}=${generation}`,
  );
  for (let i = 0; i < 600; i++) {
    const page = await backend.api<{ totalItems: number }>(
      `/api/catalog/entities/by-query?limit=1&filter=${filter}`,
    );
    if (page.totalItems >= expected) return;
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
    const filter = encodeURIComponent(
      `metadata.annotations.${GENERATION_ANNOTATION}=${generation}`,
    );
    for (let i = 0; ; i++) {
      const page = await backend.api<{ totalItems: number }>(
        `/api/catalog/entities/by-query?limit=1&filter=${filter}`,
      );
      if (page.totalItems === 0) break;
      if (i >= 600)
        throw new Error(`The catalog still serves generation ${generation}`);
      await sleep(500);
    }
  }
}
