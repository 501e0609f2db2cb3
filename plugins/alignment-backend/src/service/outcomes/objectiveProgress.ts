import type { Entity } from '@backstage/catalog-model';
import {
  measureProgress,
  ObjectiveMeasure,
  ObjectiveProgress,
} from '@lodestar/backstage-plugin-alignment-common';
import type { StoredMeasureObservation } from '../../database/DatabaseMeasureStore';
import type { ResultSummary } from '../../database/types';
import type { PageCaller, PageDeps } from '../pages/pageContext';
import { deliveryFigures } from './deliveryFigures';

/** An objective's measures, from its spec; anything that is not a list is none. */
export function measuresOf(objective: Entity): ObjectiveMeasure[] {
  const measures = objective.spec?.measures;
  return Array.isArray(measures) ? (measures as ObjectiveMeasure[]) : [];
}

/** Where each of an objective's measures stands, given its observations. */
export function measuresProgress(
  objective: Entity,
  observations: readonly StoredMeasureObservation[],
  now: Date,
) {
  return measuresOf(objective).map((measure, index) =>
    measureProgress(
      measure,
      index,
      'id' in measure
        ? observations.filter(o => o.measureId === measure.id)
        : [],
      now,
    ),
  );
}

/**
 * An objective's progress: its measures with values and status, and the
 * delivery figures of the supporters the caller may see.
 */
export async function objectiveProgress(
  deps: PageDeps,
  caller: PageCaller,
  objective: Entity,
  objectiveRef: string,
  results?: readonly ResultSummary[],
): Promise<ObjectiveProgress> {
  const visible = results ?? (await deps.queries.resultsIn(caller.scope));
  const supporters = visible
    .filter(r => r.objectiveRefs.includes(objectiveRef))
    .map(r => r.entityRef);
  const [observations, facts] = await Promise.all([
    deps.db.measures.ofObjectives([objectiveRef]),
    deps.db.facts.latestOf(supporters),
  ]);
  const now = deps.clock();
  return {
    objectiveRef,
    measures: measuresProgress(objective, observations, now),
    delivery: deliveryFigures(supporters, facts, deps.config, now),
    supporters: supporters.length,
  };
}
