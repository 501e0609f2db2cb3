import type { Entity } from '@backstage/catalog-model';
import {
  isLodestarEntity,
  isTypedMeasure,
  MeasureObservation,
  measuresOf,
  ObjectiveEntity,
  refOf,
  TypedMeasure,
} from '@lodestar/backstage-plugin-alignment-common';
import { dayStartMs, DAY_MS, observedAtOf, reportingDays } from './calendar';
import { seededBetween, seededNoise } from './random';
import { DEMO_SEED, DEMO_SOURCE, MEASURE_PACES, MeasurePace } from './story';

// Day-to-day wobble, as a share of the distance from baseline to target.
const NOISE_SHARE = 0.01;

/** A measure the demo writes values of, with the objective it belongs to. */
export interface DemoMeasure {
  objectiveRef: string;
  measure: TypedMeasure & { baseline: { value: number; date: string } };
  pace: MeasurePace;
}

function decimalsOf(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

/**
 * The measures that take pushed values (typed, not computed from the
 * catalog) of the active objectives. Measures without a baseline are left
 * out: with no starting point there is no pace to tell a story with.
 */
export function demoMeasures(entities: readonly Entity[]): DemoMeasure[] {
  return entities
    .filter(
      (e): e is ObjectiveEntity =>
        e.kind === 'Objective' && isLodestarEntity(e),
    )
    .filter(objective => objective.spec.status === 'active')
    .flatMap(objective =>
      measuresOf(objective)
        .filter(isTypedMeasure)
        .filter(m => (m.source ?? 'push') === 'push' && m.baseline)
        .map(measure => ({
          objectiveRef: refOf(objective),
          measure: measure as DemoMeasure['measure'],
          pace: MEASURE_PACES[`${objective.metadata.name}/${measure.id}`] ?? {
            pace: seededBetween(
              0.85,
              1.15,
              DEMO_SEED,
              refOf(objective),
              measure.id,
            ),
          },
        })),
    )
    .sort((a, b) =>
      `${a.objectiveRef}/${a.measure.id}`.localeCompare(
        `${b.objectiveRef}/${b.measure.id}`,
      ),
    );
}

/**
 * A measure's value on a day: on the line from its baseline that covers
 * `pace` of the way to the target by the deadline (the end of `by`), with
 * a little wobble, rounded to one decimal more than the target and
 * baseline are written with (whole numbers for counted things). Before the
 * baseline it is the baseline; a percentage stays within 0–100.
 */
export function measureValue(demo: DemoMeasure, day: string): number {
  const { measure, pace } = demo;
  const start = measure.baseline.value;
  const startAt = Date.parse(measure.baseline.date);
  const deadline = Date.parse(measure.by) + DAY_MS;
  const elapsed = Math.max(0, dayStartMs(day) - startAt) / (deadline - startAt);
  const distance = measure.target - start;
  const noise = pace.whole
    ? 0
    : seededNoise(
        NOISE_SHARE * Math.abs(distance),
        DEMO_SEED,
        demo.objectiveRef,
        measure.id,
        day,
      );
  let value = start + pace.pace * distance * elapsed + noise;
  if (measure.unit === '%') value = Math.min(100, value);
  if (start >= 0 && measure.target >= 0) value = Math.max(0, value);
  const decimals = pace.whole
    ? 0
    : Math.max(decimalsOf(measure.target), decimalsOf(start)) + 1;
  return Number(value.toFixed(decimals));
}

/**
 * The values of every demo measure over the days, each on the days its
 * cadence reports (see `reportingDays`).
 */
export function measureObservations(
  measures: readonly DemoMeasure[],
  days: readonly string[],
): MeasureObservation[] {
  return measures.flatMap(demo =>
    reportingDays(days, demo.measure.cadence).map(day => ({
      objectiveRef: demo.objectiveRef,
      measureId: demo.measure.id,
      value: measureValue(demo, day),
      observedAt: observedAtOf(day),
      source: DEMO_SOURCE,
    })),
  );
}
