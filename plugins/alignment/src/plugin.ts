import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
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

/**
 * The Alignment tab of an entity page.
 * @public
 */
export const EntityAlignmentContent: () => JSX.Element =
  alignmentPlugin.provide(
    createComponentExtension({
      name: 'EntityAlignmentContent',
      component: {
        lazy: () =>
          import('./components/EntityAlignmentContent').then(
            m => m.EntityAlignmentContent,
          ),
      },
    }),
  );

/**
 * Alignment at a glance for an entity's overview tab.
 * @public
 */
export const EntityAlignmentCard: (props: { tabPath?: string }) => JSX.Element =
  alignmentPlugin.provide(
    createComponentExtension({
      name: 'EntityAlignmentCard',
      component: {
        lazy: () =>
          import('./components/EntityAlignmentCard').then(
            m => m.EntityAlignmentCard,
          ),
      },
    }),
  );

/**
 * The org-wide drift overview page, mounted at the plugin's root route
 * (by convention `/alignment`).
 * @public
 */
export const DriftOverviewPage: () => JSX.Element = alignmentPlugin.provide(
  createRoutableExtension({
    name: 'DriftOverviewPage',
    component: () =>
      import('./components/DriftOverviewPage').then(m => m.DriftOverviewPage),
    mountPoint: rootRouteRef,
  }),
);
