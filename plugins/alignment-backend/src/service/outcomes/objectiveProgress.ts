import type { Entity } from '@backstage/catalog-model';
import {
  measuresProgress,
  ObjectiveProgress,
} from '@lodestar/backstage-plugin-alignment-common';
import type { ResultSummary } from '../../database/types';
import type { PageCaller, PageDeps } from '../pages/pageContext';
import { deliveryFigures } from './deliveryFigures';
import { withholdCatalogMeasures } from './withheldMeasures';

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
    measures: await withholdCatalogMeasures(
      deps,
      caller,
      measuresProgress(objective, observations, now),
    ),
    delivery: deliveryFigures(supporters, facts, deps.config, now),
    supporters: supporters.length,
  };
}
