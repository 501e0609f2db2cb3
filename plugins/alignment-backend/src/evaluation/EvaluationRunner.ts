import type { Entity } from '@backstage/catalog-model';
import {
  AlignmentEngine,
  CatalogSnapshot,
} from '@lodestar/backstage-plugin-alignment-common';
import type {
  LevelChange,
  RevisionRecord,
  RunRecord,
  StoredResult,
} from '../database/types';
import type {
  EvaluationRunnerOptions,
  WholeRunRequest,
  WholeRunTrigger,
} from './EvaluationRunnerOptions';
import { CatalogMeasureCounter } from './CatalogMeasureCounter';
import { ContextSnapshots } from './ContextSnapshots';
import { RunPageEvaluator } from './RunPageEvaluator';
import { notifyAfterRun } from './notifyAfterRun';
import { readObjectiveOutcomes } from './objectiveOutcomes';
import { publicRunError } from './runErrors';
import { evaluateEntities } from './evaluateEntities';
import { evaluateOneEntity } from './evaluateOneEntity';
import { noneStaged, stageRunPages } from './stageRunPages';
import type { RunInputs } from './evaluateForRun';
import { digestSharedInputs, SharedRunInputs } from './inputsKeys';
import { RememberedEvaluations } from './RememberedEvaluations';
import { RunPhaseClock } from './RunPhaseClock';
import { runWorkerOptions } from './worker/runWorkerOptions';
import {
  abandonOrphanRuns,
  pruneRetention,
  recordCampaignDays,
  recordRevisions,
} from './runUpkeep';

export type { Retention } from './runUpkeep';
export type { EvaluationRunnerOptions } from './EvaluationRunnerOptions';

/**
 * Runs evaluations: the whole catalog (scheduled or on demand) or one
 * entity. A whole-catalog run reads the context (groups, users, systems,
 * domains, strategy) first, then the evaluated kinds page by page, writing
 * each page as it goes; it is published only when it completes, so a run
 * that fails part-way leaves the served results as they were.
 */
export class EvaluationRunner {
  private running?: Promise<RunRecord>;
  private requestedTrigger?: WholeRunRequest;
  private readonly snapshots: ContextSnapshots;
  /** The last published run's evaluations, for the next run to reuse. */
  private readonly remembered = new RememberedEvaluations();

