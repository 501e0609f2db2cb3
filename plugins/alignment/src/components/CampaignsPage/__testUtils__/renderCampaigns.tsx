/** Renders the campaigns page as the app mounts it, with a mocked API. */
import { Route, Routes } from 'react-router-dom';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import type { RenderResult } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { alignmentApiRef } from '../../../api/AlignmentApi';
import { campaignsRouteRef } from '../../../routes';
import { CampaignsPage } from '../CampaignsPage';
import {
  docsCampaign,
  docsProgress,
  docsProgressPage2,
  reviewCampaign,
} from '../__fixtures__/campaigns';

// recharts' ResponsiveContainer needs ResizeObserver, which jsdom lacks.
if (!('ResizeObserver' in window)) {
  (window as any).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/** An API answering with the campaign fixtures; override per test. */
export function mockCampaignApi(overrides: Record<string, jest.Mock> = {}) {
  return {
    getCampaigns: jest
      .fn()
      .mockResolvedValue({ items: [docsCampaign, reviewCampaign] }),
    getCampaign: jest.fn(async (_ref: unknown, options?: { cursor?: string }) =>
      options?.cursor === docsProgress.open.nextCursor
        ? docsProgressPage2
        : docsProgress,
    ),
    ...overrides,
  };
}

/**
 * Renders the page at `/alignment/campaigns<subPath>`; the caller may
 * accept proposed campaigns unless `mayAccept` is false.
 */
export async function renderCampaigns(
  subPath: string,
  api: ReturnType<typeof mockCampaignApi> = mockCampaignApi(),
  options: {
    mayAccept?: boolean;
    catalog?: { getEntitiesByRefs: jest.Mock };
  } = {},
): Promise<RenderResult & { api: ReturnType<typeof mockCampaignApi> }> {
  // Accepting a proposed campaign is the page's only permission check.
  const permissionApi = {
    authorize: jest.fn().mockResolvedValue({
      result:
        options.mayAccept === false
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    }),
  };
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [alignmentApiRef, api],
        [permissionApiRef, permissionApi],
        // Optional, as in an app without the catalog's API.
        ...(options.catalog ? [[catalogApiRef, options.catalog] as const] : []),
      ]}
    >
      <Routes>
        <Route path="/alignment/campaigns/*" element={<CampaignsPage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [`/alignment/campaigns${subPath}`],
      mountedRoutes: {
        '/alignment/campaigns': campaignsRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return { ...rendered, api };
}
