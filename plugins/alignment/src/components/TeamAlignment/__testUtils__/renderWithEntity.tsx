/** Renders a team component on a Group or User page with a mocked alignment API. */
import type { ReactElement } from 'react';
import type { Entity } from '@backstage/catalog-model';
import { renderEntityPage } from '../../__testUtils__/renderEntityPage';

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

export { responseError } from '../../__testUtils__/renderEntityPage';

/** Renders the element on the entity's page, with entity pages to link to. */
export async function renderWithEntity(
  element: ReactElement,
  entity: Entity,
  api: ReturnType<typeof mockTeamApi>,
) {
  return renderEntityPage(element, entity, api);
}
