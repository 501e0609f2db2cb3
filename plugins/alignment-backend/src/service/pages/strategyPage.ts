import {
  StrategyPageData,
  trajectoryProgress,
} from '@lodestar/backstage-plugin-alignment-common';
import { withholdCatalogMeasures } from '../outcomes/withheldMeasures';
import { strategyRevisions, trendOf } from '../overviewFigures';
import {
  countByOwner,
  PageCaller,
  PageDeps,
  pageEntity,
  unlessWithheld,
} from './pageContext';

/**
 * What a Strategy's page shows besides the strategy's own text: its
 * principles and objectives with their figures, the organisation's score
 * with the revisions marked, who still has to revalidate since the
 * latest revision, and its trajectory's measured directions.
 */
export async function strategyPage(
  deps: PageDeps,
  caller: PageCaller,
  entityRef: string,
): Promise<StrategyPageData> {
  const { entity, ref } = await pageEntity(deps, caller, entityRef, 'Strategy');
  const [principles, objectives, scoreTrend, revisions, results, measured] =
    await Promise.all([
      deps.queries.principles(caller.credentials, caller.scope),
      deps.queries.objectives(caller.credentials, caller.scope),
      unlessWithheld(deps, caller, async () =>
        (
          await trendOf(deps.db, {}, deps.clock)
        ).points.map(p => ({
          day: p.day,
          score: p.score,
        })),
      ),
      strategyRevisions(deps.db),
      deps.queries.resultsIn(caller.scope),
      deps.db.measures.ofObjectives([ref]),
    ]);
  const own = revisions.filter(
    r => r.strategyRef.toLocaleLowerCase('en-US') === ref,
  );
  const needing = results.filter(r => r.needsRevalidation);
  return {
    entityRef: ref,
    principles: principles.items,
    // The page links to each objective; its supporters are a list request.
    objectives: objectives.objectives
      .filter(o => o.strategy === ref)
      .map(o => ({ ...o, supportingRefs: [] })),
    scoreTrend,
    revisions: own,
    realignment: {
      revision: own[own.length - 1],
      total: needing.length,
      byOwner: countByOwner(needing),
    },
    trajectory: await withholdCatalogMeasures(
      deps,
      caller,
      trajectoryProgress(entity, measured, deps.clock()),
    ),
  };
}
