import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { LodestarKindsProcessor } from './processor/LodestarKindsProcessor';

/**
 * Catalog module that teaches the catalog the Lodestar kinds.
 * @public
 */
export const catalogModuleAlignment = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'alignment',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new LodestarKindsProcessor());
      },
    });
  },
});
