import type { Entity } from '@backstage/catalog-model';
import {
  AlignmentEngine,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { LevelChange, StoredResult } from '../database/types';
import { pipeRunPages } from './pipeRunPages';
import type { RunPageEvaluator } from './RunPageEvaluator';
import type { RunPhaseClock } from './RunPhaseClock';

/** What staging a whole run's pages came to. */
export interface StagedRun {
  /** Entities evaluated, or reused from the last run. */
  evaluated: number;
  /** Entities whose last evaluation was reused: their inputs had not changed. */
  reused: number;
  /** History rows written. */
  historyRows: number;
  /** Every entity the run evaluated: served results of others are dropped. */
  evaluatedRefs: Set<string>;
  levelChanges: LevelChange[];
}

/** A run's pages before any is staged. */
export function noneStaged(): StagedRun {
  return {
    evaluated: 0,
    reused: 0,
    historyRows: 0,
    evaluatedRefs: new Set(),
    levelChanges: [],
  };
}

/** The entities of each page that the engine evaluates; empty pages dropped. */
async function* evaluatedOnly(
  pages: AsyncIterable<Entity[]>,
  engine: AlignmentEngine,
): AsyncGenerator<Entity[]> {
  for await (const page of pages) {
    const entities = page.filter(entity => engine.evaluates(entity));
    if (entities.length > 0) yield entities;
  }
}

/**
 * Reads, evaluates and stages the pages of whole run `runId`. Each page is
 * compared with the served results of its entities, looked up while the
 * page before it is evaluated; only results that differ from them are
 * staged, and only they travel from the worker thread in full.
 *
 * `staged` is filled in page by page, so that a run that fails part-way
 * can still say how far it got.
 */
export async function stageRunPages(options: {
  db: AlignmentDatabase;
  runId: number;
  pages: AsyncIterable<Entity[]>;
  engine: AlignmentEngine;
  pageEvaluator: RunPageEvaluator;
  clock: RunPhaseClock;
  staged: StagedRun;
}): Promise<void> {
  const { db, runId, pageEvaluator, staged } = options;
  await pipeRunPages({
    pages: evaluatedOnly(options.pages, options.engine),
    lookUp: entities => db.staging.served(entities.map(refOf)),
    evaluate: (entities, served) => pageEvaluator.evaluate(entities, served),
    stage: async (results, served) => {
      const changed: StoredResult[] = [];
      for (const result of results) {
        staged.evaluatedRefs.add(result.entityRef);
        if (result.reused) staged.reused += 1;
        if (result.changed) changed.push(result.changed);
      }
      staged.evaluated += results.length;
      const written = await db.staging.stagePage(runId, changed, served);
      staged.historyRows += written.historyRows;
      for (const current of changed) {
        const previous = written.previous.get(current.entityRef);
        if (previous && previous.level !== current.level)
          staged.levelChanges.push({ previous, current });
      }
    },
    clock: options.clock,
  });
}
