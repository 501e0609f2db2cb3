import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { alignmentServiceRef } from '@lodestar/backstage-plugin-alignment-node';
import { CatalogChangePublisher } from './changes/CatalogChangePublisher';
import { readModuleConfig } from './config/readModuleConfig';
import { AlignmentEnrichmentCache } from './enrichment/AlignmentEnrichmentCache';
import { AlignmentEnrichmentProcessor } from './enrichment/AlignmentEnrichmentProcessor';
import { LodestarKindsProcessor } from './processor/LodestarKindsProcessor';

/** Id of the scheduled task that reloads alignment results. */
export const REFRESH_TASK_ID = 'lodestar-catalog-alignment-refresh';

/**
 * Catalog module that teaches the catalog the Lodestar kinds, relates
 * entities to the objectives they support, labels evaluated entities with
 * their alignment, and announces changed entities to the alignment backend.
 * @public
 */
export const catalogModuleAlignment = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'alignment',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        alignment: alignmentServiceRef,
        auth: coreServices.auth,
        events: eventsServiceRef,
      },
      async init({
        catalog,
        config,
        logger,
        scheduler,
        alignment,
        auth,
        events,
      }) {
        const options = readModuleConfig(config);
        const cache = new AlignmentEnrichmentCache({
          alignment,
          logger,
          credentials: () => auth.getOwnServiceCredentials(),
        });

        await scheduler.scheduleTask({
          id: REFRESH_TASK_ID,
          ...options.refresh,
          // Always local, whatever the config says: the cache lives in this
          // instance's memory, so every catalog instance must fill its own.
          scope: 'local',
          fn: signal => cache.refresh(signal),
        });

        catalog.addProcessor(
          new LodestarKindsProcessor(),
          new AlignmentEnrichmentProcessor({
            cache,
            enforcement: options.enforcement,
            logger,
          }),
          new CatalogChangePublisher({ events, logger }),
        );
      },
    });
  },
});
