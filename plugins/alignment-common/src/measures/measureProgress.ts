import { DAY_MS, lastValuePerDay, utcDay } from './dailyValues';
import { judgeMeasure } from './judgeMeasure';
import {
  FreeTextMeasure,
  isTypedMeasure,
  MeasureProgress,
  ObjectiveMeasure,
  TypedMeasure,
} from './types';

/** One stored value of a measure, as `measureProgress` reads it. @public */
export interface MeasureProgressObservation {
  /** The value, in the measure's unit; one that is not a finite number is left out. */
  value: number;
  /** ISO timestamp. */
  observedAt: string;
  /** What sent it, e.g. `salesforce`, or `catalog` for a computed value. */
  source: string;
}

/** How many days of daily values the trend keeps. */
const TREND_DAYS = 365;

function freeTextProgress(
  measure: FreeTextMeasure,
  index: number,
): MeasureProgress {
  return {
    id: `measure-${index + 1}`,
    title: measure.metric,
    targetText: measure.target,
    source: 'text',
    status: 'not-measured',
    reason: 'This measure has a free-text target, so it records no values',
    trend: [],
  };
}

/** The measure's own fields, leaving out the optional ones it lacks. */
function describe(measure: TypedMeasure) {
  return {
    id: measure.id,
    title: measure.title,
    unit: measure.unit,
    direction: measure.direction,
    target: measure.target,
    by: measure.by,
    ...(measure.baseline && { baseline: measure.baseline }),
    ...(measure.cadence && { cadence: measure.cadence }),
    source: measure.source ?? 'push',
  };
}

/**
 * Where a measure stands at `now`, from its observations. Pure: the same
 * input always gives the same answer.
 *
 * - A free-text measure (`{ metric, target }`) is `not-measured`, with id
 *   `measure-<index + 1>`, its metric as title and its target as
 *   `targetText`: it records no values.
 * - Observations dated after `now`, or with an unreadable time or a value
 *   that is not a finite number, are left out. With none left the measure is
 *   `not-measured`: no value has arrived yet.
 * - `current` is the latest observation; `trend` the last value of each UTC
 *   day over the last 365 days, oldest first.
 * - With a `cadence`, a latest value older than 1.5 periods (daily 1 day,
 *   weekly 7, monthly 30, quarterly 91) makes it `stale`. Without one it is
 *   never stale.
 * - Once `by` has passed (it runs to the end of its UTC day), it is
 *   `on-track` when the latest value meets the target, else `off-track`.
 * - Otherwise progress runs from a start: `baseline.value`, else the first
 *   observation's value. With values on at least 2 days of the last 90, a
 *   least-squares line through the last value of each of those days is
 *   extrapolated to `by` (`projected`), and the ratio
 *   (projected − start) / (target − start), read in the measure's
 *   direction, makes it `on-track` from 1, `at-risk` from 0.8, else
 *   `off-track`. A target that needs no progress from the start is
 *   `on-track` when the projection meets it, else `off-track`.
 * - With fewer recent days, the latest value is compared at `now` with the
 *   straight line from the start (at `baseline.date`, else the first
 *   observation) to the target at `by`: `on-track` when it meets the line,
 *   `at-risk` with at least 80% of the progress the line expects by now,
 *   else `off-track`.
 *
 * `reason` says why in one sentence, with numbers rounded to one decimal
 * more than the target is written with, e.g. "Projected 9.1 USD by
 * 2027-06-30, short of the target of 12".
 *
 * @param measure - an entry of the Objective's `spec.measures`
 * @param index - its position there, which names a free-text measure
 * @param observations - its stored values, in any order
 * @param now - the time to judge at
 * @public
 */
export function measureProgress(
  measure: ObjectiveMeasure,
  index: number,
  observations: ReadonlyArray<MeasureProgressObservation>,
  now: Date,
): MeasureProgress {
  if (!isTypedMeasure(measure)) return freeTextProgress(measure, index);
  const nowMs = now.getTime();
  const usable = observations
    .map((observation, order) => ({
      observation,
      order,
      value: observation.value,
      at: Date.parse(observation.observedAt),
    }))
    .filter(o => Number.isFinite(o.value) && o.at <= nowMs)
    // Same time: the one given last wins, as a later write would.
    .sort((a, b) => a.at - b.at || a.order - b.order);
  if (usable.length === 0) {
    return {
      ...describe(measure),
      status: 'not-measured',
      reason: 'No value has arrived yet',
      trend: [],
    };
  }
  const days = lastValuePerDay(usable);
  const firstTrendDay = utcDay(nowMs - (TREND_DAYS - 1) * DAY_MS);
  const { value, observedAt, source } = usable[usable.length - 1].observation;
  return {
    ...describe(measure),
    current: { value, observedAt, source },
    ...judgeMeasure({ measure, observations: usable, days, now: nowMs }),
    trend: days
      .filter(d => d.day >= firstTrendDay)
      .map(d => ({ day: d.day, value: d.value })),
  };
}
