/** Renders an entity page's content with a mocked alignment API. */
import { ReactElement } from 'react';
import { useLocation } from 'react-router-dom';
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { rootRouteRef } from '../../routes';

// recharts' ResponsiveContainer needs ResizeObserver, which jsdom lacks.
if (!('ResizeObserver' in window)) {
  (window as any).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/** Shows the current URL search so tests can assert what the page wrote to it. */
function LocationSearch() {
  return <output data-testid="location-search">{useLocation().search}</output>;
}

/**
 * Renders the content inside the entity's page, with the catalog and the
 * drift overview (`/alignment`) mounted so links resolve as in the app.
 */
export async function renderEntityPage(
  element: ReactElement,
  entity: Entity,
  api: Record<string, jest.Mock>,
  options: { search?: string } = {},
) {
  const path = `/catalog/${
    entity.metadata.namespace ?? 'default'
  }/${entity.kind.toLocaleLowerCase('en-US')}/${entity.metadata.name}`;
  return renderInTestApp(
    <TestApiProvider apis={[[alignmentApiRef, api]]}>
      <EntityProvider entity={entity}>
        {element}
        <LocationSearch />
      </EntityProvider>
    </TestApiProvider>,
    {
      routeEntries: [`${path}${options.search ?? ''}`],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/alignment': rootRouteRef,
      },
    },
  );
}

/** A ResponseError as the client throws it for an HTTP error status. */
export async function responseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'GET', url: '/api/alignment/pages' },
        response: { statusCode: status },
      }),
      {
        status,
        statusText: status === 403 ? 'Forbidden' : 'Internal Server Error',
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}
