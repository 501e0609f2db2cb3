import {
  createExtensionPoint,
  LoggerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { FactPush } from '@lodestar/backstage-plugin-alignment-common';

/** What a fact provider is given each time it is asked for facts. @public */
export interface FactProviderContext {
  /**
   * The canonical refs of the entities Lodestar evaluates
   * (`component:default/checkout`): facts for other entities are dropped,
   * so a provider may use these to decide what to ask its system for.
   */
  entityRefs(): Promise<string[]>;
  /** Aborted when the backend shuts down or the task times out. */
  signal?: AbortSignal;
  /** The alignment plugin's logger, scoped to the provider. */
  logger: LoggerService;
}

/**
 * Pulls facts from a system Lodestar does not ship with (a CI server, an
 * incident tool, a cost export) on a schedule. What it returns is checked
 * like a push to `POST /facts`: declared keys of the declared types, for
 * entities Lodestar evaluates. Items that fail are logged and skipped; the
 * rest are stored, and their entities re-evaluated within seconds.
 * @public
 */
export interface FactProvider {
  /**
   * Unique among providers: names the scheduled task
   * (`lodestar-facts-<id>`) and is the facts' `source` when an item has
   * none.
   */
  readonly id: string;
  /** How often to pull; every hour by default. Runs once across replicas. */
  readonly schedule?: SchedulerServiceTaskScheduleDefinition;
  /** Reads the current facts; `source` may be left empty to use the provider's id. */
  collect(
    context: FactProviderContext,
  ): Promise<Array<Omit<FactPush, 'source'> & { source?: string }>>;
}

/** Where backend modules add fact providers to the alignment plugin. @public */
export interface AlignmentFactsExtensionPoint {
  /** Adds a provider; ids must be unique. */
  addFactProvider(provider: FactProvider): void;
}

/**
 * The alignment plugin's extension point for fact providers.
 * @public
 */
export const alignmentFactsExtensionPoint =
  createExtensionPoint<AlignmentFactsExtensionPoint>({
    id: 'alignment.facts',
  });
