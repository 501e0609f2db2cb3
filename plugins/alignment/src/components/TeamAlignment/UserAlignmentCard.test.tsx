import { screen, within } from '@testing-library/react';
import { UserAlignmentCard } from './UserAlignmentCard';
import { userPageFixture } from './__fixtures__/teamPage';
import {
  mockTeamApi,
  pending,
  renderWithEntity,
  responseError,
  userEntity,
} from './__testUtils__/renderWithEntity';

jest.setTimeout(20_000);

async function renderCard(getUserPage: jest.Mock) {
  const api = mockTeamApi({ getUserPage });
  await renderWithEntity(<UserAlignmentCard />, userEntity, api);
  return api;
}

describe('UserAlignmentCard', () => {
  it('shows each team owning evaluated entities with its figures, failing checks and waivers expiring soon', async () => {
    const api = await renderCard(
      jest.fn().mockResolvedValue(userPageFixture()),
    );
    const teams = within(
      await screen.findByRole('list', { name: 'Teams' }),
    ).getAllByRole('listitem');
    expect(api.getUserPage).toHaveBeenCalledTimes(1);
    expect(api.getUserPage).toHaveBeenCalledWith({
      kind: 'User',
      namespace: 'default',
      name: 'kofi.mensah',
    });

    const payments = teams.find(t => t.textContent?.startsWith('payments'))!;
    const team = within(payments);
    expect(team.getByRole('link', { name: 'payments' })).toHaveAttribute(
      'href',
      '/catalog/default/group/payments',
    );
    expect(
      team.getByRole('link', { name: 'Alignment of payments' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments/alignment');
    expect(
      team.getByText('212 entities evaluated, mean score 71/100'),
    ).toBeInTheDocument();
    expect(
      within(team.getByRole('list', { name: 'Entities by level' }))
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['120Aligned', '60At risk', '32Drifting']);
    expect(team.getByText('57 failing checks')).toBeInTheDocument();
    expect(team.getByText('2 waivers expire within 14 days')).toHaveAttribute(
      'data-expiring-soon',
      'true',
    );

    const checkout = within(
      teams.find(t => t.textContent?.startsWith('checkout'))!,
    );
    expect(
      checkout.getByText('9 entities evaluated, mean score 93/100'),
    ).toBeInTheDocument();
    expect(checkout.getByText('No failing check')).toBeInTheDocument();
    expect(
      checkout.getByText('No waiver expires within 14 days'),
    ).not.toHaveAttribute('data-expiring-soon');
  });

  it('names the teams owning nothing apart, instead of showing empty figures', async () => {
    await renderCard(jest.fn().mockResolvedValue(userPageFixture()));
    expect(
      await screen.findByText(/Also a member of, owning no evaluated entities/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'architecture-guild' }),
    ).toHaveAttribute('href', '/catalog/default/group/architecture-guild');
    expect(screen.getAllByText(/entities evaluated/)).toHaveLength(2);
  });

  it('says so when the user is in no team owning evaluated entities', async () => {
    const data = userPageFixture();
    data.teams = data.teams.filter(t => t.entities === 0);
    await renderCard(jest.fn().mockResolvedValue(data));
    expect(
      await screen.findByText(
        'Not a member of any team that owns evaluated entities.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Teams' }),
    ).not.toBeInTheDocument();
  });

  it('says the same when the user is in no team at all', async () => {
    await renderCard(
      jest
        .fn()
        .mockResolvedValue({ userRef: 'user:default/kofi.mensah', teams: [] }),
    );
    expect(
      await screen.findByText(
        'Not a member of any team that owns evaluated entities.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a progress bar while the page loads', async () => {
    await renderCard(pending());
    expect(
      await screen.findByRole('progressbar', {
        name: "Loading the alignment of the user's teams",
      }),
    ).toBeInTheDocument();
  });

  it("shows the server's message when the page fails", async () => {
    await renderCard(
      jest
        .fn()
        .mockRejectedValue(
          await responseError(500, 'Error', 'Alignment database unavailable'),
        ),
    );
    expect(
      await screen.findByText(
        /Could not load the alignment of this user's teams/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/Alignment database unavailable/).length,
    ).toBeGreaterThan(0);
  });

  it('says so, without an error, when the caller may not see the teams', async () => {
    await renderCard(
      jest
        .fn()
        .mockRejectedValue(
          await responseError(403, 'NotAllowedError', 'Unauthorized'),
        ),
    );
    expect(
      await screen.findByText(
        "You don't have permission to see the alignment of this user's teams",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Could not load/)).not.toBeInTheDocument();
  });
});
