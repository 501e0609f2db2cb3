import type { CatalogSnapshot } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { LevelChange, RevisionRecord } from '../database/types';
import type { AlignmentNotifier } from './AlignmentNotifier';
import { readObjectiveMeasures } from './objectiveOutcomes';

/**
 * What owners are told once a whole-catalog run is published: entities
 * whose level dropped, a fresh strategy revision to revalidate against,
 * and measures of active objectives that turned off track or stale. Read
 * after the run recorded the catalog's measures, so those count too.
 */
export async function notifyAfterRun(options: {
  notifier: AlignmentNotifier;
  db: AlignmentDatabase;
  snapshot: CatalogSnapshot;
  levelChanges: LevelChange[];
  freshRevisions: RevisionRecord[];
  needingReview: Map<string, string[]>;
  now: Date;
}): Promise<void> {
  const { notifier } = options;
  notifier.startRun();
  await notifier.levelDrops(options.levelChanges);
  for (const revision of options.freshRevisions)
    await notifier.revalidation(revision, options.needingReview);
  const objectives = await readObjectiveMeasures(
    options.db,
    options.snapshot,
    options.now,
  );
  await notifier.measureTurns(objectives.filter(o => o.status === 'active'));
}
