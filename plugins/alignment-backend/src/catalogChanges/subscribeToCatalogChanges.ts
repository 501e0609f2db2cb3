import type {
  LifecycleService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';
import {
  CATALOG_ENTITY_CHANGED_TOPIC,
  isCatalogEntityChange,
} from '@lodestar/backstage-plugin-alignment-node';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { CatalogReader } from '../evaluation/CatalogReader';
import type { EvaluationRunner } from '../evaluation/EvaluationRunner';
import { CatalogChangeHandler } from './CatalogChangeHandler';
import { FullRunRequests } from './FullRunRequests';

/** Subscriber id: replicas sharing it split the announcements between them. */
export const CATALOG_CHANGES_SUBSCRIBER = 'lodestar-catalog-changes';

/**
 * Listens for the catalog module's announcements of changed entities and
 * re-evaluates what they affect. The catalog processes each change on one
 * replica, and an events bus shared by replicas hands each event to one
 * subscriber of an id, so each change is evaluated once.
 */
export async function subscribeToCatalogChanges(options: {
  events: EventsService;
  db: AlignmentDatabase;
  runner: EvaluationRunner;
  reader: CatalogReader;
  logger: LoggerService;
  evaluatedKinds: string[];
  reevaluate: (refs: string[]) => void;
  triggerTask: () => Promise<void>;
  lifecycle: LifecycleService;
  /** Told of each batch of changes the catalog now serves. */
  onChanged?: () => void;
}): Promise<CatalogChangeHandler> {
  const { logger } = options;
  const fullRuns = new FullRunRequests({
    triggerTask: options.triggerTask,
    logger,
  });
  const handler = new CatalogChangeHandler({
    db: options.db,
    evaluatedKinds: options.evaluatedKinds,
    logger,
    readEntities: refs => options.reader.entities(refs),
    previousVersion: ref => options.runner.previousVersion(ref),
    reevaluate: options.reevaluate,
    requestFullRun: () => fullRuns.request(),
    onChanged: options.onChanged,
  });
  options.lifecycle.addShutdownHook(() => {
    handler.stop();
    fullRuns.stop();
  });
  await options.events.subscribe({
    id: CATALOG_CHANGES_SUBSCRIBER,
    topics: [CATALOG_ENTITY_CHANGED_TOPIC],
    async onEvent({ eventPayload }) {
      if (isCatalogEntityChange(eventPayload)) handler.add(eventPayload);
      else logger.warn('Ignored a malformed Lodestar catalog change event');
    },
  });
  return handler;
}
