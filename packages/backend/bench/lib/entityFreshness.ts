import type { Scorecard } from '@lodestar/backstage-plugin-alignment-common';
import { GENERATION_ANNOTATION } from '@lodestar/synthetic-catalog';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackend } from './BenchBackend';
import { servedWithAnnotation } from './settle';

/** How often the catalog and the scorecards are read while waiting. */
export const POLL_MS = 100;

/** One changed entity, times from the generation's bump (t0), in ms. */
export interface EntityChangeSample {
  ref: string;
  generation: number;
  /** t1 − t0: until the catalog served the change. */
  servedMs: number;
  /** t2 − t0: until Lodestar served the changed scorecard; Infinity when it did not in time. */
  scorecardMs: number;
}

export const scorecardPath = (ref: string) =>
  `/api/alignment/scorecards/${ref.replace(':', '/')}`;

/** A scorecard without its evaluation time: what a change shows in. */
const content = ({ evaluatedAt: _, ...rest }: Scorecard) =>
  JSON.stringify(rest);

/**
 * Moves the catalog one generation forward (t0), which changes `refs`,
 * then reads, every {@link POLL_MS}, which of them the catalog serves
 * changed (t1, by the generation's annotation) and whether Lodestar serves
 * a scorecard evaluated after t0 that differs from the one before (t2).
 * Scorecards are read from t0 on, not from t1, so that a scorecard that
 * changes before the catalog read sees the entity still counts; t1 is then
 * taken as t2. A scorecard not changed after `giveUpMs` counts as missed.
 */
export async function measureEntityChange(
  backend: BenchBackend,
  generation: number,
  refs: string[],
  giveUpMs: number,
): Promise<EntityChangeSample[]> {
  const before = new Map<string, string>();
  for (const ref of refs)
    before.set(ref, content(await backend.api<Scorecard>(scorecardPath(ref))));
  const served = new Map<string, number>();
  const changed = new Map<string, number>();
  const t0 = Date.now();
  writeFileSync(backend.changeFile, String(generation));
  while (changed.size < refs.length && Date.now() - t0 < giveUpMs) {
    await sleep(POLL_MS);
    if (served.size < refs.length) {
      const now = await servedWithAnnotation(
        backend,
        GENERATION_ANNOTATION,
        String(generation),
      );
      const at = Date.now();
      for (const ref of now)
        if (!served.has(ref) && before.has(ref)) served.set(ref, at);
    }
    await Promise.all(
      refs
        .filter(ref => !changed.has(ref))
        .map(async ref => {
          const scorecard = await backend
            .api<Scorecard>(scorecardPath(ref))
            .catch(() => undefined);
          if (
            scorecard &&
            Date.parse(scorecard.evaluatedAt) > t0 &&
            content(scorecard) !== before.get(ref)
          )
            changed.set(ref, Date.now());
        }),
    );
  }
  return refs.map(ref => {
    const t2 = changed.get(ref) ?? Infinity;
    const t1 = Math.min(served.get(ref) ?? Infinity, t2);
    return {
      ref,
      generation,
      servedMs: t1 - t0,
      scorecardMs: t2 - t0,
    };
  });
}
