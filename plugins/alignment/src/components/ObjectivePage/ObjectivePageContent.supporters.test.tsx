import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { entitiesPage1Fixture } from '../DriftOverviewPage/__fixtures__/entities';
import {
  retiredObjectiveEntity,
  retiredObjectivePageFixture,
} from './__fixtures__/objectivePage';
import {
  ACTIVE_REF,
  FIRST_PAGE,
  RETIRED_REF,
  mockApi,
  renderObjective,
  supportersTable,
} from './__testUtils__/renderObjective';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

describe('ObjectivePageContent supporters', () => {
  it('pages the supporters forward with nextCursor and back', async () => {
    const api = await renderObjective();
    await supportersTable();
    expect(screen.getByText('1–25 of 66')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        { objective: ACTIVE_REF },
        { ...FIRST_PAGE, cursor: entitiesPage1Fixture.nextCursor },
      ),
    );
    expect(
      await screen.findByRole('link', { name: 'status-page' }),
    ).toBeInTheDocument();
    expect(screen.getByText('26–50 of 66')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        { objective: ACTIVE_REF },
        FIRST_PAGE,
      ),
    );
    expect(await screen.findByText('1–25 of 66')).toBeInTheDocument();
  });

  it('filters and sorts the supporters on the server', async () => {
    const api = await renderObjective();
    await supportersTable();

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'sourcing',
    );
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        { objective: ACTIVE_REF, q: 'sourcing' },
        FIRST_PAGE,
      ),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Level' }),
      'at-risk',
    );
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        { objective: ACTIVE_REF, q: 'sourcing', level: 'at-risk' },
        FIRST_PAGE,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Owner' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        { objective: ACTIVE_REF, q: 'sourcing', level: 'at-risk' },
        { ...FIRST_PAGE, sort: 'owner' },
      ),
    );
    expect(screen.getByTestId('location-search')).toHaveTextContent(
      'q=sourcing&level=at-risk&sort=owner&order=asc',
    );
  });

  it('puts the drift of a retired objective first, by owner, with its successor', async () => {
    const api = await renderObjective(
      mockApi(retiredObjectivePageFixture),
      retiredObjectiveEntity,
    );
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(
        '5 entities still serving this retired objective',
      ),
    ).toBeInTheDocument();
    expect(
      within(alert).getByRole('link', { name: 'win-us-midmarket' }),
    ).toHaveAttribute('href', '/catalog/default/objective/win-us-midmarket');
    const owners = within(alert).getByRole('list', {
      name: 'Still serving it, by owner',
    });
    expect(within(owners).getAllByRole('listitem')).toHaveLength(3);
    expect(within(owners).getByText('No owner: 1 entity')).toBeInTheDocument();
    // The summary names the successor as well.
    expect(screen.getByText('Succeeded by')).toBeInTheDocument();
    expect(screen.getByText('Retired')).toBeInTheDocument();
    await supportersTable();
    expect(api.listEntities).toHaveBeenCalledWith(
      { objective: RETIRED_REF },
      FIRST_PAGE,
    );

    await userEvent.click(
      within(owners).getByRole('link', {
        name: 'List the 3 entities of supplier-network still serving it',
      }),
    );
    expect(screen.getByTestId('location-search')).toHaveTextContent(
      '?owner=group%3Adefault%2Fsupplier-network',
    );
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        { objective: RETIRED_REF, owner: 'group:default/supplier-network' },
        FIRST_PAGE,
      ),
    );
    expect(screen.getByRole('textbox', { name: 'Owner' })).toHaveValue(
      'group:default/supplier-network',
    );
  });

  it('shows the levels of the supporters and their number over time', async () => {
    const api = await renderObjective();
    expect(
      await screen.findByRole('link', { name: 'Show the 30 aligned entities' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Show the 14 at risk entities' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '66 entities on 2026-11-21, from 58 entities on 2026-11-19.',
      ),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('link', { name: 'Show the 22 drifting entities' }),
    );
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        { objective: ACTIVE_REF, level: 'drifting' },
        FIRST_PAGE,
      ),
    );
  });
});
