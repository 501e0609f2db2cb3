import type { ScoreParts } from '@lodestar/backstage-plugin-alignment-common';
import { rowContent } from '../database/resultRows';
import type { RowContent, StoredResult } from '../database/types';
import type { RunEvaluation } from './evaluateForRun';

/**
 * One entity's result in a whole run, as a page's evaluation hands it on:
 * in full only when it differs from the served one, since that is the
 * only kind the run stages. A run over an unchanged catalog thus moves
 * a few fields per entity between threads, not its scorecard.
 */
export interface RunResult {
  entityRef: string;
  owner?: string;
  needsRevalidation: boolean;
  /** The result, with its row content, when it differs from the served one. */
  changed?: StoredResult & { content: RowContent };
  /** The score as parts, for previews; only when asked for. */
  scoreParts?: ScoreParts;
}

/**
 * An evaluation as a run hands it on, compared with the hash of the
 * entity's served content (none when it has no served result).
 */
export function toRunResult(
  { stored, scoreParts }: RunEvaluation,
  servedContentHash: string | undefined,
): RunResult {
  const content = stored.content ?? rowContent(stored);
  return {
    entityRef: stored.entityRef,
    owner: stored.owner,
    needsRevalidation: stored.needsRevalidation,
    changed:
      content.contentHash === servedContentHash
        ? undefined
        : { ...stored, content },
    scoreParts,
  };
}
