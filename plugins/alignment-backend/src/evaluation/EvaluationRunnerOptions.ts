import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  AlignmentConfig,
  CatalogSnapshot,
  ScoreParts,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { AlignmentNotifier } from './AlignmentNotifier';
import type { CatalogReader } from './CatalogReader';
import type { Retention } from './runUpkeep';

/** What an EvaluationRunner works with, and the hooks around its runs. */
export interface EvaluationRunnerOptions {
  db: AlignmentDatabase;
  reader: CatalogReader;
  logger: LoggerService;
  config: AlignmentConfig;
  retention: Retention;
  notifier?: AlignmentNotifier;
  /**
   * Adds to the context what the catalog does not hold (proposed
   * campaigns); `whole` for a whole-catalog run.
   */
  extendContext?: (snapshot: CatalogSnapshot, whole: boolean) => Promise<void>;
  /** Told once a whole run is published, after the notifications. */
  afterRun?: (snapshot: CatalogSnapshot, now: Date) => Promise<void>;
  clock?: () => Date;
  /**
   * Whether whole runs over more than one page of entities evaluate on a
   * worker thread (the default), leaving the main thread to the catalog
   * read, the database and requests.
   */
  workerThread?: boolean;
  /**
   * Whether a whole run reuses the last published run's evaluation of
   * entities whose inputs have not changed since (the default): the
   * entity, its facts, the context, config, waivers and UTC day, with the
   * same result still served.
   */
  reuseUnchanged?: boolean;
  /**
   * Given what a successful run read (context and evaluated entities),
   * so previews work on the same catalog without reading it again.
   */
  onRead?: (read: {
    snapshot: CatalogSnapshot;
    evaluated: Entity[];
    /** Each evaluated entity's score as parts, by ref. */
    scores: Map<string, ScoreParts>;
    readAt: Date;
  }) => void;
}

/** Who asked for a whole-catalog run besides the schedule. */
export type WholeRunRequest = 'manual' | 'change';

/** What a whole-catalog run is recorded as started by. */
export type WholeRunTrigger = 'schedule' | WholeRunRequest;
