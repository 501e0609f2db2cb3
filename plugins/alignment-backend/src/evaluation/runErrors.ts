import { isError } from '@backstage/errors';
import type { RunPhases } from '@lodestar/backstage-plugin-alignment-common';

/*
 * A failed run's error is shown to every user of the drift page and the
 * API. The raw error can hold SQL, hostnames or stack details, so users get
 * a plain sentence naming what failed, and the full text goes to the log.
 */

const FAILED_IN: Record<keyof RunPhases, string> = {
  catalogReadMs: 'The catalog could not be read',
  evaluateMs: 'The evaluation failed',
  storeMs: 'The results could not be stored',
};

/** The message users see for a whole-catalog run that failed. */
export function publicRunError(options: {
  runId: number;
  phase?: keyof RunPhases;
  aborted?: boolean;
}): string {
  const what = options.aborted
    ? 'The evaluation was aborted: it ran past its timeout or the backend stopped'
    : FAILED_IN[options.phase ?? 'evaluateMs'];
  return `${what}. The previous results stay served; the backend log has the details of run ${options.runId}.`;
}

/** Errors whose message is written for users, such as an unknown entity. */
const USER_FACING = new Set(['NotFoundError', 'InputError', 'NotAllowedError']);

/** The message users see for a single-entity evaluation that failed. */
export function publicEntityError(error: unknown, runId: number): string {
  if (isError(error) && USER_FACING.has(error.name)) return error.message;
  return `The entity could not be evaluated; the backend log has the details of run ${runId}.`;
}
