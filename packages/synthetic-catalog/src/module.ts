import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { SyntheticEntityProvider } from './SyntheticEntityProvider';

/**
 * Dev only: a catalog module that loads a synthetic catalog of
 * `lodestarDev.syntheticCatalog.entities` evaluated entities, for
 * benchmarks and multi-replica tests. Never part of a default backend.
 */
export const catalogModuleSyntheticEntities = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'lodestar-synthetic-entities',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ catalog, config, logger }) {
        const options = config.getConfig('lodestarDev.syntheticCatalog');
        catalog.addEntityProvider(
          new SyntheticEntityProvider({
            entities: options.getNumber('entities'),
            seed: options.getOptionalNumber('seed'),
            changeFile: options.getOptionalString('changeFile'),
            changePercent: options.getOptionalNumber('changePercent'),
            campaigns: options.getOptionalNumber('campaigns'),
            principleChangeFile: options.getOptionalString(
              'principleChangeFile',
            ),
            logger,
          }),
        );
      },
    });
  },
});
