import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import { alignmentApiRef } from './api/AlignmentApi';
import { AlignmentClient } from './api/AlignmentClient';
import { rootRouteRef } from './routes';

const alignmentApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: alignmentApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AlignmentClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Lodestar alignment plugin for the new frontend system. It shares its
 * API ref, client and components with the legacy export.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'alignment',
  extensions: [alignmentApi],
  routes: convertLegacyRouteRefs({ root: rootRouteRef }),
});
