import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  compatWrapper,
  convertLegacyRouteRef,
  convertLegacyRouteRefs,
} from '@backstage/core-compat-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import FlagIcon from '@material-ui/icons/Flag';
import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import { alignmentApiRef } from './api/AlignmentApi';
import { AlignmentClient } from './api/AlignmentClient';
import { isAlignmentAvailable } from './components/isAlignmentAvailable';
import {
  isObjectiveEntity,
  isPrincipleEntity,
  isStrategyEntity,
} from './components/isLodestarKind';
import { campaignsRouteRef, rootRouteRef } from './routes';

const alignmentApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: alignmentApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AlignmentClient({ discoveryApi, fetchApi }),
    }),
});

const alignmentEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/alignment',
    title: 'Alignment',
    filter: isAlignmentAvailable,
    loader: () =>
      import('./components/EntityAlignmentContent').then(m =>
        compatWrapper(<m.EntityAlignmentContent />),
      ),
  },
});

const alignmentEntityCard = EntityCardBlueprint.make({
  params: {
    // A summary beside the About card; the detail is on the Alignment tab.
    type: 'info',
    filter: isAlignmentAvailable,
    loader: () =>
      import('./components/EntityAlignmentCard').then(m =>
        compatWrapper(<m.EntityAlignmentCard />),
      ),
  },
});

// The strategy kinds' own pages. A tab, not an overview card: their
// tables and charts need the page's full width.
const strategyEntityContent = EntityContentBlueprint.make({
  name: 'strategy',
  params: {
    path: '/alignment',
    title: 'Alignment',
    filter: isStrategyEntity,
    loader: () =>
      import('./components/StrategyPage').then(m =>
        compatWrapper(<m.StrategyPageContent />),
      ),
  },
});

const objectiveEntityContent = EntityContentBlueprint.make({
  name: 'objective',
  params: {
    path: '/alignment',
    title: 'Alignment',
    filter: isObjectiveEntity,
    loader: () =>
      import('./components/ObjectivePage').then(m =>
        compatWrapper(<m.ObjectivePageContent />),
      ),
  },
});

const principleEntityContent = EntityContentBlueprint.make({
  name: 'principle',
  params: {
    path: '/alignment',
    title: 'Alignment',
    filter: isPrincipleEntity,
    loader: () =>
      import('./components/PrinciplePage').then(m =>
        compatWrapper(<m.PrinciplePageContent />),
      ),
  },
});

const groupAlignmentContent = EntityContentBlueprint.make({
  name: 'group',
  params: {
    path: '/alignment',
    title: 'Alignment',
    filter: 'kind:group',
    loader: () =>
      import('./components/TeamAlignment').then(m =>
        compatWrapper(<m.GroupAlignmentContent />),
      ),
  },
});

const groupAlignmentCard = EntityCardBlueprint.make({
  name: 'group',
  params: {
    type: 'info',
    filter: 'kind:group',
    loader: () =>
      import('./components/TeamAlignment').then(m =>
        compatWrapper(<m.GroupAlignmentCard />),
      ),
  },
});

const userAlignmentCard = EntityCardBlueprint.make({
  name: 'user',
  params: {
    type: 'info',
    filter: 'kind:user',
    loader: () =>
      import('./components/TeamAlignment').then(m =>
        compatWrapper(<m.UserAlignmentCard />),
      ),
  },
});

const driftOverviewPage = PageBlueprint.make({
  params: {
    path: '/alignment',
    title: 'Alignment',
    icon: <TrackChangesIcon />,
    // The page draws its own header, with the strategy and latest revision.
    noHeader: true,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/DriftOverviewPage').then(m =>
        compatWrapper(<m.DriftOverviewPage />),
      ),
  },
});

// Below the drift page's path: the router ranks the longer path first, and
// the two read as one area of the portal.
const campaignsPage = PageBlueprint.make({
  name: 'campaigns',
  params: {
    path: '/alignment/campaigns',
    title: 'Campaigns',
    icon: <FlagIcon />,
    noHeader: true,
    routeRef: convertLegacyRouteRef(campaignsRouteRef),
    loader: () =>
      import('./components/CampaignsPage').then(m =>
        compatWrapper(<m.CampaignsPage />),
      ),
  },
});

/**
 * The Lodestar alignment plugin for the new frontend system. It shares its
 * API ref, client and components with the legacy export.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'alignment',
  extensions: [
    alignmentApi,
    alignmentEntityContent,
    alignmentEntityCard,
    strategyEntityContent,
    objectiveEntityContent,
    principleEntityContent,
    groupAlignmentContent,
    groupAlignmentCard,
    userAlignmentCard,
    driftOverviewPage,
    campaignsPage,
  ],
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    campaigns: campaignsRouteRef,
  }),
});
