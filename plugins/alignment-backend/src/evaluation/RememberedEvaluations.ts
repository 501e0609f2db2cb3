import type { ScoreParts } from '@lodestar/backstage-plugin-alignment-common';
import type { PackedFigures } from './packedFigures';

/** What a published whole run remembers of one entity's evaluation. */
export interface RememberedEvaluation {
  /** Digest of the entity and its facts when it was evaluated. */
  inputsKey: string;
  /** Content hash of the result the run left served. */
  contentHash: string;
  /** What the run's figures counted of the result. */
  figures: PackedFigures;
  /** The score as parts, when the run kept them for previews. */
  scoreParts?: ScoreParts;
}

/**
 * The evaluations of the last whole run this process published, so that
 * the next run can skip the entities whose inputs have not changed since:
 * the same shared inputs (context, config, outcomes, waivers, UTC day),
 * the same entity and facts, and the same result still served. Kept in
 * memory only: a restart, which may bring other code, starts afresh, and
 * a result written since by another replica or a re-evaluation no longer
 * matches its remembered content hash.
 */
export class RememberedEvaluations {
  private sharedKey?: string;
  private byRef: ReadonlyMap<string, RememberedEvaluation> = new Map();

  /**
   * The remembered evaluations a run may reuse: none unless its shared
   * inputs are those of the run that left them.
   */
  reusableFor(
    sharedKey: string | undefined,
  ): ReadonlyMap<string, RememberedEvaluation> | undefined {
    return sharedKey !== undefined && sharedKey === this.sharedKey
      ? this.byRef
      : undefined;
  }

  /** Remembers what a run that has just been published evaluated. */
  replace(
    sharedKey: string | undefined,
    byRef: ReadonlyMap<string, RememberedEvaluation>,
  ): void {
    this.sharedKey = byRef.size > 0 ? sharedKey : undefined;
    this.byRef = this.sharedKey === undefined ? new Map() : byRef;
  }
}
