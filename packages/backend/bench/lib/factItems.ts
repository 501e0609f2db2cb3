import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { DEFAULT_ALIGNMENT_CONFIG } from '@lodestar/backstage-plugin-alignment-common';

/** What the benchmarks' pushes say they come from. */
export const BENCH_SOURCE = 'lodestar-bench';

/** Range of each DORA key's values, from elite to low performers. */
const DORA_RANGES: Record<string, [number, number]> = {
  deploymentFrequencyPerWeek: [0.1, 20],
  leadTimeForChangesHours: [1, 1000],
  changeFailureRate: [0, 30],
  timeToRestoreHours: [0.2, 300],
};

/** Facts pushed per entity: the four DORA keys. */
export const FACTS_PER_ENTITY = Object.keys(DORA_RANGES).length;

/** One item of `POST /api/alignment/facts`. */
export interface FactItem {
  entityRef: string;
  observedAt: string;
  source: string;
  facts: Record<string, number>;
}

/** Refs of the entities Lodestar evaluates, spelled as the API spells them. */
export function evaluatedRefsOf(entities: Entity[]): string[] {
  const kinds = new Set(DEFAULT_ALIGNMENT_CONFIG.evaluatedKinds);
  return entities
    .filter(entity => kinds.has(entity.kind))
    .map(entity => stringifyEntityRef(entity).toLocaleLowerCase('en-US'));
}

/** A number in [0, 1) that depends only on its parts (varied, repeatable). */
function unit(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) hash = Math.imul(hash ^ part, 0x01000193);
  return (Math.imul(hash ^ (hash >>> 15), 0x85ebca6b) >>> 0) / 2 ** 32;
}

/**
 * Items for some entities at one time, DORA values varying by entity and
 * by `seed` so that pushes change scores as real ones would.
 */
export function factItems(
  entityRefs: string[],
  observedAt: string,
  seed: number,
): FactItem[] {
  return entityRefs.map((entityRef, index) => ({
    entityRef,
    observedAt,
    source: BENCH_SOURCE,
    facts: Object.fromEntries(
      Object.entries(DORA_RANGES).map(([key, [min, max]], k) => [
        key,
        Number((min + (max - min) * unit(seed, index, k)).toFixed(2)),
      ]),
    ),
  }));
}

/**
 * Hands out observation times, each at least a millisecond after the last:
 * batches dated by it never repeat one another, so nothing is a duplicate.
 */
export class ObservationClock {
  private last = 0;

  next(): string {
    this.last = Math.max(Date.now(), this.last + 1);
    return new Date(this.last).toISOString();
  }
}

/** Takes refs in turn, wrapping around, distinct within one take. */
export class RefRotation {
  private cursor = 0;

  constructor(private readonly refs: string[]) {}

  take(count: number): string[] {
    if (count > this.refs.length)
      throw new Error(
        `A batch of ${count} entities needs at least as many evaluated entities; there are ${this.refs.length}`,
      );
    const taken = [];
    for (let i = 0; i < count; i++) {
      taken.push(this.refs[this.cursor]);
      this.cursor = (this.cursor + 1) % this.refs.length;
    }
    return taken;
  }
}
