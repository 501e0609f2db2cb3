import type { Entity } from '@backstage/catalog-model';
import type { EntityFacts } from '@lodestar/backstage-plugin-alignment-common';
import type { RowContent, StoredResult } from '../../database/types';
import type { SharedRunInputs } from '../inputsKeys';
import type { RunTally } from '../RunAccumulator';
import type { RunResult } from '../runResults';

/**
 * Sets up a run on the worker: the context entities the snapshot is built
 * from again there, and what every entity of the run is evaluated with.
 */
export interface PrepareRun extends SharedRunInputs {
  type: 'prepare';
  id: number;
  /**
   * Digest of the run's shared inputs, when it may reuse remembered
   * evaluations of entities whose inputs have not changed.
   */
  sharedInputsKey?: string;
}

/**
 * A page of evaluated entities, with their facts by lowercase ref, the
 * content hashes of their served results by ref, and the inputs keys of
 * the remembered evaluations that may be reused, by ref.
 */
export interface EvaluatePage {
  type: 'page';
  id: number;
  entities: Entity[];
  facts: Map<string, EntityFacts>;
  servedContentHashes: Map<string, string>;
  reusable: Map<string, string>;
}

/** What the main thread asks of the worker. */
export type ToWorker = PrepareRun | EvaluatePage;

/**
 * A result as it travels back. A changed one comes with its row content
 * built, and its scorecard left out, since the main thread rarely reads
 * it and can parse it from the row's JSON when it does.
 */
export interface EvaluatedOnWorker extends Omit<RunResult, 'changed'> {
  changed?: Omit<StoredResult, 'scorecard'> & { content: RowContent };
}

/** A page evaluated, with what its results add to the run's figures. */
export interface PageOnWorker {
  type: 'page';
  id: number;
  results: EvaluatedOnWorker[];
  tally: RunTally;
}

/** What the worker answers, by the id of the message it answers. */
export type FromWorker =
  | { type: 'prepared'; id: number }
  | PageOnWorker
  | { type: 'error'; id: number; message: string };
