import type { LoggerService } from '@backstage/backend-plugin-api';
import { EvaluationWorker } from './EvaluationWorker';
import type { PrepareRun } from './protocol';

/**
 * How a whole run starts its worker thread (none when workers are turned
 * off), and what it logs when the worker cannot start or fails: in both
 * cases the run goes on on the main thread, slower, with the same results.
 */
export function runWorkerOptions(options: {
  enabled: boolean;
  runId: number;
  logger: LoggerService;
  /** What the worker is set up with: the run's shared inputs and their digest. */
  run: Omit<PrepareRun, 'type' | 'id'>;
}): {
  startWorker?: () => Promise<EvaluationWorker | undefined>;
  onWorkerFailure: (error: Error) => void;
} {
  const { runId, logger } = options;
  const startWorker = () =>
    EvaluationWorker.start(options.run).then(
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
