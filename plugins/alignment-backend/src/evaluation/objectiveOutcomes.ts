import {
  CatalogSnapshot,
  isLodestarEntity,
  MeasureProgress,
  measuresProgress,
  normalizeRef,
  objectiveOutcome,
  ObjectiveOutcome,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';

/** An objective of the snapshot with where its measures stand. */
export interface ObjectiveMeasures {
  objectiveRef: string;
  title: string;
  owner?: string;
  status?: string;
  measures: MeasureProgress[];
}

/**
 * Where the measures of every Lodestar objective in the snapshot stand.
 * Read whole: objectives and their observations are few.
 */
export async function readObjectiveMeasures(
  db: AlignmentDatabase,
  snapshot: CatalogSnapshot,
  now: Date,
): Promise<ObjectiveMeasures[]> {
  const objectives = [...snapshot.ofKind('objective')].filter(isLodestarEntity);
  const refs = objectives.map(o => refOf(o));
  const observations = await db.measures.ofObjectives(refs);
  return objectives.map((objective, i) => ({
    objectiveRef: refs[i],
    title: objective.metadata.title ?? objective.metadata.name,
    owner:
      typeof objective.spec?.owner === 'string'
        ? normalizeRef(objective.spec.owner, {
            defaultKind: 'group',
            defaultNamespace: objective.metadata.namespace,
          })
        : undefined,
    status: (objective.spec as { status?: string }).status,
    measures: measuresProgress(
      objective,
      observations.filter(o => o.objectiveRef === refs[i]),
      now,
    ),
  }));
}

/**
 * Each objective's outcome, for rules that read `o.outcome` (an AI
 * initiative must serve a measured objective).
 */
export async function readObjectiveOutcomes(
  db: AlignmentDatabase,
  snapshot: CatalogSnapshot,
  now: Date,
): Promise<Map<string, ObjectiveOutcome>> {
  return new Map(
    (await readObjectiveMeasures(db, snapshot, now)).map(o => [
      o.objectiveRef,
      objectiveOutcome(o.measures),
    ]),
  );
}
