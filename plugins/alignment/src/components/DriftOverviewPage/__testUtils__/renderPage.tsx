import { ReactElement } from 'react';
import { useLocation } from 'react-router-dom';
import { alertApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type {
  AlignmentFilter,
  StrategySummary,
} from '@lodestar/backstage-plugin-alignment-common';
import type { RenderResult } from '@testing-library/react';
import {
  alignmentApiRef,
  type AlignmentApi,
  type EntityListOptions,
} from '../../../api/AlignmentApi';
import {
  entitiesPage1Fixture,
  entitiesPage2Fixture,
} from '../__fixtures__/entities';
import { objectivesFixture } from '../__fixtures__/objectives';
import { overviewFixture } from '../__fixtures__/overview';
import { campaignsRouteRef } from '../../../routes';
import { executionGapFixture } from '../../ExecutionGap/__fixtures__/executionGap';
import {
  docsCampaign,
  reviewCampaign,
} from '../../CampaignsPage/__fixtures__/campaigns';

// recharts' ResponsiveContainer needs ResizeObserver, which jsdom lacks.
if (!('ResizeObserver' in window)) {
  (window as any).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export const strategyFixture: StrategySummary = {
  entityRef: 'strategy:default/meridian-strategy',
  title: 'Meridian company strategy',
  owner: 'leadership',
  thesis: 'Win the US mid-market.',
  latestRevision: {
    date: '2026-03-02',
    trigger: 'funding-round',
    summary: 'Series B closed.',
  },
  revisions: [],
};

/** An AlignmentApi answering with the captured fixtures; override per test. */
export function mockAlignmentApi(
  overrides: Partial<Record<keyof AlignmentApi, jest.Mock>> = {},
) {
  const api = {
    getOverview: jest.fn().mockResolvedValue(overviewFixture),
    listEntities: jest.fn(
      (_filter: AlignmentFilter, options?: EntityListOptions) =>
        Promise.resolve(
          options?.cursor === entitiesPage1Fixture.nextCursor
            ? entitiesPage2Fixture
            : entitiesPage1Fixture,
        ),
    ),
    getObjectives: jest.fn().mockResolvedValue(objectivesFixture),
    getStrategies: jest.fn().mockResolvedValue([strategyFixture]),
    getExecutionGap: jest.fn().mockResolvedValue(executionGapFixture),
    getCampaigns: jest
      .fn()
      .mockResolvedValue({ items: [docsCampaign, reviewCampaign] }),
    getEntitiesCsvUrl: jest.fn(
      async (filter = {}) =>
        `http://localhost:7007/api/alignment/entities.csv?${new URLSearchParams(
          filter as Record<string, string>,
        )}`,
    ),
  };
  return { ...api, ...overrides } as typeof api;
}

export type MockAlignmentApi = ReturnType<typeof mockAlignmentApi>;

/** Shows the current URL search so tests can assert what the page wrote to it. */
function LocationSearch() {
  return <output data-testid="location-search">{useLocation().search}</output>;
}

/** Renders an element as the app would at `/alignment`, with a catalog to link to. */
export async function renderPage(
  element: ReactElement,
  options: {
    api?: MockAlignmentApi;
    fetch?: jest.Mock;
    alertPost?: jest.Mock;
    search?: string;
  } = {},
): Promise<
  RenderResult & {
    api: MockAlignmentApi;
    fetch: jest.Mock;
    alertPost: jest.Mock;
  }
> {
  const api = options.api ?? mockAlignmentApi();
  const fetch = options.fetch ?? jest.fn();
  const alertPost = options.alertPost ?? jest.fn();
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [alignmentApiRef, api],
        [fetchApiRef, { fetch }],
        [alertApiRef, { post: alertPost, alert$: jest.fn() }],
      ]}
    >
      {element}
      <LocationSearch />
    </TestApiProvider>,
    {
      routeEntries: [`/alignment${options.search ?? ''}`],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/alignment/campaigns': campaignsRouteRef,
      },
    },
  );
  return { ...rendered, api, fetch, alertPost };
}
