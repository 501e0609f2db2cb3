/** Renders the Principle page with a mocked alignment API. */
import type { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { responseError as sharedResponseError } from '../../__testUtils__/renderEntityPage';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { AlignmentFilter } from '@lodestar/backstage-plugin-alignment-common';
import {
  alignmentApiRef,
  type AlignmentApi,
  type EntityListOptions,
} from '../../../api/AlignmentApi';
import { PrinciplePageContent } from '../PrinciplePageContent';
import {
  failingPage1,
  failingPage2,
  principleEntity,
  principlePageFixture,
  previewFixture,
} from '../__fixtures__/principle';

// recharts' ResponsiveContainer needs ResizeObserver, which jsdom lacks.
if (!('ResizeObserver' in window)) {
  (window as any).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/** An API answering with the fixtures; `cursor-2` gives the second page. */
export function mockApi(
  overrides: Partial<Record<keyof AlignmentApi, jest.Mock>> = {},
) {
  return {
    getPrinciplePage: jest.fn().mockResolvedValue(principlePageFixture),
    listEntities: jest.fn(
      (_filter: AlignmentFilter, options?: EntityListOptions) =>
        Promise.resolve(
          options?.cursor === failingPage1.nextCursor
            ? failingPage2
            : failingPage1,
        ),
    ),
    previewPrinciple: jest.fn().mockResolvedValue(previewFixture),
    ...overrides,
  };
}

/** A failed response as AlignmentClient throws it. */
export function responseError(status: number, message: string) {
  return sharedResponseError(
    status,
    status === 403 ? 'NotAllowedError' : 'InputError',
    message,
  );
}

export async function renderPrinciplePage(
  api: ReturnType<typeof mockApi>,
  entity: Entity = principleEntity,
  options: { mayPreview?: boolean } = {},
) {
  const permissionApi = {
    authorize: jest.fn().mockResolvedValue({
      result:
        options.mayPreview === false
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
    }),
  };
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [alignmentApiRef, api],
        [permissionApiRef, permissionApi],
      ]}
    >
      <EntityProvider entity={entity}>
        <PrinciplePageContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
