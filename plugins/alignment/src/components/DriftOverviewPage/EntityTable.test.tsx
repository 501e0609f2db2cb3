import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityTable } from './EntityTable';
import {
  entitiesPage1Fixture,
  entitiesPage2Fixture,
} from './__fixtures__/entities';
import { mockAlignmentApi, renderPage } from './__testUtils__/renderPage';

async function entityTable() {
  const table = await screen.findByRole('table', { name: 'Entities' });
  await within(table).findByRole('link', { name: 'analyticsapi' });
  return table;
}

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

describe('EntityTable', () => {
  it('renders the rows of the current page as the user sees them', async () => {
    const { api } = await renderPage(<EntityTable />);
    const table = await entityTable();

    expect(api.listEntities).toHaveBeenCalledWith(
      {},
      { sort: 'score', order: 'asc', limit: 25, cursor: undefined },
    );
    const row = within(table)
      .getByRole('link', { name: 'analyticsapi' })
      .closest('tr')!;
    expect(within(row).getByText('component')).toBeInTheDocument();
    expect(within(row).getByText('35')).toBeInTheDocument();
    expect(within(row).getByText('Drifting')).toBeInTheDocument();
    expect(
      within(row).getByLabelText('No score 30 days ago to compare with'),
    ).toHaveTextContent('—');
    expect(within(row).getByText('Compliance')).toBeInTheDocument();
    expect(within(row).getByText('Revalidate')).toBeInTheDocument();
    expect(within(row).getByText('3 failing')).toBeInTheDocument();
    expect(within(row).getByText('2 without data')).toBeInTheDocument();
    expect(screen.getByText('1–25 of 66')).toBeInTheDocument();
    // Titles are entity-provided text and are shown as text.
    expect(
      within(table).getByText('Marketplace Community'),
    ).toBeInTheDocument();
  });

  it('pages forward with the nextCursor and back with the previous one', async () => {
    const { api } = await renderPage(<EntityTable />);
    await entityTable();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        {},
        expect.objectContaining({ cursor: entitiesPage1Fixture.nextCursor }),
      ),
    );
    const firstOfPage2 = entitiesPage2Fixture.items[0].entityRef.split('/')[1];
    expect(
      await screen.findByRole('link', { name: firstOfPage2 }),
    ).toBeInTheDocument();
    expect(screen.getByText('26–50 of 66')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        {},
        expect.objectContaining({ cursor: undefined }),
      ),
    );
    expect(await screen.findByText('1–25 of 66')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('writes a filter change to the URL and requests the first page with it', async () => {
    const { api } = await renderPage(<EntityTable />);
    await entityTable();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(screen.getByText('26–50 of 66')).toBeInTheDocument(),
    );

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Level' }),
      'drifting',
    );
    expect(screen.getByTestId('location-search')).toHaveTextContent(
      '?level=drifting',
    );
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        { level: 'drifting' },
        { sort: 'score', order: 'asc', limit: 25, cursor: undefined },
      ),
    );
  });

  it('debounces the text search into the URL', async () => {
    const { api } = await renderPage(<EntityTable />);
    await entityTable();
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'supplier',
    );
    await waitFor(() =>
      expect(screen.getByTestId('location-search')).toHaveTextContent(
        '?q=supplier',
      ),
    );
    expect(api.listEntities).toHaveBeenLastCalledWith(
      { q: 'supplier' },
      expect.anything(),
    );
    // One request for the whole word, not one per keystroke.
    expect(
      api.listEntities.mock.calls.filter(([filter]) => filter.q).length,
    ).toBe(1);
  });

  it('reads a shared view from the URL', async () => {
    const { api } = await renderPage(<EntityTable />, {
      search:
        '?owner=group%3Adefault%2Finpixon&signal=compliance&sort=owner&order=desc&pageSize=50',
    });
    await entityTable();
    expect(api.listEntities).toHaveBeenCalledWith(
      { owner: 'group:default/inpixon', signal: 'compliance' },
      { sort: 'owner', order: 'desc', limit: 50, cursor: undefined },
    );
    expect(screen.getByRole('textbox', { name: 'Owner' })).toHaveValue(
      'group:default/inpixon',
    );
  });

  it('sorts on the server when a column header is clicked', async () => {
    const { api } = await renderPage(<EntityTable />);
    await entityTable();
    await userEvent.click(screen.getByRole('button', { name: 'Owner' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        {},
        expect.objectContaining({ sort: 'owner', order: 'asc' }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Owner' }));
    await waitFor(() =>
      expect(api.listEntities).toHaveBeenLastCalledWith(
        {},
        expect.objectContaining({ sort: 'owner', order: 'desc' }),
      ),
    );
    expect(screen.getByTestId('location-search')).toHaveTextContent(
      'sort=owner&order=desc',
    );
  });

  it("shows the server's message when the page fails to load", async () => {
    const api = mockAlignmentApi({
      listEntities: jest
        .fn()
        .mockRejectedValue(
          new Error(
            '"nobody!" is not an entity reference like component:default/name',
          ),
        ),
    });
    await renderPage(<EntityTable />, { api });
    expect(
      await screen.findAllByText(/is not an entity reference/),
    ).not.toHaveLength(0);
  });

  it('downloads the filtered CSV with the user’s credentials', async () => {
    const createObjectURL = jest.fn(() => 'blob:csv');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    const fetch = jest.fn().mockResolvedValue({
      ok: true,
      blob: async () => new Blob(['entityRef\n']),
    });
    const { api } = await renderPage(<EntityTable />, {
      fetch,
      search: '?level=drifting',
    });
    await entityTable();

    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.getEntitiesCsvUrl).toHaveBeenCalledWith(
      { level: 'drifting' },
      { sort: 'score', order: 'asc' },
    );
    expect(fetch).toHaveBeenCalledWith(
      'http://localhost:7007/api/alignment/entities.csv?level=drifting',
    );
    expect(createObjectURL).toHaveBeenCalled();
    click.mockRestore();
  });

  it('reports a failed CSV download', async () => {
    const fetch = jest.fn().mockRejectedValue(new Error('Network down'));
    const { alertPost } = await renderPage(<EntityTable />, { fetch });
    await entityTable();
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() =>
      expect(alertPost).toHaveBeenCalledWith(
        expect.objectContaining({
          severity: 'error',
          message: expect.stringContaining('Network down'),
        }),
      ),
    );
  });
});
