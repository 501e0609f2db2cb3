import type { Entity } from '@backstage/catalog-model';
import { readFile } from 'node:fs/promises';
import { BENCH_PRINCIPLES } from './principles';

/**
 * The principle a principle change edits. It applies to services and
 * websites, about 42% of the evaluated entities (21,000 of 50,000), so its
 * edit weighs on a run like a real edit of a broad principle.
 */
export const CHANGING_PRINCIPLE = 'documented-in-techdocs';

/** Annotation naming the last principle generation that edited the principle. */
export const PRINCIPLE_GENERATION_ANNOTATION =
  'lodestar.dev/synthetic-principle-generation';

const ORIGINAL_RULE = BENCH_PRINCIPLES.find(
  p => p.name === CHANGING_PRINCIPLE,
)!.rule;

/**
 * The principle after one more edit: its rule negated, or restored when it
 * was negated. Negating flips the check on every entity in scope (each rule
 * yields true or false, never an error), so every one of their scores moves.
 */
export function editPrinciple(principle: Entity, generation: number): Entity {
  const spec = principle.spec as { rule: string };
  const rule =
    spec.rule === ORIGINAL_RULE ? `!(${ORIGINAL_RULE})` : ORIGINAL_RULE;
  return {
    ...principle,
    metadata: {
      ...principle.metadata,
      annotations: {
        ...principle.metadata.annotations,
        // Lets a benchmark see when the catalog serves the edit.
        [PRINCIPLE_GENERATION_ANNOTATION]: String(generation),
      },
    },
    spec: { ...principle.spec, rule },
  };
}

/** The generation number a change file holds; 0 when there is none. */
export async function readGeneration(file?: string): Promise<number> {
  if (!file) return 0;
  try {
    return Number.parseInt((await readFile(file, 'utf8')).trim(), 10) || 0;
  } catch {
    return 0;
  }
}
