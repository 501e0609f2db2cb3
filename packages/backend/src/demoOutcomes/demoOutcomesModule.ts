import {
  coreServices,
  createBackendFeatureLoader,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { AlignmentOutcomesApi } from './outcomesApi';
import { seedDemoOutcomes } from './seedDemoOutcomes';

/** The kinds the demo data is generated from. */
const KINDS_READ = ['Component', 'System', 'Domain', 'Objective'];

/**
 * Writes 90 days of labelled demo outcome data (DORA facts and measure
 * values) once the backend has started, through the alignment backend's
 * public API with the demo-only static token `lodestarDemo.outcomes.token`
 * (which `backend.auth.externalAccess` accepts), as a pipeline would.
 * Startup never waits for it, and a failure is only logged.
 */
export const demoOutcomesModule = createBackendModule({
  pluginId: 'alignment',
  moduleId: 'demo-outcomes',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
      },
      async init({ config, logger, auth, lifecycle, catalog }) {
        const token = config.getOptionalString('lodestarDemo.outcomes.token');
        if (!token) {
          logger.warn(
            'Demo outcome data not pushed: lodestarDemo.outcomes.token is not set',
          );
          return;
        }
        const api = new AlignmentOutcomesApi({
          baseUrl: config.getString('backend.baseUrl'),
          token,
        });
        const shutdown = new AbortController();
        lifecycle.addShutdownHook(() => shutdown.abort());
        lifecycle.addStartupHook(() => {
          // Not awaited: the backend finishes starting while the demo
          // pipeline waits for the first evaluation in the background.
          void seedDemoOutcomes({
            api,
            logger,
            signal: shutdown.signal,
            readEntities: async () =>
              (
                await catalog.getEntities(
                  { filter: { kind: KINDS_READ } },
                  { credentials: await auth.getOwnServiceCredentials() },
                )
              ).items,
          });
        });
      },
    });
  },
});

/**
 * Installs {@link demoOutcomesModule} when `lodestarDemo.outcomes.seed` is
 * true, and nothing otherwise.
 */
export const demoOutcomesFeature = createBackendFeatureLoader({
  deps: { config: coreServices.rootConfig },
  *loader({ config }) {
    if (config.getOptionalBoolean('lodestarDemo.outcomes.seed')) {
      yield demoOutcomesModule;
    }
  },
});
