/**
 * Measures: an Objective's outcome metrics, with values arriving as
 * observations through the API or computed from the catalog on each run.
 */

/** Which way a measure should move. @public */
export const MEASURE_DIRECTIONS = ['increase', 'decrease'] as const;

/** One of {@link MEASURE_DIRECTIONS}. @public */
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

/** How often a value is expected; no value for longer makes the measure stale. @public */
export const MEASURE_CADENCES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
] as const;

/** One of {@link MEASURE_CADENCES}. @public */
export type MeasureCadence = (typeof MEASURE_CADENCES)[number];

/**
 * The days between two expected values of each cadence. A measure whose
 * latest value is older than 1.5 periods is stale.
 * @public
 */
export const MEASURE_CADENCE_DAYS: Readonly<Record<MeasureCadence, number>> = {
  daily: 1,
  weekly: 7,
  monthly: 30,
  quarterly: 91,
};

/**
 * A measure computed from the catalog on each run: how many evaluated
 * entities match a CEL predicate (`count`), or which share of those
 * matching `of` also match `where` (`share`, 0–100).
 * @public
 */
export type CatalogMeasureSource = {
  aggregate: 'count' | 'share';
  /** CEL predicate over `entity`, as in a Principle's rule. */
  where: string;
  /** For `share`: the CEL predicate of the whole; every evaluated entity when absent. */
  of?: string;
};

/** A measure with numbers: a value that should reach `target` by `by`. @public */
export type TypedMeasure = {
  /** Unique within the objective; observations name it. Lowercase letters, digits and `-`. */
  id: string;
  title: string;
  /** E.g. `USD`, `%`, `customers`, `systems`. */
  unit: string;
  direction: MeasureDirection;
  target: number;
  /** ISO date by which the target should be reached. */
  by: string;
  /** Where it started, to show progress from. */
  baseline?: { value: number; date: string };
  cadence?: MeasureCadence;
  /** `push` (the default): values arrive through the API. `catalog`: computed on each run. */
  source?: 'push' | 'catalog';
  /** How a `catalog` measure is computed. */
  catalog?: CatalogMeasureSource;
};

/** The older form: a metric with its target as text, shown as "not measured". @public */
export type FreeTextMeasure = {
  metric: string;
  target: string;
};

/** An entry of an Objective's `spec.measures`. @public */
export type ObjectiveMeasure = TypedMeasure | FreeTextMeasure;

/** True for a measure with numbers, false for the free-text form. @public */
export function isTypedMeasure(
  measure: ObjectiveMeasure,
): measure is TypedMeasure {
  return typeof (measure as TypedMeasure).id === 'string';
}

/** Where a measure stands. @public */
export const MEASURE_STATUSES = [
  'on-track',
  'at-risk',
  'off-track',
  'stale',
  'not-measured',
] as const;

/** One of {@link MEASURE_STATUSES}. @public */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** One value of one measure, as `POST /measures` takes it. @public */
export interface MeasureObservation {
  /** Ref of the Objective, e.g. `objective:default/win-us-midmarket`. */
  objectiveRef: string;
  /** The measure's `id`. */
  measureId: string;
  /** The value, in the measure's unit. */
  value: number;
  /** ISO timestamp; defaults to the time of the request. */
  observedAt?: string;
  /** What sent it, e.g. `salesforce`; 1–200 characters. */
  source: string;
}

/** The body of `POST /measures`: one observation or a batch of up to 1000. @public */
export type MeasurePushRequest =
  | MeasureObservation
  | { items: MeasureObservation[] };

/** What `POST /measures` answers. @public */
export interface MeasurePushResponse {
  /** Observations stored. */
  accepted: number;
  /** Observations already stored with the same measure, time and source, kept once. */
  duplicates: number;
}

/** A measure with its values and where it stands. @public */
export interface MeasureProgress {
  /** The measure's id, or `measure-<n>` for a free-text one. */
  id: string;
  /** The measure's title, or the metric of a free-text one. */
  title: string;
  /** The measure's unit; absent for a free-text one. */
  unit?: string;
  /** Which way the measure should move; absent for a free-text one. */
  direction?: MeasureDirection;
  /** The value to reach by `by`; absent for a free-text one. */
  target?: number;
  /** The free-text target of the older form. */
  targetText?: string;
  /** ISO date by which the target should be reached; absent for a free-text one. */
  by?: string;
  /** Where it started, when the measure declares it. */
  baseline?: { value: number; date: string };
  /** How often a value is expected, when the measure declares it. */
  cadence?: MeasureCadence;
  /** Where values come from: `push` (the API), `catalog` (computed on each run) or `text` (a free-text measure). */
  source: 'push' | 'catalog' | 'text';
  /** The latest value. */
  current?: { value: number; observedAt: string; source: string };
  /** The value projected to `by` from recent observations, when there are enough. */
  projected?: number;
  /** Where the measure stands. */
  status: MeasureStatus;
  /** Why the status, in a sentence. */
  reason: string;
  /** The last value of each day, oldest first. */
  trend: Array<{ day: string; value: number }>;
  /**
   * True when the values are withheld from the caller: a measure computed
   * over the whole catalog is an organisation-wide figure, shown only to
   * callers who see every entity or may read aggregates.
   */
  withheld?: boolean;
}
