import {
  ExecutionGapResponse,
  ExecutionGapRow,
  isLodestarEntity,
  measuresProgress,
  MEASURE_STATUSES,
  MeasureStatus,
  ObjectiveEntity,
  OutcomeStatus,
  outcomeOf,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';
import type { PageCaller, PageDeps } from '../pages/pageContext';
import { figuresOf } from '../pages/pageContext';
import { deliveryFigures } from './deliveryFigures';
import { withholdCatalogMeasures } from './withheldMeasures';

// Supporters count as aligned with a mean score at the aligned threshold
// and fewer than this share drifting: a mean alone hides a drifting tail.
const MAX_DRIFTING_SHARE_ALIGNED = 20;

function quadrantOf(
  aligned: boolean | null,
  outcome: OutcomeStatus,
): ExecutionGapRow['quadrant'] {
  if (aligned === null || outcome === 'unknown') return 'unknown';
  const onTrack = outcome === 'on-track';
  if (aligned) return onTrack ? 'aligned-on-track' : 'aligned-off-track';
  return onTrack ? 'drifting-on-track' : 'drifting-off-track';
}

/**
 * For each active objective the caller may see: are its services aligned,
 * are they delivering, and are its outcomes on track. An objective whose
 * services are aligned while its outcomes are off track, or drifting while
 * on track, is where the strategy rather than the code may need revising.
 * At risk counts as off track here: the question is whether the plan works.
 */
export async function executionGap(
  deps: PageDeps,
  caller: PageCaller,
): Promise<ExecutionGapResponse> {
  const [{ items }, results] = await Promise.all([
    deps.catalog.getEntities(
      { filter: { kind: 'Objective', 'spec.status': 'active' } },
      { credentials: caller.credentials },
    ),
    deps.queries.resultsIn(caller.scope),
  ]);
  const objectives = items.filter(isLodestarEntity) as ObjectiveEntity[];
  const refs = objectives.map(o => refOf(o));
  const supporting = new Map(refs.map(ref => [ref, [] as typeof results]));
  for (const result of results) {
    for (const ref of result.objectiveRefs) supporting.get(ref)?.push(result);
  }
  const supporterRefs = [
    ...new Set([...supporting.values()].flat().map(r => r.entityRef)),
  ];
  const [observations, facts] = await Promise.all([
    deps.db.measures.ofObjectives(refs),
    deps.db.facts.latestOf(supporterRefs),
  ]);
  const now = deps.clock();
  const { aligned: alignedThreshold } = deps.config.levelThresholds;

  const progress = await Promise.all(
    objectives.map((objective, i) =>
      withholdCatalogMeasures(
        deps,
        caller,
        measuresProgress(
          objective,
          observations.filter(o => o.objectiveRef === refs[i]),
          now,
        ),
      ),
    ),
  );
  const rows = objectives.map((objective, i): ExecutionGapRow => {
    const ref = refs[i];
    const supporters = supporting.get(ref)!;
    const figures = figuresOf(supporters);
    const driftingShare = supporters.length
      ? Math.round((100 * figures.levels.drifting) / supporters.length)
      : null;
    const aligned =
      figures.score === null
        ? null
        : figures.score >= alignedThreshold &&
          driftingShare! < MAX_DRIFTING_SHARE_ALIGNED;
    const measures = progress[i];
    const counts = Object.fromEntries(
      MEASURE_STATUSES.map(s => [s, 0]),
    ) as Record<MeasureStatus, number>;
    for (const m of measures) counts[m.status] += 1;
    const outcome = outcomeOf(measures);
    const row: ExecutionGapRow = {
      objectiveRef: ref,
      supporters: supporters.length,
      meanScore: figures.score,
      driftingShare,
      aligned,
      delivery: deliveryFigures(
        supporters.map(s => s.entityRef),
        facts,
        deps.config,
        now,
      ),
      measures: counts,
      outcome,
      quadrant: quadrantOf(
        aligned,
        outcome === 'at-risk' ? 'off-track' : outcome,
      ),
    };
    if (objective.metadata.title) row.title = objective.metadata.title;
    if (objective.spec.owner) row.owner = objective.spec.owner;
    return row;
  });
  return {
    objectives: rows.sort((a, b) =>
      a.objectiveRef.localeCompare(b.objectiveRef),
    ),
  };
}
