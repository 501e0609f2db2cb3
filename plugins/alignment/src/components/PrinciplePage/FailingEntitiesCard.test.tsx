import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  mockApi,
  renderPrinciplePage,
  responseError,
} from './__testUtils__/renderPrinciplePage';
import { CHECK_ID } from './__fixtures__/principle';

async function failingTable() {
  return screen.findByRole('table', { name: 'Failing entities' });
}

describe('FailingEntitiesCard', () => {
  it('groups consecutive rows of one owner under one heading, with each message', async () => {
    await renderPrinciplePage(mockApi());
    const table = await failingTable();
    expect(screen.getByText('4 in all')).toBeInTheDocument();

    const finance = within(table).getByRole('rowgroup', {
      name: 'Owner finance',
    });
    const financeRows = within(finance).getAllByRole('row');
    // The owner heading, then its two entities.
    expect(financeRows).toHaveLength(3);
    expect(financeRows[0]).toHaveTextContent('finance');
    expect(financeRows[1]).toHaveTextContent('ledger-sync');
    expect(financeRows[1]).toHaveTextContent('Fail');
    expect(financeRows[1]).toHaveTextContent('spec.providesApis is empty');
    expect(financeRows[2]).toHaveTextContent('invoice-worker');
    expect(financeRows[2]).toHaveTextContent('Error');
    expect(financeRows[2]).toHaveTextContent('no such key: spec');

    const marketplace = within(table).getByRole('rowgroup', {
      name: 'Owner marketplace',
    });
    expect(within(marketplace).getAllByRole('row')).toHaveLength(2);
    expect(marketplace).toHaveTextContent('spec.providesApis is missing');
  });

  it('links each entity to its Alignment tab', async () => {
    await renderPrinciplePage(mockApi());
    await failingTable();
    expect(screen.getByRole('link', { name: 'ledger-sync' })).toHaveAttribute(
      'href',
      '/catalog/default/component/ledger-sync/alignment',
    );
  });

  it('pages with the server cursor: Next sends nextCursor, Previous goes back', async () => {
    const api = mockApi();
    await renderPrinciplePage(api);
    await failingTable();
    expect(screen.getByText('1–3 of 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.listEntities).toHaveBeenCalledTimes(2));
    expect(api.listEntities).toHaveBeenLastCalledWith(
      { check: CHECK_ID, checkStatus: ['fail', 'error', 'no-data'] },
      { sort: 'owner', order: 'asc', limit: 25, cursor: 'cursor-2' },
    );
    expect(await screen.findByText('orphan-job')).toBeInTheDocument();
    // A rule that did not run for want of a fact, with the fact it needs.
    const orphan = screen.getByText('orphan-job').closest('tr')!;
    expect(orphan).toHaveTextContent('No data');
    expect(orphan).toHaveTextContent(
      'facts.deploymentFrequencyPerWeek is missing',
    );
    expect(screen.queryByText('ledger-sync')).toBeNull();
    expect(
      screen.getByRole('rowgroup', { name: 'Owner none' }),
    ).toHaveTextContent('No owner');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('ledger-sync')).toBeInTheDocument();
    expect(api.listEntities).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ cursor: undefined }),
    );
  });

  it('shows its own error without hiding the rest of the page', async () => {
    await renderPrinciplePage(
      mockApi({
        listEntities: jest
          .fn()
          .mockRejectedValue(await responseError(500, 'query timed out')),
      }),
    );
    expect(
      await screen.findByText(/Could not load who fails this principle/),
    ).toBeInTheDocument();
    expect(screen.getByText('62.5%')).toBeInTheDocument();
  });
});
