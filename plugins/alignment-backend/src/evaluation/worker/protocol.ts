import type { Entity } from '@backstage/catalog-model';
import type {
  AlignmentConfig,
  EntityFacts,
  ObjectiveOutcome,
  ScoreParts,
} from '@lodestar/backstage-plugin-alignment-common';
import type {
  RowContent,
  StoredResult,
  WaiverRecord,
} from '../../database/types';

/**
 * Sets up a run on the worker: the context entities the snapshot is built
 * from again there, and what every entity of the run is evaluated with.
 */
export interface PrepareRun {
  type: 'prepare';
  id: number;
  context: readonly Entity[];
  complete: boolean;
  config: AlignmentConfig;
  objectiveOutcomes: ReadonlyMap<string, ObjectiveOutcome>;
  waivers: ReadonlyMap<string, WaiverRecord[]>;
  evaluatedAt: Date;
  withScoreParts: boolean;
}

/** A page of evaluated entities, with their facts by lowercase ref. */
export interface EvaluatePage {
  type: 'page';
  id: number;
  entities: Entity[];
  facts: Map<string, EntityFacts>;
}

/** What the main thread asks of the worker. */
export type ToWorker = PrepareRun | EvaluatePage;

/**
 * A result as it travels back: its row content is built, and its
 * scorecard left out, since the main thread rarely reads it and can parse
 * it from the row's JSON when it does.
 */
export interface EvaluatedOnWorker {
  stored: Omit<StoredResult, 'scorecard'> & { content: RowContent };
  scoreParts?: ScoreParts;
}

/** What the worker answers, by the id of the message it answers. */
export type FromWorker =
  | { type: 'prepared'; id: number }
  | { type: 'page'; id: number; results: EvaluatedOnWorker[] }
  | { type: 'error'; id: number; message: string };
