import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlignmentEngine,
  EntityFacts,
  ScoreParts,
} from '@lodestar/backstage-plugin-alignment-common';
import type { ServedResults } from '../database/DatabaseRunStaging';
import type { CatalogMeasureCounter } from './CatalogMeasureCounter';
import type { RunInputs } from './evaluateForRun';
import { inSlices } from './inSlices';
import { FigurePacker, unpackFigures } from './packedFigures';
import type {
  RememberedEvaluation,
  RememberedEvaluations,
} from './RememberedEvaluations';
import { RunAccumulator } from './RunAccumulator';
import { evaluateOrReuse, RunResult } from './runResults';
import type { EvaluationWorker } from './worker/EvaluationWorker';

/**
 * Evaluates a whole-catalog run's entities page by page, and gathers what
 * the run needs once they are all done: the day's aggregates, the catalog
 * measures, who must revalidate what, and, for previews, each entity's
 * score as parts.
 *
 * Once a run has seen a full page of evaluated entities, it starts a
 * worker thread, and its pages go there as soon as the worker is ready;
 * until then, and in a catalog of one page, they are evaluated here.
 */
export class RunPageEvaluator {
  readonly accumulator = new RunAccumulator();
  /** Refs needing revalidation, by owner. */
  readonly needingReview = new Map<string, string[]>();
  /** Entities evaluated, kept only when the inputs ask for score parts. */
  readonly read: Entity[] = [];
  /** Scores as parts by ref, kept only when the inputs ask for them. */
  readonly scores = new Map<string, ScoreParts>();
  /** What the next run may reuse of this one's, once it is published. */
  readonly toRemember = new Map<string, RememberedEvaluation>();
  private readonly packer = new FigurePacker();
  private worker?: Promise<EvaluationWorker | undefined>;
  private ready?: EvaluationWorker;
  private seen = 0;

  constructor(
    private readonly options: {
      engine: AlignmentEngine;
      inputs: RunInputs;
      catalogMeasures: CatalogMeasureCounter;
      /** Starts the run's worker thread; undefined keeps the main thread. */
      startWorker?: () => Promise<EvaluationWorker | undefined>;
      /** Told when the worker fails and the run goes on without it. */
      onWorkerFailure?: (error: Error) => void;
      /** The reader's page size: this many entities start the worker. */
      fullPage: number;
      /** The last published run's evaluations, which this run may reuse. */
      remembered?: RememberedEvaluations;
    },
  ) {}

  /**
   * Evaluates one page's evaluated entities, on the worker or in slices
   * that let requests in, comparing each result with the served one.
   */
  async evaluate(
    entities: Entity[],
    served: ServedResults,
  ): Promise<RunResult[]> {
    for (const entity of entities) this.options.catalogMeasures.add(entity);
    this.seen += entities.length;
    if (!this.worker && this.seen >= this.options.fullPage) {
      this.worker = this.options.startWorker?.();
      this.worker?.then(worker => {
        this.ready = worker;
      });
    }
    const results =
      (await this.onWorker(entities, served)) ??
      (await this.onMainThread(entities, served));
    return results.map((result, i) => this.record(entities[i], result));
  }

  /**
   * The page evaluated on the worker, or undefined while it is not ready
   * or without one. A worker that fails (out of memory, or an error in the
   * evaluation) is stopped and the run goes on on the main thread, where
   * an error in the evaluation itself fails the run as it always did.
   */
  private async onWorker(
    entities: Entity[],
    served: ServedResults,
  ): Promise<RunResult[] | undefined> {
    const worker = this.ready;
    if (!worker) return undefined;
    const reusable = this.reusable();
    try {
      const { results, tally } = await worker.evaluate(
        entities,
        this.factsOf(entities),
        contentHashes(served),
        stillServed(served, reusable),
      );
      this.accumulator.merge(tally);
      return results.map(result => this.remember(result, served, reusable));
    } catch (error) {
      this.options.onWorkerFailure?.(error as Error);
      this.ready = undefined;
      this.worker = Promise.resolve(undefined);
      await worker.close();
      return undefined;
    }
  }

