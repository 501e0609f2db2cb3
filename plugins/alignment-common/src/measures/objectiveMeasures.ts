import type { Entity } from '@backstage/catalog-model';
import { measureProgress } from './measureProgress';
import { isTypedMeasure, MeasureProgress, ObjectiveMeasure } from './types';

/** An objective's measures, from its spec; anything that is not a list is none. @public */
export function measuresOf(objective: Entity): ObjectiveMeasure[] {
  const measures = objective.spec?.measures;
  return Array.isArray(measures) ? (measures as ObjectiveMeasure[]) : [];
}

/**
 * Where each of an objective's measures stands, given the observations of
 * the objective (any measure's; each measure takes its own).
 * @public
 */
export function measuresProgress(
  objective: Entity,
  observations: ReadonlyArray<{
    measureId: string;
    value: number;
    observedAt: string;
    source: string;
  }>,
  now: Date,
): MeasureProgress[] {
  return measuresOf(objective).map((measure, index) =>
    measureProgress(
      measure,
      index,
      isTypedMeasure(measure)
        ? observations.filter(o => o.measureId === measure.id)
        : [],
      now,
    ),
  );
}
