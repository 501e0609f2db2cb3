import {
  isMainThread,
  MessagePort,
  parentPort,
  workerData,
} from 'node:worker_threads';
import {
  AlignmentEngine,
  CatalogSnapshot,
} from '@lodestar/backstage-plugin-alignment-common';
import { rowContent } from '../../database/resultRows';
import { evaluateForRun, RunEvaluation, RunInputs } from '../evaluateForRun';
import { RunAccumulator, RunTally } from '../RunAccumulator';
import { toRunResult } from '../runResults';
import type {
  CompareServed,
  EvaluatedOnWorker,
  EvaluatePage,
  FromWorker,
  PrepareRun,
  ToWorker,
} from './protocol';

/**
 * This module's own file, which the worker thread loads: from source in
 * development and tests, from the built package in production.
 */
export const EVALUATION_WORKER_MODULE = __filename;

/** The key in `workerData` that marks the run's worker thread. */
export const EVALUATION_WORKER_MARK = 'lodestarEvaluationWorker';

interface PreparedRun {
  engine: AlignmentEngine;
  inputs: Omit<RunInputs, 'facts'>;
}

function prepare(message: PrepareRun): PreparedRun {
  const snapshot = CatalogSnapshot.of(message.context, {
    complete: message.complete,
  });
  return {
    engine: AlignmentEngine.create({
      snapshot,
      config: message.config,
      objectiveOutcomes: message.objectiveOutcomes,
    }),
    inputs: {
      evaluatedAt: message.evaluatedAt,
      waivers: message.waivers,
      withScoreParts: message.withScoreParts,
    },
  };
}

/** A page evaluated, waiting for what it is compared with. */
interface EvaluatedPage {
  evaluations: RunEvaluation[];
  tally: RunTally;
}

function evaluatePage(
  run: PreparedRun | undefined,
  message: EvaluatePage,
): EvaluatedPage {
  if (!run) throw new Error('A page arrived before its run was prepared');
  const inputs = { ...run.inputs, facts: message.facts };
  // The page's share of the run's figures travels as counts, so that
  // unchanged results need not travel at all.
  const accumulator = new RunAccumulator();
  const evaluations = message.entities.map(entity => {
    const evaluation = evaluateForRun(run.engine, entity, inputs);
    accumulator.add(evaluation.stored);
    // Built now, while the main thread looks up the served hashes.
    evaluation.stored.content = rowContent(evaluation.stored);
    return evaluation;
  });
  return { evaluations, tally: accumulator.tally() };
}

function compared(page: EvaluatedPage, message: CompareServed): FromWorker {
  const results = page.evaluations.map((evaluation): EvaluatedOnWorker => {
    const result = toRunResult(
      evaluation,
      message.servedContentHashes.get(evaluation.stored.entityRef),
    );
    if (!result.changed) return result;
    const { scorecard: _parsedOnDemand, ...columns } = result.changed;
    return { ...result, changed: columns };
  });
  return { type: 'page', id: message.id, results, tally: page.tally };
}

/**
 * Runs on the worker thread: evaluates the pages of one whole run, one
 * message at a time, in the run's context. A page is evaluated as soon as
 * it arrives and answered when its served hashes follow, so that the main
 * thread's look-up of them never holds up the evaluation.
 */
function serveRunEvaluations(port: MessagePort): void {
  let run: PreparedRun | undefined;
  const pages = new Map<number, EvaluatedPage | Error>();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'page') {
      try {
        pages.set(message.page, evaluatePage(run, message));
      } catch (error) {
        pages.set(message.page, error as Error);
      }
      return;
    }
    let reply: FromWorker;
    try {
      if (message.type === 'prepare') {
        run = prepare(message);
        reply = { type: 'prepared', id: message.id };
      } else {
        const page = pages.get(message.page);
        pages.delete(message.page);
        if (!page) throw new Error(`Page ${message.page} never arrived`);
        if (page instanceof Error) throw page;
        reply = compared(page, message);
      }
    } catch (error) {
      reply = {
        type: 'error',
        id: message.id,
        message: (error as Error)?.stack ?? String(error),
      };
    }
    port.postMessage(reply);
  });
}

// Loading this module on the run's worker thread starts the work: a
// bundler keeps this statement, where it would drop an export that only
// the worker calls.
if (!isMainThread && parentPort && workerData?.[EVALUATION_WORKER_MARK]) {
  serveRunEvaluations(parentPort);
}
