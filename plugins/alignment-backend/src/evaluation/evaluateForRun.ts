import type { Entity } from '@backstage/catalog-model';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlignmentEngine,
  EntityFacts,
  ScoreParts,
  scorePartsOf,
} from '@lodestar/backstage-plugin-alignment-common';
import type { StoredResult, WaiverRecord } from '../database/types';
import { toStoredResult } from './toStoredResult';

/** One entity evaluated in a whole run. */
export interface RunEvaluation {
  stored: StoredResult;
  /** The score as parts, for previews; only when asked for. */
  scoreParts?: ScoreParts;
}

/** What a whole run evaluates every entity with, besides the engine. */
export interface RunInputs {
  evaluatedAt: Date;
  /** Active waivers by entity ref. */
  waivers: ReadonlyMap<string, WaiverRecord[]>;
  /** Latest facts by lowercase entity ref. */
  facts: ReadonlyMap<string, EntityFacts>;
  /** Whether previews need each entity's score as parts. */
  withScoreParts: boolean;
  /**
   * Digest of what every entity of the run is evaluated with, when the run
   * may reuse the last run's evaluations of unchanged entities.
   */
  sharedInputsKey?: string;
}

/**
 * Evaluates one entity of a whole run into its stored form: the same
 * work on the main thread and on the run's worker thread.
 */
export function evaluateForRun(
  engine: AlignmentEngine,
  entity: Entity,
  inputs: RunInputs,
): RunEvaluation {
  const ref = stringifyEntityRef(entity);
  const result = engine.evaluate(entity, {
    now: inputs.evaluatedAt,
    waivers: inputs.waivers.get(ref),
    facts: inputs.facts.get(ref.toLowerCase()),
  });
  return {
    stored: toStoredResult(entity, result, inputs.evaluatedAt.toISOString()),
    scoreParts: inputs.withScoreParts
      ? scorePartsOf(
          result.pillars.flatMap(p => p.checks),
          engine.config.weights,
        )
      : undefined,
  };
}
