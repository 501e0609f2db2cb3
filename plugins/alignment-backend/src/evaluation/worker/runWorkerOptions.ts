import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  AlignmentConfig,
  CatalogSnapshot,
  ObjectiveOutcome,
} from '@lodestar/backstage-plugin-alignment-common';
import type { RunInputs } from '../evaluateForRun';
import { EvaluationWorker } from './EvaluationWorker';

/**
 * How a whole run starts its worker thread (none when workers are turned
 * off), and what it logs when the worker cannot start or fails: in both
 * cases the run goes on on the main thread, slower, with the same results.
 */
export function runWorkerOptions(options: {
  enabled: boolean;
  runId: number;
  logger: LoggerService;
  snapshot: CatalogSnapshot;
  config: AlignmentConfig;
  objectiveOutcomes: ReadonlyMap<string, ObjectiveOutcome>;
  inputs: RunInputs;
}): {
  startWorker?: () => Promise<EvaluationWorker | undefined>;
  onWorkerFailure: (error: Error) => void;
} {
  const { runId, logger, snapshot, config, objectiveOutcomes, inputs } =
    options;
  const startWorker = () =>
    EvaluationWorker.start({
      context: snapshot.entities(),
      complete: snapshot.complete,
      config,
      objectiveOutcomes,
      waivers: inputs.waivers,
      evaluatedAt: inputs.evaluatedAt,
      withScoreParts: inputs.withScoreParts,
      sharedInputsKey: inputs.sharedInputsKey,
    }).then(
      worker => {
        logger.info(
          `Lodestar evaluates the rest of run ${runId} on a worker thread`,
        );
        return worker;
      },
      error => {
        logger.warn(
          `Lodestar could not start its evaluation worker thread, so run ${runId} evaluates on the main thread: ${error}`,
        );
        return undefined;
      },
    );
  return {
    startWorker: options.enabled ? startWorker : undefined,
    onWorkerFailure: error =>
      logger.warn(
        `Lodestar's evaluation worker thread failed, so run ${runId} goes on on the main thread: ${error}`,
      ),
  };
}
