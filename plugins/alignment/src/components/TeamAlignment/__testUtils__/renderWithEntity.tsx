/** Renders a team component on a Group or User page with a mocked alignment API. */
import type { ReactElement } from 'react';
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { alignmentApiRef } from '../../../api/AlignmentApi';

export const groupEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: ['payments-core', 'payments-risk'] },
};

export const userEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'kofi.mensah', namespace: 'default' },
  spec: { memberOf: ['payments', 'checkout', 'architecture-guild'] },
};

/** An alignment API whose team and user reads are the given mocks. */
export function mockTeamApi(
  overrides: { getTeamPage?: jest.Mock; getUserPage?: jest.Mock } = {},
) {
  return {
    getTeamPage: overrides.getTeamPage ?? jest.fn(),
    getUserPage: overrides.getUserPage ?? jest.fn(),
  };
}

/** A request that never answers, to see the loading state. */
export function pending(): jest.Mock {
  return jest.fn(() => new Promise(() => {}));
}

/** A failed response as AlignmentClient throws it. */
export async function responseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

/** Renders the element on the entity's page, with entity pages to link to. */
export async function renderWithEntity(
  element: ReactElement,
  entity: Entity,
  api: ReturnType<typeof mockTeamApi>,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[alignmentApiRef, api]]}>
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
