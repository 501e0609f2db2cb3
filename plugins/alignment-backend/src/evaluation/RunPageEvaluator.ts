import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlignmentEngine,
  EntityFacts,
  ScoreParts,
  scorePartsOf,
} from '@lodestar/backstage-plugin-alignment-common';
import type { StoredResult, WaiverRecord } from '../database/types';
import type { CatalogMeasureCounter } from './CatalogMeasureCounter';
import { inSlices } from './inSlices';
import { RunAccumulator } from './RunAccumulator';
import { toStoredResult } from './toStoredResult';

/**
 * Evaluates a whole-catalog run's entities page by page, and gathers what
 * the run needs once they are all done: the day's aggregates, the catalog
 * measures, who must revalidate what, and, for previews, each entity's
 * score as parts.
 */
export class RunPageEvaluator {
  readonly accumulator = new RunAccumulator();
  /** Refs needing revalidation, by owner. */
  readonly needingReview = new Map<string, string[]>();
  /** Entities evaluated, kept only when `keepForPreview`. */
  readonly read: Entity[] = [];
  /** Scores as parts by ref, kept only when `keepForPreview`. */
  readonly scores = new Map<string, ScoreParts>();

  constructor(
    private readonly options: {
      engine: AlignmentEngine;
      waivers: Map<string, WaiverRecord[]>;
      facts: Map<string, EntityFacts>;
      catalogMeasures: CatalogMeasureCounter;
      evaluatedAt: Date;
      keepForPreview: boolean;
    },
  ) {}

  /** Evaluates one page, in slices that let requests in between. */
  async evaluate(page: Entity[]): Promise<StoredResult[]> {
    const { engine, waivers, facts, evaluatedAt } = this.options;
    const stored: StoredResult[] = [];
    for await (const entity of inSlices(page)) {
      if (!engine.evaluates(entity)) continue;
      this.options.catalogMeasures.add(entity);
      const ref = stringifyEntityRef(entity);
      const result = engine.evaluate(entity, {
        now: evaluatedAt,
        waivers: waivers.get(ref),
        facts: facts.get(ref.toLocaleLowerCase('en-US')),
      });
      const row = toStoredResult(entity, result, evaluatedAt.toISOString());
      if (this.options.keepForPreview) {
        this.read.push(entity);
        this.scores.set(
          row.entityRef,
          scorePartsOf(
            result.pillars.flatMap(p => p.checks),
            engine.config.weights,
          ),
        );
      }
      stored.push(row);
      this.accumulator.add(row);
      if (row.needsRevalidation && row.owner) {
        this.needingReview.set(row.owner, [
          ...(this.needingReview.get(row.owner) ?? []),
          row.entityRef,
        ]);
      }
    }
    return stored;
  }
}
