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
