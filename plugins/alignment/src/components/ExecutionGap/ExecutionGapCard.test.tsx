import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { responseError } from '../__testUtils__/renderEntityPage';
import {
  mockAlignmentApi,
  renderPage,
} from '../DriftOverviewPage/__testUtils__/renderPage';
import { ExecutionGapCard } from './ExecutionGapCard';
import {
  alignedOffTrack,
  alignedOnTrack,
  executionGapFixture,
} from './__fixtures__/executionGap';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

async function renderCard(getExecutionGap: jest.Mock) {
  return renderPage(<ExecutionGapCard />, {
    api: mockAlignmentApi({ getExecutionGap }),
  });
}

describe('ExecutionGapCard', () => {
  it('puts the objectives where alignment and outcome disagree side by side', async () => {
    await renderCard(jest.fn().mockResolvedValue(executionGapFixture));

    const offTrack = await screen.findByRole('region', {
      name: 'Aligned but off track',
    });
    expect(
      within(offTrack).getByText('Aligned but off track (1)'),
    ).toBeInTheDocument();
    expect(offTrack).toHaveTextContent(
      'here the strategy, not the code, may need the next revision',
    );
    expect(
      within(offTrack).getByRole('link', { name: 'Win the US mid-market' }),
    ).toHaveAttribute('href', '/catalog/default/objective/win-us-midmarket');
    expect(offTrack).toHaveTextContent('mean score 88, 4.5% drifting');

    const onTrack = screen.getByRole('region', {
      name: 'Drifting but on track',
    });
    expect(
      within(onTrack)
        .getAllByRole('link')
        .map(a => a.textContent),
    ).toEqual(['Native integrations with US mid-market ERPs']);
    expect(onTrack).toHaveTextContent(
      'here the strategy, not the code, may need the next revision',
    );
  });

  it('lists every active objective with supporters, score, drift, delivery and outcome', async () => {
    await renderCard(jest.fn().mockResolvedValue(executionGapFixture));
    const table = await screen.findByRole('table', { name: 'Execution gap' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);

    const cells = within(rows[0]).getAllByRole('cell');
    expect(within(cells[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/objective/win-us-midmarket',
    );
    expect(cells.slice(1, 4).map(c => c.textContent)).toEqual([
      '66',
      '88',
      '4.5%',
    ]);
    expect(within(cells[4]).getByText('Deploys: High')).toBeInTheDocument();
    expect(
      within(cells[4]).getByText('Change failures: Medium'),
    ).toBeInTheDocument();
    expect(within(cells[5]).getByText('Off track')).toBeInTheDocument();

    // A key without a band reads as such, not as a blank.
    expect(rows[2]).toHaveTextContent('Deploys: Low');
    expect(rows[2]).toHaveTextContent('Change failures: no data');

    // Nothing serves it: dashes, an unknown outcome, a link by name.
    const unknown = within(rows[3]).getAllByRole('cell');
    expect(within(unknown[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/objective/enterprise-readiness',
    );
    expect(unknown.slice(1, 4).map(c => c.textContent)).toEqual([
      '0',
      '—',
      '—',
    ]);
    expect(within(unknown[5]).getByText('Unknown')).toBeInTheDocument();
  });

  it('says so when no objective is in either group', async () => {
    await renderCard(
      jest.fn().mockResolvedValue({ objectives: [alignedOnTrack] }),
    );
    expect(
      await screen.findByText('No active objective is aligned but off track.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No active objective is drifting but on track.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Execution gap' })).getAllByRole(
        'row',
      ),
    ).toHaveLength(2);
  });

  it('says so when there is no active objective', async () => {
    await renderCard(jest.fn().mockResolvedValue({ objectives: [] }));
    expect(
      await screen.findByText(/No active objective you can see/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Execution gap' })).toBeNull();
  });

  it('shows a progress bar while it loads', async () => {
    await renderCard(jest.fn(() => new Promise(() => {})));
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the execution gap',
      }),
    ).toBeInTheDocument();
  });

  it("shows the server's error and tries again on request", async () => {
    const getExecutionGap = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(500, 'Error', 'measures store unavailable'),
      )
      .mockResolvedValue(executionGapFixture);
    await renderCard(getExecutionGap);
    expect(
      await screen.findByText(/Could not load the execution gap/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/measures store unavailable/)[0],
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('table', { name: 'Execution gap' }),
    ).toBeInTheDocument();
    expect(getExecutionGap).toHaveBeenCalledTimes(2);
  });

  it('says the user may not see it when the backend refuses (403)', async () => {
    await renderCard(
      jest
        .fn()
        .mockRejectedValue(
          await responseError(403, 'NotAllowedError', 'Unauthorized'),
        ),
    );
    expect(
      await screen.findByText(
        "You don't have permission to see the execution gap",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
  });

  it('renders objective titles as text, not markup', async () => {
    await renderCard(
      jest.fn().mockResolvedValue({
        objectives: [
          { ...alignedOffTrack, title: '<img src=x onerror=alert(1)>' },
        ],
      }),
    );
    expect(
      (await screen.findAllByText('<img src=x onerror=alert(1)>')).length,
    ).toBe(2);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
