import type { DoraBand } from '../facts/types';
import type { MeasureProgress, MeasureStatus } from '../measures/types';

/**
 * Outcomes: where an objective's measures stand, how the services meant
 * to move it deliver, and the gap between the two.
 */

/** One DORA key across a set of entities. @public */
export interface DeliveryFigure {
  /** The fact key, e.g. `deploymentFrequencyPerWeek`. */
  key: string;
  /** Its unit, for display. */
  unit?: string;
  /** Entities of the set with a fresh value. */
  entities: number;
  /** Median of their values; null when none has one. */
  median: number | null;
  /** Lower quartile of their values; null when none has one. */
  p25: number | null;
  /** Upper quartile of their values; null when none has one. */
  p75: number | null;
  /** The band of the median. */
  band?: DoraBand;
  /** How many entities are in each band. */
  bands: Record<DoraBand, number>;
}

/** `GET /objectives/{namespace}/{name}/progress`, and part of the objective page. @public */
export interface ObjectiveProgress {
  /** Ref of the Objective. */
  objectiveRef: string;
  /** Each measure with its values and status, in the order the objective declares them. */
  measures: MeasureProgress[];
  /** The four DORA keys across the supporting entities the caller may see. */
  delivery: DeliveryFigure[];
  /** The number of those supporting entities. */
  supporters: number;
}

/** Whether an objective's outcomes are on track, from its measures. @public */
export type OutcomeStatus = 'on-track' | 'at-risk' | 'off-track' | 'unknown';

/** One active objective on the execution-gap view. @public */
export interface ExecutionGapRow {
  /** Ref of the Objective. */
  objectiveRef: string;
  /** The objective's `metadata.title`, when it has one. */
  title?: string;
  /** The objective's owner. */
  owner?: string;
  /** Supporting entities the caller may see. */
  supporters: number;
  /** Their mean score; null when there are none. */
  meanScore: number | null;
  /** Percent of them at the `drifting` level; null when there are none. */
  driftingShare: number | null;
  /** True when the supporters are aligned: a mean score at the aligned threshold and under 20% drifting. */
  aligned: boolean | null;
  /** The DORA keys across the supporters. */
  delivery: DeliveryFigure[];
  /** How many measures have each status. */
  measures: Record<MeasureStatus, number>;
  /**
   * The worst status among its measured measures (off track, then at risk,
   * then on track); `unknown` when nothing is measured or all are stale.
   */
  outcome: OutcomeStatus;
  /**
   * `aligned-off-track` and `drifting-on-track` are where the strategy,
   * not the code, may need the next revision.
   */
  quadrant:
    | 'aligned-on-track'
    | 'aligned-off-track'
    | 'drifting-on-track'
    | 'drifting-off-track'
    | 'unknown';
}

/** `GET /execution-gap`. @public */
export interface ExecutionGapResponse {
  /** Every active objective the caller may see. */
  objectives: ExecutionGapRow[];
}
