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

/**
 * Where each measured direction of a Strategy's trajectory stands, given
 * the observations kept under the strategy's ref; directions without a
 * measure have no progress.
 * @public
 */
export function trajectoryProgress(
  strategy: Entity,
  observations: ReadonlyArray<{
    measureId: string;
    value: number;
    observedAt: string;
    source: string;
  }>,
  now: Date,
): Array<{ direction: string; progress?: MeasureProgress }> {
  const trajectory = strategy.spec?.trajectory;
  if (!Array.isArray(trajectory)) return [];
  return trajectory.flatMap((item, index) => {
    if (typeof item === 'string') return [{ direction: item }];
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return [];
    const { direction, measure } = item as {
      direction?: unknown;
      measure?: ObjectiveMeasure;
    };
    if (typeof direction !== 'string') return [];
    if (!measure || !isTypedMeasure(measure)) return [{ direction }];
    return [
      {
        direction,
        progress: measureProgress(
          measure,
          index,
          observations.filter(o => o.measureId === measure.id),
          now,
        ),
      },
    ];
  });
}