  /** Stops the run's worker, if it started one. */
  async close(): Promise<void> {
    const worker = await this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.close();
  }

  private async onMainThread(
    entities: Entity[],
    served: ServedResults,
  ): Promise<RunResult[]> {
    const reusable = this.reusable();
    const offered = stillServed(served, reusable);
    const results: RunResult[] = [];
    for await (const entity of inSlices(entities)) {
      const { result, evaluation } = evaluateOrReuse(
        this.options.engine,
        entity,
        this.options.inputs,
        offered,
        ref => served.get(ref)?.contentHash,
      );
      if (evaluation) this.accumulator.add(evaluation.stored);
      results.push(this.remember(result, served, reusable));
    }
    return results;
  }

  /** The last run's evaluations that this run may reuse, if any. */
  private reusable() {
    return this.options.remembered?.reusableFor(
      this.options.inputs.sharedInputsKey,
    );
  }

  private factsOf(entities: Entity[]): Map<string, EntityFacts> {
    const facts = new Map<string, EntityFacts>();
    for (const entity of entities) {
      const ref = stringifyEntityRef(entity).toLowerCase();
      const known = this.options.inputs.facts.get(ref);
      if (known) facts.set(ref, known);
    }
    return facts;
  }

  /**
   * Counts a reused evaluation in the run's figures, and remembers each
   * result with an inputs key for the next run.
   */
  private remember(
    result: RunResult,
    served: ServedResults,
    reusable: ReadonlyMap<string, RememberedEvaluation> | undefined,
  ): RunResult {
    const { entityRef, inputsKey } = result;
    if (result.reused) {
      const kept = reusable?.get(entityRef);
      if (!kept) throw new Error(`${entityRef} was reused but not offered`);
      this.accumulator.add(unpackFigures(kept.figures));
      this.toRemember.set(entityRef, kept);
      const { owner, needsRevalidation } = kept.figures;
      const { scoreParts } = kept;
      return { entityRef, owner, needsRevalidation, scoreParts, reused: true };
    }
    const figures = result.changed ?? result.figures;
    const contentHash =
      result.changed?.content.contentHash ?? served.get(entityRef)?.contentHash;
    if (inputsKey !== undefined && figures && contentHash !== undefined) {
      this.toRemember.set(entityRef, {
        inputsKey,
        contentHash,
        figures: this.packer.pack(figures),
        scoreParts: result.scoreParts,
      });
    }
    return result;
  }

  private record(entity: Entity, result: RunResult): RunResult {
    const { entityRef, owner, scoreParts } = result;
    if (this.options.inputs.withScoreParts) {
      this.read.push(entity);
      if (scoreParts) this.scores.set(entityRef, scoreParts);
    }
    if (result.needsRevalidation && owner) {
      const refs = this.needingReview.get(owner);
      if (refs) refs.push(entityRef);
      else this.needingReview.set(owner, [entityRef]);
    }
    return result;
  }
}

/**
 * The inputs keys of the remembered evaluations whose results are still the
 * served ones, by ref: the worker reuses those whose inputs are the same.
 */
function stillServed(
  served: ServedResults,
  reusable: ReadonlyMap<string, RememberedEvaluation> | undefined,
): Map<string, string> {
  const keys = new Map<string, string>();
  if (!reusable) return keys;
  for (const [ref, { contentHash }] of served) {
    const kept = reusable.get(ref);
    if (kept?.contentHash === contentHash) keys.set(ref, kept.inputsKey);
  }
  return keys;
}

/** The content hashes of served results by ref, as the worker compares them. */
function contentHashes(served: ServedResults): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const [ref, { contentHash }] of served) hashes.set(ref, contentHash);
  return hashes;
}
