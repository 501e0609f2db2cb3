import type { ObjectivePageData } from '@lodestar/backstage-plugin-alignment-common';
import {
  countByOwner,
  figuresOf,
  PageCaller,
  PageDeps,
  pageEntity,
  unlessWithheld,
  yearAgo,
} from './pageContext';
import { objectiveProgress } from '../outcomes/objectiveProgress';

/**
 * What an Objective's page shows besides its own text: its figures, the
 * objectives it replaced, its supporters per owner (for a retired
 * objective, the drift left to clear), its coverage over time, and its
 * measures with the delivery of its supporters. The
 * supporters themselves are `GET /entities?objective=`.
 */
export async function objectivePage(
  deps: PageDeps,
  caller: PageCaller,
  entityRef: string,
): Promise<ObjectivePageData> {
  const { entity, ref } = await pageEntity(
    deps,
    caller,
    entityRef,
    'Objective',
  );
  const [coverage, results, coverageSeries] = await Promise.all([
    deps.queries.objectives(caller.credentials, caller.scope),
    deps.queries.resultsIn(caller.scope),
    unlessWithheld(deps, caller, async () =>
      (
        await deps.db.trends.daily('objective', ref, yearAgo(deps))
      ).map(d => ({
        day: d.day,
        entities: d.entities,
        score: d.entities === 0 ? null : Math.round(d.scoreSum / d.entities),
      })),
    ),
  ]);
  const objective = coverage.objectives.find(o => o.entityRef === ref);
  const supporters = results.filter(r => r.objectiveRefs.includes(ref));
  const { levels } = figuresOf(supporters);
  const progress = await objectiveProgress(deps, caller, entity, ref, results);
  return {
    objective: objective
      ? { ...objective, supportingRefs: [] }
      : {
          // Not a valid objective for the engine: shown with no figures.
          entityRef: ref,
          title: entity.metadata.title ?? entity.metadata.name,
          status: 'proposed',
          owner: String(entity.spec?.owner ?? ''),
          supportingCount: supporters.length,
          meanScore: figuresOf(supporters).score,
          supportingRefs: [],
        },
    predecessors: coverage.objectives
      .filter(o => o.successor === ref)
      .map(o => o.entityRef),
    levels,
    byOwner: countByOwner(supporters),
    coverage: coverageSeries,
    progress,
  };
}
