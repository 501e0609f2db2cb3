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
import { campaignsRouteRef, rootRouteRef } from './routes';

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
    campaigns: campaignsRouteRef,
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

/**
 * The campaigns page, by convention at `/alignment/campaigns`: every
 * campaign's deadline and progress, and one campaign's burn-down, progress
 * by owner and open entities at `<path>/:namespace/:name`.
 * @public
 */
export const CampaignsPage: () => JSX.Element = alignmentPlugin.provide(
  createRoutableExtension({
    name: 'CampaignsPage',
    component: () =>
      import('./components/CampaignsPage').then(m => m.CampaignsPage),
    mountPoint: campaignsRouteRef,
  }),
);

/**
 * A Strategy's page: its text, revisions, objectives, principles, the org
 * score over time and who still has to revalidate.
 * @public
 */
export const EntityStrategyContent: () => JSX.Element = alignmentPlugin.provide(
  createComponentExtension({
    name: 'EntityStrategyContent',
    component: {
      lazy: () =>
        import('./components/StrategyPage').then(m => m.StrategyPageContent),
    },
  }),
);

/**
 * An Objective's page: status, measures and their progress, the delivery
 * of its supporters, supporters and coverage over time, and for a retired
 * objective the drift left to clear.
 * @public
 */
export const EntityObjectiveContent: () => JSX.Element =
  alignmentPlugin.provide(
    createComponentExtension({
      name: 'EntityObjectiveContent',
      component: {
        lazy: () =>
          import('./components/ObjectivePage').then(
            m => m.ObjectivePageContent,
          ),
      },
    }),
  );

/**
 * A Principle's page: its rule and scope, pass rate over time, who fails
 * it, its waivers, and a panel to edit and preview the rule.
 * @public
 */
export const EntityPrincipleContent: () => JSX.Element =
  alignmentPlugin.provide(
    createComponentExtension({
      name: 'EntityPrincipleContent',
      component: {
        lazy: () =>
          import('./components/PrinciplePage').then(
            m => m.PrinciplePageContent,
          ),
      },
    }),
  );

/**
 * The Alignment tab of a Group: what it owns, what to fix first, its
 * waivers and its ownership load.
 * @public
 */
export const EntityGroupAlignmentContent: () => JSX.Element =
  alignmentPlugin.provide(
    createComponentExtension({
      name: 'EntityGroupAlignmentContent',
      component: {
        lazy: () =>
          import('./components/TeamAlignment').then(
            m => m.GroupAlignmentContent,
          ),
      },
    }),
  );

/**
 * A Group's alignment at a glance, for its overview tab.
 * @public
 */
export const EntityGroupAlignmentCard: (props: {
  tabPath?: string;
}) => JSX.Element = alignmentPlugin.provide(
  createComponentExtension({
    name: 'EntityGroupAlignmentCard',
    component: {
      lazy: () =>
        import('./components/TeamAlignment').then(m => m.GroupAlignmentCard),
    },
  }),
);

/**
 * The alignment of a User's teams, for the User's overview tab.
 * @public
 */
export const EntityUserAlignmentCard: () => JSX.Element =
  alignmentPlugin.provide(
    createComponentExtension({
      name: 'EntityUserAlignmentCard',
      component: {
        lazy: () =>
          import('./components/TeamAlignment').then(m => m.UserAlignmentCard),
      },
    }),
  );
