import type { AlignmentFilter } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../../database/AlignmentDatabase';
import type { ResultSummary } from '../../database/types';
import {
  assembleOverview,
  countPrincipleStatuses,
  OverviewFigures,
  strategyRevisions,
  trendDimension,
  trendOf,
} from '../overviewFigures';
import { aggregateOf, matchesFilter } from './visibleResults';

/**
 * The overview over the entities a caller may see: figures, pass rates and
 * heatmap are computed from those alone. The daily trend is stored for the
 * whole organisation (or a whole owner, system or domain) and cannot be
 * narrowed, so it is withheld unless `mayReadAggregates`; revisions are
 * shown only of strategies the caller may see.
 */
export async function visibleOverview(options: {
  db: AlignmentDatabase;
  filter: AlignmentFilter;
  clock: () => Date;
  visible: readonly ResultSummary[];
  canSee: (entityRef: string) => boolean;
  mayReadAggregates: () => Promise<boolean>;
}): Promise<OverviewFigures> {
  const { db, filter, clock, canSee } = options;
  const selected = options.visible.filter(r => matchesFilter(r, filter));
  const [statuses, trend, revisions] = await Promise.all([
    db.published.checkStatusesOf(selected.map(r => r.entityRef)),
    options
      .mayReadAggregates()
      .then(
        async (may): Promise<OverviewFigures['trend']> =>
          may
            ? trendOf(db, filter, clock)
            : { ...trendDimension(filter), points: [], withheld: true },
      ),
    strategyRevisions(db),
  ]);
  return assembleOverview({
    filter,
    aggregate: aggregateOf(selected),
    counts: countPrincipleStatuses(statuses),
    trend,
    revisions: revisions.filter(r => canSee(r.strategyRef)),
  });
}
