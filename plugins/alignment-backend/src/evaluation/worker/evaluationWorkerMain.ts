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
import type { RunInputs } from '../evaluateForRun';
import { RunAccumulator } from '../RunAccumulator';
import { evaluateOrReuse } from '../runResults';
import type {
  EvaluatedOnWorker,
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
      sharedInputsKey: message.sharedInputsKey,
    },
  };
}

function answer(run: PreparedRun | undefined, message: ToWorker): FromWorker {
  if (message.type === 'prepare') return { type: 'prepared', id: message.id };
  if (!run) throw new Error('A page arrived before its run was prepared');
  const inputs = { ...run.inputs, facts: message.facts };
  // The page's share of the run's figures travels as counts, so that
  // unchanged results need not travel at all; the main thread counts the
  // reused ones from what it remembers.
  const accumulator = new RunAccumulator();
  const results = message.entities.map((entity): EvaluatedOnWorker => {
    const { result, evaluation } = evaluateOrReuse(
      run.engine,
      entity,
      inputs,
      message.reusable,
      ref => message.servedContentHashes.get(ref),
    );
    if (evaluation) accumulator.add(evaluation.stored);
    if (!result.changed) return result;
    const { scorecard: _parsedOnDemand, ...columns } = result.changed;
    return { ...result, changed: columns };
  });
  return { type: 'page', id: message.id, results, tally: accumulator.tally() };
}

/**
 * Runs on the worker thread: evaluates the pages of one whole run, one
 * message at a time, in the run's context.
 */
function serveRunEvaluations(port: MessagePort): void {
  let run: PreparedRun | undefined;
  port.on('message', (message: ToWorker) => {
    let reply: FromWorker;
    try {
      if (message.type === 'prepare') run = prepare(message);
      reply = answer(run, message);
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
