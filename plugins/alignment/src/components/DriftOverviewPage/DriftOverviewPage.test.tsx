import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { DriftOverviewPage } from './DriftOverviewPage';
import { overviewFixture } from './__fixtures__/overview';
import { mockAlignmentApi, renderPage } from './__testUtils__/renderPage';

const noRunOverview = {
  ...overviewFixture,
  entities: 0,
  score: null,
  levels: { aligned: 0, atRisk: 0, drifting: 0 },
  validOwnerPercent: null,
  activeObjectivePercent: null,
  needsRevalidationPercent: null,
  principles: [],
  heatmap: { owners: [], principles: [], cells: [] },
  trend: { dimension: 'org' as const, key: 'org', points: [] },
  lastRun: undefined,
};

// A full page render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

describe('DriftOverviewPage', () => {
  it('shows a progress bar while the overview loads', async () => {
    const api = mockAlignmentApi({
      getOverview: jest.fn(() => new Promise(() => {})),
    });
    await renderPage(<DriftOverviewPage />, { api });
    expect(screen.getByText('Strategic alignment')).toBeInTheDocument();
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the alignment overview',
      }),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the overview fails, and retries", async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'Error', message: 'Alignment database unavailable' },
        response: { statusCode: 503 },
      }),
      { status: 503, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
    const api = mockAlignmentApi({
      getOverview: jest
        .fn()
        .mockRejectedValueOnce(error)
        .mockResolvedValue(overviewFixture),
    });
    await renderPage(<DriftOverviewPage />, { api });
    expect(
      await screen.findAllByText(/Alignment database unavailable/),
    ).not.toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('img', { name: 'Alignment score 85 out of 100' }),
    ).toBeInTheDocument();
  });

  it('explains that the first run is coming when none has run yet', async () => {
    const api = mockAlignmentApi({
      getOverview: jest.fn().mockResolvedValue(noRunOverview),
    });
    await renderPage(<DriftOverviewPage />, { api });
    expect(
      await screen.findByRole('heading', { name: 'No evaluation has run yet' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/first evaluation run starts shortly after the backend/),
    ).toBeInTheDocument();
    expect(api.listEntities).not.toHaveBeenCalled();
  });

  it('explains that a Strategy is needed when none exists', async () => {
    const api = mockAlignmentApi({
      getOverview: jest.fn().mockResolvedValue(noRunOverview),
      getStrategies: jest.fn().mockResolvedValue([]),
    });
    await renderPage(<DriftOverviewPage />, { api });
    expect(
      await screen.findByText('No strategy defined yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(/kind: Strategy/)).toBeInTheDocument();
  });

  describe('with the captured overview', () => {
    it('names the latest run and the strategy in the header', async () => {
      await renderPage(<DriftOverviewPage />);
      expect(
        await screen.findByText(/Latest run .* · 66 entities evaluated/),
      ).toBeInTheDocument();
      const header = within(document.querySelector('header')!);
      expect(header.getByText('Meridian company strategy')).toBeInTheDocument();
      expect(
        header.getByText('2026-03-02 · funding-round'),
      ).toBeInTheDocument();
    });

    it('shows the org score and level counts linking to the filtered table', async () => {
      await renderPage(<DriftOverviewPage />);
      expect(
        await screen.findByRole('img', {
          name: 'Alignment score 85 out of 100',
        }),
      ).toBeInTheDocument();

      const drifting = screen.getByRole('link', {
        name: 'Show the 14 drifting entities',
      });
      expect(drifting).toHaveAttribute(
        'href',
        expect.stringMatching(/\?level=drifting$/),
      );
      expect(
        screen.getByRole('link', { name: 'Show the 39 aligned entities' }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'Show the 13 at risk entities' }),
      ).toBeInTheDocument();
      expect(screen.getByText('83.3%')).toBeInTheDocument();
      expect(screen.getByText('63.6%')).toBeInTheDocument();
      expect(screen.getByText('25.8%')).toBeInTheDocument();
    });

    it('filters the entity table when a level count is followed', async () => {
      const { api } = await renderPage(<DriftOverviewPage />);
      await userEvent.click(
        await screen.findByRole('link', {
          name: 'Show the 14 drifting entities',
        }),
      );
      expect(screen.getByTestId('location-search')).toHaveTextContent(
        '?level=drifting',
      );
      await waitFor(() =>
        expect(api.listEntities).toHaveBeenLastCalledWith(
          { level: 'drifting' },
          expect.objectContaining({ cursor: undefined }),
        ),
      );
    });

    it('lists the entities still to revalidate in one click', async () => {
      const { api } = await renderPage(<DriftOverviewPage />);
      await userEvent.click(
        await screen.findByRole('link', { name: 'List them' }),
      );
      expect(screen.getByTestId('location-search')).toHaveTextContent(
        '?needsRevalidation=true',
      );
      await waitFor(() =>
        expect(api.listEntities).toHaveBeenLastCalledWith(
          { needsRevalidation: true },
          expect.objectContaining({ cursor: undefined }),
        ),
      );
    });

    it('hints that the trend grows when there is a single point', async () => {
      await renderPage(<DriftOverviewPage />);
      expect(
        await screen.findByText(
          'One run so far: the trend grows with each daily run.',
        ),
      ).toBeInTheDocument();
      const revisions = screen.getByRole('list', {
        name: 'Strategy revisions',
      });
      expect(
        within(revisions).getByText('2026-03-02 · funding-round'),
      ).toBeInTheDocument();
    });

    it('says why the trend is missing when it is withheld from the caller', async () => {
      const api = mockAlignmentApi({
        getOverview: jest.fn().mockResolvedValue({
          ...overviewFixture,
          trend: { ...overviewFixture.trend, points: [], withheld: true },
        }),
      });
      await renderPage(<DriftOverviewPage />, { api });
      expect(
        await screen.findByText(
          'The daily trend covers entities you may not see, so it is not shown to you.',
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText(/No trend yet/)).not.toBeInTheDocument();
    });

    it("shows a heatmap cell's pass rate linking to the owner's compliance drift", async () => {
      const { api } = await renderPage(<DriftOverviewPage />);
      const cell = await screen.findByRole('link', {
        name: /^supplier-network, services-expose-apis: 33% pass \(1 of 3\)/,
      });
      expect(cell).toHaveTextContent('33%');
      expect(cell).toHaveAttribute(
        'href',
        expect.stringMatching(
          /\?owner=group%3Adefault%2Fsupplier-network&signal=compliance$/,
        ),
      );
      // Cells where a principle does not apply show a dash, not a colour.
      expect(screen.getAllByLabelText('Not applicable').length).toBeGreaterThan(
        0,
      );

      await userEvent.click(cell);
      expect(screen.getByTestId('location-search')).toHaveTextContent(
        '?owner=group%3Adefault%2Fsupplier-network&signal=compliance',
      );
      await waitFor(() =>
        expect(api.listEntities).toHaveBeenLastCalledWith(
          { owner: 'group:default/supplier-network', signal: 'compliance' },
          expect.anything(),
        ),
      );
    });

    it('flags a retired objective with its successor, and what still serves it', async () => {
      await renderPage(<DriftOverviewPage />);
      const table = await screen.findByRole('table', { name: 'Objectives' });
      const row = within(table)
        .getByText('Grow the supplier network')
        .closest('tr')!;
      expect(within(row).getByText('Retired')).toBeInTheDocument();
      expect(within(row).getByText(/succeeded by/)).toBeInTheDocument();
      expect(
        within(row)
          .getAllByRole('link')
          .map(a => a.getAttribute('href')),
      ).toContain('/catalog/default/objective/win-us-midmarket');

      expect(
        screen.getByText('Still serving a retired objective (12)'),
      ).toBeInTheDocument();
      const retired = screen.getByRole('list', {
        name: 'Entities serving a retired objective',
      });
      expect(
        within(retired).getByRole('link', { name: 'supplier-forum' }),
      ).toHaveAttribute(
        'href',
        '/catalog/default/component/supplier-forum/alignment',
      );
      expect(screen.getByText('and 2 more')).toBeInTheDocument();
      expect(screen.getByText('Serving no objective (11)')).toBeInTheDocument();
    });

    it('shows the execution gap below the summary', async () => {
      const { api } = await renderPage(<DriftOverviewPage />);
      const gap = await screen.findByRole('table', { name: 'Execution gap' });
      expect(
        within(gap).getByRole('link', { name: 'Win the US mid-market' }),
      ).toHaveAttribute('href', '/catalog/default/objective/win-us-midmarket');
      expect(
        screen.getByRole('region', { name: 'Aligned but off track' }),
      ).toBeInTheDocument();
      expect(api.getExecutionGap).toHaveBeenCalledTimes(1);
      // Below the headline figures, above the heatmap.
      const headline = screen.getByText('Where the estate stands');
      const heatmap = screen.getByText('Principle pass rate by owner');
      const follows = (a: Node, b: Node) =>
        Boolean(
          a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      expect(follows(headline, gap)).toBe(true);
      expect(follows(gap, heatmap)).toBe(true);
    });

    it('shows the entity table with the first page', async () => {
      await renderPage(<DriftOverviewPage />);
      const table = await screen.findByRole('table', { name: 'Entities' });
      expect(
        await within(table).findByRole('link', { name: 'analyticsapi' }),
      ).toHaveAttribute(
        'href',
        '/catalog/default/component/analyticsapi/alignment',
      );
    });
  });
});
