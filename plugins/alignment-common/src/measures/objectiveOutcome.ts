import type { OutcomeStatus } from '../model/outcomes';
import type { MeasureProgress, MeasureStatus } from './types';

/**
 * Where an objective's outcomes stand, as rules read it on each objective
 * an entity serves: `objectives.exists(o, o.outcome.measured)`.
 * @public
 */
export interface ObjectiveOutcome {
  /** True when at least one measure has a value that is not stale. */
  measured: boolean;
  /** The worst status among the measured measures; `unknown` when none is measured. */
  status: OutcomeStatus;
  /** Each measure's id and status. */
  measures: Array<{ id: string; status: MeasureStatus }>;
}

/**
 * The worst status among the measures with a fresh value: off track, then
 * at risk, then on track; `unknown` when none has one.
 * @public
 */
export function outcomeOf(measures: readonly MeasureProgress[]): OutcomeStatus {
  const statuses = new Set(measures.map(m => m.status));
  if (statuses.has('off-track')) return 'off-track';
  if (statuses.has('at-risk')) return 'at-risk';
  if (statuses.has('on-track')) return 'on-track';
  return 'unknown';
}

/** An objective's outcome from its measures' progress. @public */
export function objectiveOutcome(
  measures: readonly MeasureProgress[],
): ObjectiveOutcome {
  const status = outcomeOf(measures);
  return {
    measured: status !== 'unknown',
    status,
    measures: measures.map(m => ({ id: m.id, status: m.status })),
  };
}

/** The outcome of an objective nothing is known of. @public */
export const UNKNOWN_OUTCOME: ObjectiveOutcome = Object.freeze({
  measured: false,
  status: 'unknown',
  measures: [],
}) as ObjectiveOutcome;
