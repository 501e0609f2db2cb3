import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GroupAlignmentContent } from './GroupAlignmentContent';
import { emptyTeamPageFixture, teamPageFixture } from './__fixtures__/teamPage';
import {
  groupEntity,
  mockTeamApi,
  pending,
  renderWithEntity,
  responseError,
} from './__testUtils__/renderWithEntity';

// A full tab render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

async function renderContent(getTeamPage: jest.Mock) {
  const api = mockTeamApi({ getTeamPage });
  await renderWithEntity(<GroupAlignmentContent />, groupEntity, api);
  return api;
}

function itemTexts(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map(item => item.textContent ?? '');
}

describe('GroupAlignmentContent', () => {
  it("reads the group's page once and shows its figures and the owners counted", async () => {
    const api = await renderContent(
      jest.fn().mockResolvedValue(teamPageFixture()),
    );
    expect(await screen.findByText('Score 71/100')).toBeInTheDocument();
    expect(api.getTeamPage).toHaveBeenCalledTimes(1);
    expect(api.getTeamPage).toHaveBeenCalledWith({
      kind: 'Group',
      namespace: 'default',
      name: 'payments',
    });
    expect(screen.getByText('212 entities evaluated')).toBeInTheDocument();
    expect(
      itemTexts(screen.getAllByRole('list', { name: 'Entities by level' })[0]),
    ).toEqual(['120Aligned', '60At risk', '32Drifting']);
    expect(
      screen.getByText('The group and its 2 sub-groups:'),
    ).toBeInTheDocument();
    const owners = within(
      screen.getByRole('group', { name: 'Owners counted' }),
    );
    expect(owners.getAllByRole('link').map(l => l.textContent)).toEqual([
      'payments',
      'payments-core',
      'payments-risk',
    ]);
    expect(owners.getByRole('link', { name: 'payments-risk' })).toHaveAttribute(
      'href',
      '/catalog/default/group/payments-risk',
    );
  });

  it('lists the entities lowest score first, linking to their Alignment tab, and says more exist', async () => {
    await renderContent(jest.fn().mockResolvedValue(teamPageFixture()));
    const table = await screen.findByRole('table', {
      name: 'Entities the team owns',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[4].textContent),
    ).toEqual(['41', '82', '100']);
    expect(
      within(rows[0]).getByRole('link', { name: 'fraud-scoring' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/fraud-scoring/alignment',
    );
    expect(within(rows[1]).getByText('Ledger')).toBeInTheDocument();
    expect(
      screen.getByText('Showing the 3 lowest-scoring of 212 entities.'),
    ).toBeInTheDocument();
  });

  it('does not claim more entities when all are listed', async () => {
    const data = teamPageFixture();
    data.figures.entities = data.entities.length;
    await renderContent(jest.fn().mockResolvedValue(data));
    await screen.findByRole('table', { name: 'Entities the team owns' });
    expect(screen.queryByText(/lowest-scoring of/)).not.toBeInTheDocument();
  });

  it('orders what to fix first by the points gained, with the level after and how to fix', async () => {
    await renderContent(jest.fn().mockResolvedValue(teamPageFixture()));
    const list = await screen.findByRole('list', { name: 'What to fix first' });
    const items = within(list).getAllByRole('listitem');
    expect(
      items.map(item => item.textContent?.match(/^\+\d+ points?/)?.[0]),
    ).toEqual(['+35 points', '+12 points', '+6 points', '+1 point']);
    const first = within(items[0]);
    expect(
      first.getByRole('link', { name: 'fraud-scoring' }),
    ).toBeInTheDocument();
    expect(first.getByText('Serves active objectives')).toBeInTheDocument();
    expect(
      first.getByText('grow-supplier-network is retired.'),
    ).toBeInTheDocument();
    expect(first.getByText('Aligned')).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Score 41 → 76, level after:');
    expect(items[0]).toHaveTextContent(
      'How to fix: Point lodestar.dev/objectives at win-us-midmarket.',
    );
    // A principle's check links to the Principle's page.
    expect(
      within(items[1]).getByRole('link', { name: 'Docs as code' }),
    ).toHaveAttribute('href', '/catalog/default/principle/docs-as-code');
  });

  it('counts the waivers expiring within 14 days in a heading and highlights them', async () => {
    await renderContent(jest.fn().mockResolvedValue(teamPageFixture()));
    expect(
      await screen.findByRole('heading', { name: '1 expiring within 14 days' }),
    ).toBeInTheDocument();
    const items = within(
      screen.getByRole('list', { name: 'Open waivers' }),
    ).getAllByRole('listitem');
    // Soonest first, whatever order the response had.
    expect(items[0]).toHaveTextContent('On-call rota starts next sprint.');
    expect(items[0]).toHaveAttribute('data-expiring-soon', 'true');
    expect(items[0]).toHaveTextContent('Expiring soon: expires in 3 days');
    expect(items[1]).toHaveTextContent('Docs move to the new portal in Q3.');
    expect(items[1]).not.toHaveAttribute('data-expiring-soon');
    expect(items[1]).not.toHaveTextContent('Expiring soon');
  });

  it('compares the load with the org median and warns of a team spread over many domains', async () => {
    await renderContent(jest.fn().mockResolvedValue(teamPageFixture()));
    expect(
      await screen.findByText('26.5, above the org median of 4'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('6, the same as the org median of 6'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('4, above the org median of 1'),
    ).toBeInTheDocument();
    expect(screen.getByText('8 members')).toBeInTheDocument();
    expect(
      screen.getByText(
        /This team spans 4 domains, where the median team spans 1\. A team spread over many domains is a sign that team topology no longer follows product boundaries\./,
      ),
    ).toBeInTheDocument();
  });

  it('does not warn when the team spans about as many domains as the median', async () => {
    const data = teamPageFixture();
    data.load.domains = 2;
    data.load.entitiesPerMember = 3;
    await renderContent(jest.fn().mockResolvedValue(data));
    expect(
      await screen.findByText('2, above the org median of 1'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('3, below the org median of 4'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/team topology/)).not.toBeInTheDocument();
  });

  it('explains how an entity comes to count for the team when it owns none', async () => {
    await renderContent(jest.fn().mockResolvedValue(emptyTeamPageFixture()));
    expect(
      await screen.findByText('No evaluated entities owned by this team'),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent('owner: group:default/payments');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a progress bar while the page loads', async () => {
    await renderContent(pending());
    expect(
      await screen.findByRole('progressbar', {
        name: "Loading the team's alignment",
      }),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the page fails, and tries again", async () => {
    const getTeamPage = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(503, 'Error', 'Alignment database unavailable'),
      )
      .mockResolvedValue(teamPageFixture());
    await renderContent(getTeamPage);
    expect(
      await screen.findByText(/Could not load this team's alignment/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/Alignment database unavailable/).length,
    ).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Score 71/100')).toBeInTheDocument();
    await waitFor(() => expect(getTeamPage).toHaveBeenCalledTimes(2));
  });

  it('says so, without an error, when the caller may not see the team', async () => {
    await renderContent(
      jest
        .fn()
        .mockRejectedValue(
          await responseError(403, 'NotAllowedError', 'Unauthorized'),
        ),
    );
    expect(
      await screen.findByText(
        "You don't have permission to see this team's alignment",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Could not load/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Try again' }),
    ).not.toBeInTheDocument();
  });

  it('shows no campaign to-dos card from a backend that sends none', async () => {
    await renderContent(jest.fn().mockResolvedValue(teamPageFixture()));
    expect(await screen.findByText('Score 71/100')).toBeInTheDocument();
    expect(screen.queryByText('Campaign to-dos')).not.toBeInTheDocument();
  });

  it('shows an empty campaign to-dos card when no campaign needs anything', async () => {
    await renderContent(
      jest.fn().mockResolvedValue({ ...teamPageFixture(), campaignTodos: [] }),
    );
    expect(await screen.findByText('Campaign to-dos')).toBeInTheDocument();
    expect(
      screen.getByText(
        "No active or proposed campaign needs anything from the team's entities.",
      ),
    ).toBeInTheDocument();
  });
});
