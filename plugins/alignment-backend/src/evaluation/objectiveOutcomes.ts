import {
  CatalogSnapshot,
  isLodestarEntity,
  measuresProgress,
  objectiveOutcome,
  ObjectiveOutcome,
  refOf,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';

/**
 * Where the measures of every objective in the snapshot stand, for rules
 * that read `o.outcome` (an AI initiative must serve a measured objective).
 * Read once per run: objectives and their observations are few.
 */
export async function readObjectiveOutcomes(
  db: AlignmentDatabase,
  snapshot: CatalogSnapshot,
  now: Date,
): Promise<Map<string, ObjectiveOutcome>> {
  const objectives = [...snapshot.ofKind('objective')].filter(isLodestarEntity);
  const refs = objectives.map(o => refOf(o));
  const observations = await db.measures.ofObjectives(refs);
  return new Map(
    objectives.map((objective, i) => [
      refs[i],
      objectiveOutcome(
        measuresProgress(
          objective,
          observations.filter(o => o.objectiveRef === refs[i]),
          now,
        ),
      ),
    ]),
  );
}
