import type { Entity } from '@backstage/catalog-model';
import {
  AlignmentEngine,
  refOf,
  ScoreParts,
} from '@lodestar/backstage-plugin-alignment-common';
import { rowContent } from '../database/resultRows';
import type { RowContent, StoredResult } from '../database/types';
import { evaluateForRun, RunEvaluation, RunInputs } from './evaluateForRun';
import { inputsKeyOf } from './inputsKeys';
import type { ResultFigures } from './RunAccumulator';

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
  /**
   * Digest of the entity and its facts, when its result holds for the rest
   * of the UTC day and the run may reuse evaluations.
   */
  inputsKey?: string;
  /** What the run's figures count of an unchanged result with an inputs key. */
  figures?: ResultFigures;
  /** Whether the run reused the entity's remembered evaluation. */
  reused?: boolean;
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

/** Only what the figures count, so that the rest of a result can go. */
function figuresOf(result: ResultFigures): ResultFigures {
  return {
    owner: result.owner,
    system: result.system,
    domain: result.domain,
    objectiveRefs: result.objectiveRefs,
    score: result.score,
    level: result.level,
    needsRevalidation: result.needsRevalidation,
    checkStatuses: result.checkStatuses,
  };
}

/**
 * One entity of a whole run, on the worker or the main thread: a mark
 * that its remembered evaluation is reused, when the inputs key it was
 * offered with (see RememberedEvaluations) is still the entity's; else
 * evaluated, with its inputs key and, when unchanged, its figures, so that
 * the next run can reuse it. The evaluation comes too, for the run's
 * figures.
 */
export function evaluateOrReuse(
  engine: AlignmentEngine,
  entity: Entity,
  inputs: RunInputs,
  offered: ReadonlyMap<string, string>,
  servedContentHash: (entityRef: string) => string | undefined,
): { result: RunResult; evaluation?: RunEvaluation } {
  const inputsKey = inputsKeyOf(engine, entity, inputs);
  if (inputsKey !== undefined) {
    const entityRef = refOf(entity);
    if (offered.get(entityRef) === inputsKey)
      return { result: { entityRef, needsRevalidation: false, reused: true } };
  }
  const evaluation = evaluateForRun(engine, entity, inputs);
  const result = toRunResult(
    evaluation,
    servedContentHash(evaluation.stored.entityRef),
  );
  if (inputsKey === undefined) return { result, evaluation };
  return {
    result: result.changed
      ? { ...result, inputsKey }
      : { ...result, inputsKey, figures: figuresOf(evaluation.stored) },
    evaluation,
  };
}
