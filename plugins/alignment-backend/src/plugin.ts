import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { alignmentPermissions } from '@lodestar/backstage-plugin-alignment-common';
import { createStrategyRouter } from './service/strategyRouter';

/**
 * The Lodestar alignment backend plugin, served under `/api/alignment`.
 * @public
 */
export const alignmentPlugin = createBackendPlugin({
  pluginId: 'alignment',
  register(env) {
    env.registerInit({
      deps: {
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({ httpAuth, httpRouter, permissionsRegistry, catalog }) {
        permissionsRegistry.addPermissions(alignmentPermissions);
        httpRouter.use(createStrategyRouter({ httpAuth, catalog }));
      },
    });
  },
});
