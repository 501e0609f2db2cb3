import {
  createApiFactory,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { alignmentApiRef } from './api/AlignmentApi';
import { AlignmentClient } from './api/AlignmentClient';
import { rootRouteRef } from './routes';

/**
 * The Lodestar alignment plugin (legacy frontend system).
 * @public
 */
export const alignmentPlugin = createPlugin({
  id: 'alignment',
  apis: [
    createApiFactory({
      api: alignmentApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AlignmentClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});
