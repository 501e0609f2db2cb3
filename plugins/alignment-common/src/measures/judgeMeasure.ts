import { DailyValue, DAY_MS, TimedValue, utcDay } from './dailyValues';
import { measureNumberFormat, withUnit } from './formatMeasureNumber';
import { projectLinearFit } from './linearFit';
import { MEASURE_CADENCE_DAYS, MeasureStatus, TypedMeasure } from './types';

/** How far back observations feed the projection. */
const FIT_WINDOW_DAYS = 90;
/** A value older than this many cadence periods makes a measure stale. */
const STALE_AFTER_PERIODS = 1.5;
/** The share of the needed progress below which a measure is off track. */
const AT_RISK_RATIO = 0.8;
/** Slack for floating point, so a value computed to 11.9999999 meets 12. */
const EPSILON = 1e-9;

/** A measure's status, why, and the projected value when a fit was made. */
export interface MeasureJudgement {
  status: MeasureStatus;
  reason: string;
  projected?: number;
}

/** What the judgement reads: the measure, its values and the time. */
export interface MeasureEvidence {
  measure: TypedMeasure;
  /** Every usable observation, oldest first; never empty. */
  observations: readonly TimedValue[];
  /** The last value of each day of `observations`, oldest first. */
  days: readonly DailyValue[];
  now: number;
}

function directionSign(measure: TypedMeasure): 1 | -1 {
  return measure.direction === 'increase' ? 1 : -1;
}

/** True when `value` is at or beyond `goal` in the measure's direction. */
function reaches(sign: 1 | -1, value: number, goal: number): boolean {
  return sign * (value - goal) >= -EPSILON * Math.max(1, Math.abs(goal));
}

/**
 * Where `value` stands on the way from `start` to `goal`: on track when it
 * reaches the goal, at risk when it has made 80% of the progress needed.
 * A goal that needs no progress (at or behind the start) is met or not.
 */
function progressStatus(
  sign: 1 | -1,
  value: number,
  start: number,
  goal: number,
): MeasureStatus {
  if (reaches(sign, value, goal)) return 'on-track';
  const needed = sign * (goal - start);
  if (needed <= 0) return 'off-track';
  const ratio = (sign * (value - start)) / needed;
  return ratio >= AT_RISK_RATIO - EPSILON ? 'at-risk' : 'off-track';
}

function staleReason(
  measure: TypedMeasure,
  latest: TimedValue,
  now: number,
): string | undefined {
  if (!measure.cadence) return undefined;
  const period = MEASURE_CADENCE_DAYS[measure.cadence];
  const age = now - latest.at;
  if (age <= STALE_AFTER_PERIODS * period * DAY_MS) return undefined;
  const daysAgo = Math.floor(age / DAY_MS);
  const every = period === 1 ? 'every day' : `every ${period} days`;
  return `The last value arrived on ${utcDay(
    latest.at,
  )}, ${daysAgo} days ago, and a ${
    measure.cadence
  } measure expects one ${every}`;
}

/**
 * Judges a typed measure that has values; see `measureProgress` for the
 * rules. `by` is taken to run to the end of its UTC day.
 */
export function judgeMeasure(evidence: MeasureEvidence): MeasureJudgement {
  const { measure, observations, days, now } = evidence;
  const sign = directionSign(measure);
  const number = measureNumberFormat(measure);
  const target = number(measure.target);
  const latest = observations[observations.length - 1];
  const current = withUnit(number(latest.value), measure.unit);

  const stale = staleReason(measure, latest, now);
  if (stale) return { status: 'stale', reason: stale };

  const deadline = Date.parse(measure.by) + DAY_MS;
  if (now >= deadline) {
    const met = reaches(sign, latest.value, measure.target);
    const miss = sign > 0 ? 'falls short of' : 'is still above';
    return {
      status: met ? 'on-track' : 'off-track',
      reason: `The deadline ${
        measure.by
      } has passed and the latest value, ${current}, ${
        met ? 'meets' : miss
      } the target of ${target}`,
    };
  }

  const start = measure.baseline?.value ?? observations[0].value;
  const recent = days.filter(d => d.at >= now - FIT_WINDOW_DAYS * DAY_MS);
  const projected = projectLinearFit(recent, deadline);
  if (projected !== undefined) {
    const status = progressStatus(sign, projected, start, measure.target);
    const miss = sign > 0 ? 'short of' : 'above';
    const outcome = status === 'on-track' ? 'meeting' : miss;
    return {
      status,
      projected,
      reason: `Projected ${withUnit(number(projected), measure.unit)} by ${
        measure.by
      }, ${outcome} the target of ${target}`,
    };
  }

  // Too few recent days for a slope: compare the latest value with the
  // straight line from the start to the target, read at now.
  const startAt = measure.baseline
    ? Date.parse(measure.baseline.date)
    : observations[0].at;
  const span = deadline - startAt;
  const elapsed =
    span > 0 ? Math.min(1, Math.max(0, (now - startAt) / span)) : 1;
  const expected = start + (measure.target - start) * elapsed;
  const status = progressStatus(sign, latest.value, start, expected);
  const pace =
    status === 'on-track'
      ? `on pace for ${target} by ${measure.by} (${number(
          expected,
        )} expected by now)`
      : `behind the ${number(
          expected,
        )} expected by now on the way to ${target} by ${measure.by}`;
  return {
    status,
    reason: `At ${current} on ${utcDay(latest.at)}, ${pace}`,
  };
}
