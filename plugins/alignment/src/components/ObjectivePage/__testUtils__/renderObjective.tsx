/** Renders an Objective's page content with a mocked alignment API. */
import { screen, within } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import type {
  AlignmentFilter,
  ObjectivePageData,
} from '@lodestar/backstage-plugin-alignment-common';
import type { EntityListOptions } from '../../../api/AlignmentApi';
import {
  entitiesPage1Fixture,
  entitiesPage2Fixture,
} from '../../DriftOverviewPage/__fixtures__/entities';
import { renderEntityPage } from '../../__testUtils__/renderEntityPage';
import { ObjectivePageContent } from '../ObjectivePageContent';
import {
  activeObjectiveEntity,
  activeObjectivePageFixture,
} from '../__fixtures__/objectivePage';

export const ACTIVE_REF = 'objective:default/win-us-midmarket';
export const RETIRED_REF = 'objective:default/grow-supplier-network';

/** The list options of the first page with the default sort. */
export const FIRST_PAGE = {
  sort: 'score',
  order: 'asc',
  limit: 25,
  cursor: undefined,
};

/**
 * An API answering the page request with `page`, and the supporter list
 * with two captured pages of 25, chained by their cursor.
 */
export function mockApi(
  page: ObjectivePageData | jest.Mock = activeObjectivePageFixture,
  listEntities?: jest.Mock,
) {
  return {
    getObjectivePage:
      typeof page === 'function' ? page : jest.fn().mockResolvedValue(page),
    listEntities:
      listEntities ??
      jest.fn((_filter: AlignmentFilter, options?: EntityListOptions) =>
        Promise.resolve(
          options?.cursor === entitiesPage1Fixture.nextCursor
            ? entitiesPage2Fixture
            : entitiesPage1Fixture,
        ),
      ),
  };
}

export async function renderObjective(
  api: ReturnType<typeof mockApi> = mockApi(),
  entity: Entity = activeObjectiveEntity,
) {
  await renderEntityPage(<ObjectivePageContent />, entity, api);
  return api;
}

/** The supporter table, once its first page has rendered. */
export async function supportersTable() {
  const table = await screen.findByRole('table', {
    name: 'Supporting entities',
  });
  await within(table).findByRole('link', { name: 'analyticsapi' });
  return table;
}