  constructor(private readonly options: EvaluationRunnerOptions) {
    this.snapshots = new ContextSnapshots({
      reader: options.reader,
      contextChanges: options.db.contextChanges,
      extend: options.extendContext,
    });
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  /**
   * Marks the next scheduled run of this replica as asked for by a person
   * or by a catalog change (both go through the scheduler, so replicas
   * never overlap); a person's request wins when both are waiting.
   */
  requestRun(trigger: WholeRunRequest): void {
    if (this.requestedTrigger !== 'manual') this.requestedTrigger = trigger;
  }

  /** Runs on behalf of the scheduler, recording who asked for it. */
  runScheduled(signal?: AbortSignal): Promise<RunRecord> {
    const trigger = this.requestedTrigger ?? 'schedule';
    this.requestedTrigger = undefined;
    return this.runAll(trigger, signal);
  }

  /** Evaluates the whole catalog; concurrent calls in one process share a run. */
  runAll(trigger: WholeRunTrigger, signal?: AbortSignal): Promise<RunRecord> {
    this.running ??= this.doRunAll(trigger, signal).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async doRunAll(
    trigger: WholeRunTrigger,
    signal?: AbortSignal,
  ): Promise<RunRecord> {
    const { db, reader, logger, config } = this.options;
    await abandonOrphanRuns(db, logger, () => this.now());
    const startedAt = this.now();
    const runId = await db.runs.start(trigger, startedAt);
    logger.info(`Lodestar evaluation run ${runId} started (${trigger})`);
    const clock = new RunPhaseClock();
    const timed = clock.timed.bind(clock);
    const evaluatedAt = startedAt.toISOString();
    const staged = noneStaged();
    let workerToClose: RunPageEvaluator | undefined;
    try {
      const snapshot = await timed('catalogReadMs', () =>
        this.snapshots.read(signal, true),
      );
      const objectiveOutcomes = await timed('storeMs', () =>
        readObjectiveOutcomes(db, snapshot, startedAt),
      );
      const engine = AlignmentEngine.create({
        snapshot,
        config,
        objectiveOutcomes,
      });
      const catalogMeasures = CatalogMeasureCounter.of(snapshot);
      const [waivers, facts] = await timed('storeMs', () =>
        Promise.all([
          db.waivers.activeByEntity(evaluatedAt),
          db.facts.allLatest(),
        ]),
      );
      const freshRevisions = await timed('storeMs', () =>
        recordRevisions(db, snapshot, evaluatedAt),
      );

      // What every entity is evaluated with: digested when the run may
      // reuse evaluations, and copied to the worker if one starts.
      const shared: SharedRunInputs = {
        context: snapshot.entities(),
        complete: snapshot.complete,
        config,
        objectiveOutcomes,
        waivers,
        evaluatedAt: startedAt,
        withScoreParts: Boolean(this.options.onRead),
      };
      const sharedInputsKey =
        this.options.reuseUnchanged ?? true
          ? await timed('evaluateMs', () => digestSharedInputs(shared))
          : undefined;
      const inputs: RunInputs = {
        evaluatedAt: startedAt,
        waivers,
        facts,
        withScoreParts: shared.withScoreParts,
        sharedInputsKey,
      };
      const pageEvaluator = new RunPageEvaluator({
        engine,
        inputs,
        catalogMeasures,
        fullPage: reader.pageSize,
        remembered: this.remembered,
        ...runWorkerOptions({
          enabled: this.options.workerThread ?? true,
          runId,
          logger,
          run: { ...shared, sharedInputsKey },
        }),
      });
      workerToClose = pageEvaluator;
      await stageRunPages({
        db,
        runId,
        pages: reader.evaluatedPages(config.evaluatedKinds, signal),
        engine,
        pageEvaluator,
        clock,
        staged,
      });
      if (signal?.aborted) throw new Error('The evaluation was aborted');

      const { accumulator, needingReview } = pageEvaluator;
      const stats = accumulator.runStats();
      await timed('storeMs', async () => {
        // Served results of entities the run did not see left the catalog.
        await db.staging.publish(runId, staged.evaluatedRefs);
        this.remembered.replace(sharedInputsKey, pageEvaluator.toRemember);
        const day = evaluatedAt.slice(0, 10);
        await db.trends.saveDaily(day, accumulator.dailyAggregates(day));
        await db.checkTrends.saveDaily(day, stats.principles);
        await recordCampaignDays(db, day);
        await db.measures.recordComputed(
          day,
          catalogMeasures.values(),
          this.now().toISOString(),
        );
      });
      const finishedAt = this.now();
      await db.runs.succeed(runId, {
        finishedAt,
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        evaluated: staged.evaluated,
        historyRows: staged.historyRows,
        reused: staged.reused,
        stats,
        phases: clock.phases,
      });
      logger.info(
        `Lodestar evaluation run ${runId} evaluated ${
          staged.evaluated
        } entities in ${finishedAt.getTime() - startedAt.getTime()} ms (${
          staged.reused
        } reused, their inputs unchanged; ${
          staged.historyRows
        } changed; catalog ${clock.phases.catalogReadMs} ms, checks ${
          clock.phases.evaluateMs
        } ms, storage ${clock.phases.storeMs} ms)`,
      );
      this.options.onRead?.({
        snapshot,
        evaluated: pageEvaluator.read,
        scores: pageEvaluator.scores,
        readAt: startedAt,
      });
      await this.afterPublish(
        snapshot,
        staged.levelChanges,
        freshRevisions,
        needingReview,
      );
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      logger.error(
        `Lodestar evaluation run ${runId} failed; the previous results stay served: ${message}`,
      );
      const shown = publicRunError({
        runId,
        phase: clock.failedPhase,
        aborted: signal?.aborted,
      });
      await db.staging
        .discard(runId)
        .catch(e => logger.error(`Could not clean up run ${runId}: ${e}`));
      const finishedAt = this.now();
      await db.runs
        .fail(runId, {
          finishedAt,
          durationMs: finishedAt.getTime() - startedAt.getTime(),
          evaluated: staged.evaluated,
          error: shown,
        })
        .catch(e =>
          logger.error(`Could not record the failure of run ${runId}: ${e}`),
        );
    } finally {
      await workerToClose?.close();
    }
    return (await db.runs.latest())!;
  }

  private async afterPublish(
    snapshot: CatalogSnapshot,
    levelChanges: LevelChange[],
    freshRevisions: RevisionRecord[],
    needingReview: Map<string, string[]>,
  ) {
    const { logger, retention, db, notifier } = this.options;
    if (notifier) {
      await notifyAfterRun({
        notifier,
        db,
        snapshot,
        levelChanges,
        freshRevisions,
        needingReview,
        now: this.now(),
      });
    }
    await this.options.afterRun?.(snapshot, this.now());
    await pruneRetention({ db, logger, retention, now: this.now() });
  }

  /**
   * Re-evaluates some entities now and publishes their results in place,
   * e.g. after their facts changed.
   */
  async runSome(entityRefs: string[]): Promise<StoredResult[]> {
    return evaluateEntities({ entityRefs, ...this.entityRunDeps() });
  }

  /** An entity as the context last read has it, if it holds one. */
  previousVersion(entityRef: string): Entity | undefined {
    return this.snapshots.previousVersion(entityRef);
  }

  /**
   * Re-evaluates one entity now and stores the result. Uses the context
   * read by the last run when it is fresh enough.
   */
  async runOne(entityRef: string): Promise<StoredResult> {
    return evaluateOneEntity({ entityRef, ...this.entityRunDeps() });
  }

  /** What re-evaluations of some entities work with. */
  private entityRunDeps() {
    const { db, reader, config, logger, notifier } = this.options;
    return {
      db,
      reader,
      config,
      logger,
      notifier,
      now: () => this.now(),
      snapshot: () => this.snapshots.recent(),
    };
  }
}
