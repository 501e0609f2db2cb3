import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { StrategyPageContent } from './StrategyPageContent';
import {
  emptyStrategyPageFixture,
  strategyEntity,
  strategyPageFixture,
} from './__fixtures__/strategyPage';
import {
  renderEntityPage,
  responseError,
} from '../__testUtils__/renderEntityPage';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

function mockApi(getStrategyPage: jest.Mock) {
  return { getStrategyPage };
}

async function renderStrategy(
  page: jest.Mock = jest.fn().mockResolvedValue(strategyPageFixture),
  entity: Entity = strategyEntity,
) {
  const api = mockApi(page);
  await renderEntityPage(<StrategyPageContent />, entity, api);
  return api;
}

function list(name: string) {
  return screen.getByRole('list', { name });
}

describe('StrategyPageContent', () => {
  it("asks for the strategy's page once and shows its text from the entity", async () => {
    const api = await renderStrategy();
    expect(
      await screen.findByText(/have outgrown spreadsheets/),
    ).toBeInTheDocument();
    expect(api.getStrategyPage).toHaveBeenCalledTimes(1);
    expect(api.getStrategyPage).toHaveBeenCalledWith({
      kind: 'Strategy',
      namespace: 'default',
      name: 'meridian-strategy',
    });
    expect(screen.getByText(/default procurement system/)).toBeInTheDocument();
    const trajectory = list('Trajectory');
    expect(within(trajectory).getByText(/buyer-side tool/)).toBeInTheDocument();
    expect(
      within(trajectory).getByText(/US data residency/),
    ).toBeInTheDocument();
    // The measured direction shows where its measure stands.
    const measure = list('Measure of direction 1');
    expect(
      within(measure).getByText('Systems left in the marketplace domain'),
    ).toBeInTheDocument();
    expect(
      within(measure).getByText(/short of the target of 0/),
    ).toBeInTheDocument();
    expect(within(measure).getByText('Off track')).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Measure of direction 2' }),
    ).toBeNull();
  });

  it('shows the revisions newest first, each with its trigger and summary', async () => {
    await renderStrategy();
    const timeline = await screen.findByRole('list', {
      name: 'Strategy revisions',
    });
    const items = within(timeline).getAllByRole('listitem');
    expect(
      items.map(i => within(i).getByText(/^\d{4}-\d\d-\d\d$/).textContent),
    ).toEqual(['2026-03-02', '2025-04-07', '2024-01-15']);
    expect(within(items[0]).getByText('Funding round')).toBeInTheDocument();
    expect(within(items[0]).getByText('Latest')).toBeInTheDocument();
    expect(
      within(items[0]).getByText(/New thesis: US mid-market expansion/),
    ).toBeInTheDocument();
    expect(
      within(items[2]).getByText('Platform thesis change'),
    ).toBeInTheDocument();
  });

  it('groups the objectives by status with their figures and links', async () => {
    await renderStrategy();
    const active = await screen.findByRole('list', {
      name: 'Active objectives',
    });
    expect(screen.getByText('Active (2)')).toBeInTheDocument();
    expect(screen.getByText('Proposed (1)')).toBeInTheDocument();
    expect(screen.getByText('Retired (1)')).toBeInTheDocument();

    const win = within(active)
      .getByRole('link', { name: 'Win the US mid-market' })
      .closest('li')!;
    expect(
      within(active).getByRole('link', { name: 'Win the US mid-market' }),
    ).toHaveAttribute('href', '/catalog/default/objective/win-us-midmarket');
    expect(win).toHaveTextContent('12 supporters · mean score 88');
    expect(list('Proposed objectives')).toHaveTextContent(
      '0 supporters · mean score —',
    );

    const retired = list('Retired objectives');
    expect(retired).toHaveTextContent('Succeeded by');
    const successor = within(retired).getByRole('link', {
      name: /win-us-midmarket/,
    });
    expect(successor).toHaveAttribute(
      'href',
      '/catalog/default/objective/win-us-midmarket',
    );
  });

  it('groups the principles by severity and flags those that check nothing', async () => {
    await renderStrategy();
    await screen.findByRole('list', { name: 'Critical principles' });
    const headings = screen
      .getAllByRole('heading', { level: 3 })
      .map(h => h.textContent)
      .filter(t => /principle|Critical|High|Medium|Low|Unknown/.test(t ?? ''));
    expect(headings).toEqual([
      'Critical (1)',
      'High (1)',
      'Low (1)',
      'Unknown severity (1)',
    ]);

    const critical = list('Critical principles');
    expect(
      within(critical).getByRole('link', {
        name: 'US customer data stays in US regions',
      }),
    ).toHaveAttribute('href', '/catalog/default/principle/us-data-residency');
    expect(within(critical).getByLabelText('90% pass')).toHaveTextContent(
      '90%',
    );
    expect(critical).toHaveTextContent('1 failing');
    expect(critical).not.toHaveTextContent('without data');
    expect(list('Low principles')).toHaveTextContent(
      '4 failing, 1 in error, 2 without data',
    );

    const high = list('High principles');
    expect(within(high).getByText('Rule does not compile')).toBeInTheDocument();
    expect(within(high).getByText(/Syntax error/)).toBeInTheDocument();
    expect(within(high).getByText('Applies to no entity')).toBeInTheDocument();

    const unknown = list('Unknown severity principles');
    expect(within(unknown).getByText('Invalid')).toBeInTheDocument();
    expect(
      within(unknown).getByText(/spec.severity: must be one of/),
    ).toBeInTheDocument();
  });

  it('shows who still has to revalidate, each owner linking to exactly those entities', async () => {
    await renderStrategy();
    expect(await screen.findByText('7 entities')).toBeInTheDocument();
    expect(
      screen.getByText('Since the 2026-03-02 revision (Funding round)'),
    ).toBeInTheDocument();
    const owners = list('Needing revalidation by owner');
    expect(
      within(owners).getByRole('link', {
        name: 'List the 4 entities of supplier-network needing revalidation in the drift overview',
      }),
    ).toHaveAttribute(
      'href',
      '/alignment?owner=group%3Adefault%2Fsupplier-network&needsRevalidation=true',
    );
    expect(
      within(owners).getByRole('link', { name: /2 entities of payments/ }),
    ).toHaveAttribute(
      'href',
      '/alignment?owner=group%3Adefault%2Fpayments&needsRevalidation=true',
    );
    // Entities without an owner cannot be filtered on: counted, not linked.
    const none = within(owners).getByText('No owner').closest('li')!;
    expect(none).toHaveTextContent('1 entity');
    expect(within(none).queryByRole('link')).not.toBeInTheDocument();
  });

  it('draws the org score and explains a withheld one', async () => {
    await renderStrategy(
      jest.fn().mockResolvedValue({
        ...strategyPageFixture,
        scoreTrend: { withheld: true, points: [] },
      }),
    );
    expect(
      await screen.findByText(/lodestar\.aggregates\.read permission/),
    ).toBeInTheDocument();
    expect(screen.getByText('Org score over time')).toBeInTheDocument();
  });

  it('says what to add when the strategy has nothing around it yet', async () => {
    const bare: Entity = {
      ...strategyEntity,
      spec: { owner: 'leadership', thesis: 'Win the US mid-market.' },
    };
    await renderStrategy(
      jest.fn().mockResolvedValue(emptyStrategyPageFixture),
      bare,
    );
    expect(await screen.findByText(/No objectives yet/)).toBeInTheDocument();
    expect(screen.getByText(/No principles yet/)).toBeInTheDocument();
    expect(screen.getByText(/No revisions recorded/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /no dated revision yet, so there is nothing to revalidate/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/No score yet/)).toBeInTheDocument();
    expect(screen.getByText(/add spec.productFuture/)).toBeInTheDocument();
    expect(
      screen.getByText(/list them in spec.trajectory/),
    ).toBeInTheDocument();
  });

  it('says so when every entity was reviewed since the latest revision', async () => {
    await renderStrategy(
      jest.fn().mockResolvedValue({
        ...strategyPageFixture,
        realignment: {
          revision: strategyPageFixture.realignment.revision,
          total: 0,
          byOwner: [],
        },
      }),
    );
    expect(
      await screen.findByText(
        'Every entity you can see has been reviewed since this revision.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a progress bar while the page loads', async () => {
    await renderStrategy(jest.fn(() => new Promise(() => {})));
    expect(
      await screen.findByRole('progressbar', {
        name: "Loading the strategy's alignment",
      }),
    ).toBeInTheDocument();
  });

  it("shows the server's error and tries again on request", async () => {
    const page = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(500, 'Error', 'database is down'),
      )
      .mockResolvedValue(strategyPageFixture);
    await renderStrategy(page);
    expect(
      await screen.findByText(/Could not load this strategy's alignment/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/database is down/)[0]).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('7 entities')).toBeInTheDocument();
    expect(page).toHaveBeenCalledTimes(2);
  });

  it('says the user may not see it when the backend refuses (403)', async () => {
    await renderStrategy(
      jest
        .fn()
        .mockRejectedValue(
          await responseError(403, 'NotAllowedError', 'Unauthorized'),
        ),
    );
    expect(
      await screen.findByText(
        "You don't have permission to see this strategy's alignment",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Try again' }),
    ).not.toBeInTheDocument();
  });
});
