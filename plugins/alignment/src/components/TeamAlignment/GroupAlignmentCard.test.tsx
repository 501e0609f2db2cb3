import { screen, within } from '@testing-library/react';
import { GroupAlignmentCard } from './GroupAlignmentCard';
import { emptyTeamPageFixture, teamPageFixture } from './__fixtures__/teamPage';
import {
  groupEntity,
  mockTeamApi,
  pending,
  renderWithEntity,
  responseError,
} from './__testUtils__/renderWithEntity';

jest.setTimeout(20_000);

async function renderCard(getTeamPage: jest.Mock, tabPath?: string) {
  const api = mockTeamApi({ getTeamPage });
  await renderWithEntity(
    <GroupAlignmentCard tabPath={tabPath} />,
    groupEntity,
    api,
  );
  return api;
}

describe('GroupAlignmentCard', () => {
  it('shows the figures, the three fixes worth the most points and the waivers expiring soon', async () => {
    const api = await renderCard(
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
      within(screen.getByRole('list', { name: 'Entities by level' }))
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['120Aligned', '60At risk', '32Drifting']);

    const fixes = within(
      screen.getByRole('list', { name: 'What to fix first' }),
    ).getAllByRole('listitem');
    expect(
      fixes.map(item => item.textContent?.match(/^\+\d+ points?/)?.[0]),
    ).toEqual(['+35 points', '+12 points', '+6 points']);
    // The card leaves how to fix to the tab.
    expect(screen.queryByText('How to fix:')).not.toBeInTheDocument();

    const soon = screen.getByText('1 waiver expires within 14 days');
    expect(soon).toHaveAttribute('data-expiring-soon', 'true');
  });

  it("links to the group's Alignment tab at ./alignment by default", async () => {
    await renderCard(jest.fn().mockResolvedValue(teamPageFixture()));
    expect(
      await screen.findByRole('link', { name: /View team alignment/ }),
    ).toHaveAttribute('href', '/alignment');
  });

  it('takes the tab path from its props', async () => {
    await renderCard(
      jest.fn().mockResolvedValue(teamPageFixture()),
      '/catalog/default/group/payments/team-alignment',
    );
    expect(
      await screen.findByRole('link', { name: /View team alignment/ }),
    ).toHaveAttribute('href', '/catalog/default/group/payments/team-alignment');
  });

  it('marks no waiver when none expires soon', async () => {
    const data = teamPageFixture();
    data.expiringSoon = 0;
    await renderCard(jest.fn().mockResolvedValue(data));
    const none = await screen.findByText('No waiver expires within 14 days');
    expect(none).not.toHaveAttribute('data-expiring-soon');
  });

  it('says what counts when the team owns no evaluated entities', async () => {
    await renderCard(jest.fn().mockResolvedValue(emptyTeamPageFixture()));
    expect(
      await screen.findByText(/This team owns no evaluated entities yet/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Score/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /View team alignment/ }),
    ).not.toBeInTheDocument();
  });

  it('shows a progress bar while the page loads', async () => {
    await renderCard(pending());
    expect(screen.getByText('Team alignment')).toBeInTheDocument();
    expect(
      await screen.findByRole('progressbar', {
        name: "Loading the team's alignment",
      }),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the page fails", async () => {
    await renderCard(
      jest
        .fn()
        .mockRejectedValue(
          await responseError(503, 'Error', 'Alignment database unavailable'),
        ),
    );
    expect(
      await screen.findByText(/Could not load this team's alignment/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/Alignment database unavailable/).length,
    ).toBeGreaterThan(0);
  });

  it('says so, without an error, when the caller may not see the team', async () => {
    await renderCard(
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
  });
});
