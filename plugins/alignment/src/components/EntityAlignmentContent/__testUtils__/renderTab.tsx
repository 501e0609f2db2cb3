/** Renders the Alignment tab with a mocked API and permission decisions. */
import type { Entity } from '@backstage/catalog-model';
import { alertApiRef } from '@backstage/core-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { alignmentApiRef } from '../../../api/AlignmentApi';
import { campaignsRouteRef } from '../../../routes';
import { EntityAlignmentContent } from '../EntityAlignmentContent';
import { driftingHistory, driftingScorecard } from '../__fixtures__/scorecard';
import { factsFixture } from '../../DeliveryPanel/__fixtures__/facts';

// recharts' ResponsiveContainer needs ResizeObserver, which jsdom lacks.
if (!('ResizeObserver' in window)) {
  (window as any).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'marketplace-matching-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'supplier-network' },
};

const strategy = {
  entityRef: 'strategy:default/meridian-strategy',
  title: 'Meridian company strategy',
  owner: 'leadership',
  thesis: 'Win the US mid-market',
  latestRevision: {
    date: '2026-03-02',
    trigger: 'funding-round',
    summary: 'Series B closed.',
  },
  revisions: [],
};

export function mockApi(overrides: Record<string, jest.Mock> = {}) {
  return {
    getScorecard: jest.fn().mockResolvedValue(driftingScorecard),
    getHistory: jest.fn().mockResolvedValue(driftingHistory),
    listWaivers: jest.fn().mockResolvedValue({ items: [] }),
    getStrategies: jest.fn().mockResolvedValue([strategy]),
    getLatestEvaluation: jest.fn().mockResolvedValue(undefined),
    createWaiver: jest.fn().mockResolvedValue({ id: 'w1' }),
    deleteWaiver: jest.fn().mockResolvedValue(undefined),
    evaluateEntity: jest.fn().mockResolvedValue(driftingScorecard),
    getEntityFacts: jest.fn().mockResolvedValue(factsFixture()),
    getCampaigns: jest.fn().mockResolvedValue({ items: [] }),
    ...overrides,
  };
}

export async function renderTab(
  entity: Entity,
  api: ReturnType<typeof mockApi>,
  allowed = true,
) {
  const permissionApi = {
    authorize: jest.fn().mockResolvedValue({
      result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
    }),
  };
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [alignmentApiRef, api],
        [permissionApiRef, permissionApi],
        [alertApiRef, { post: jest.fn(), alert$: jest.fn() }],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityAlignmentContent />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/alignment/campaigns': campaignsRouteRef,
      },
    },
  );
}
