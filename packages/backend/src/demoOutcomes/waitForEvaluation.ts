import type { EvaluationRun } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentOutcomesApi } from './outcomesApi';
import { AlignmentApiError } from './outcomesApi';
import {
  describeError,
  GiveUpError,
  isTransient,
  pauseOrGiveUp,
  Patience,
} from './polling';

function describe(run: EvaluationRun | undefined): string {
  if (!run) return 'no evaluation has run yet';
  return `the latest evaluation is ${run.status} with ${run.evaluated} entities evaluated`;
}

/**
 * Polls `GET /evaluations/latest` until a whole-catalog run has succeeded
 * with entities evaluated, since `POST /facts` takes facts only for
 * entities Lodestar has evaluated. An unreachable backend or a 5xx is
 * waited out like a run still under way; a refused token gives up at once.
 */
export async function waitForEvaluatedCatalog(
  api: Pick<AlignmentOutcomesApi, 'latestEvaluation'>,
  patience: Patience,
): Promise<EvaluationRun> {
  let state = 'the backend has not answered yet';
  for (;;) {
    try {
      const run = await api.latestEvaluation(patience.signal);
      if (run?.status === 'succeeded' && run.evaluated > 0) return run;
      state = describe(run);
    } catch (error) {
      if (error instanceof AlignmentApiError && error.isAccessDenied) {
        throw new GiveUpError(
          `the alignment backend refused the demo token (${error.status}: ${error.message})`,
        );
      }
      if (!isTransient(error)) throw error;
      state = `the last attempt failed: ${describeError(error)}`;
    }
    await pauseOrGiveUp(
      patience,
      `no evaluated entities before the deadline; ${state}`,
    );
  }
}
