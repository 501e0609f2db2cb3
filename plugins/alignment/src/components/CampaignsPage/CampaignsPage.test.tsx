import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockCampaignApi,
  renderCampaigns,
} from './__testUtils__/renderCampaigns';
import { responseError } from '../__testUtils__/renderEntityPage';

describe('CampaignsPage list', () => {
  it('lists each campaign with its owner, status, deadline and progress', async () => {
    await renderCampaigns('');
    const docs = await screen.findByTestId(
      'campaign-campaign:default/docs-as-code-q4',
    );
    expect(
      within(docs).getByRole('link', { name: 'Docs as code by Q4' }),
    ).toHaveAttribute('href', '/alignment/campaigns/default/docs-as-code-q4');
    expect(within(docs).getByRole('link', { name: 'platform' })).toBeVisible();
    expect(within(docs).getByText('Active')).toBeInTheDocument();
    expect(
      within(docs).getByText('2026-12-10 (12 days left)'),
    ).toBeInTheDocument();
    expect(within(docs).getByText('25 / 40')).toBeInTheDocument();
    expect(
      within(docs).getByText('10 remaining · 2 waived · 1 errored · 2 no data'),
    ).toBeInTheDocument();

    const review = screen.getByTestId(
      'campaign-campaign:default/revalidate-series-b',
    );
    expect(
      within(review).getByText('2026-11-25 (overdue by 3 days)'),
    ).toBeInTheDocument();
    expect(within(review).getByText('4 remaining')).toBeInTheDocument();
  });

  it('explains an empty list', async () => {
    await renderCampaigns(
      '',
      mockCampaignApi({
        getCampaigns: jest.fn().mockResolvedValue({ items: [] }),
      }),
    );
    expect(await screen.findByText('No campaigns yet')).toBeInTheDocument();
  });

  it('shows a failed load with a way to try again', async () => {
    const error = await responseError(500, 'Error', 'Database down');
    const api = mockCampaignApi({
      getCampaigns: jest.fn().mockRejectedValue(error),
    });
    await renderCampaigns('', api);
    expect(
      await screen.findByText(/Could not load the campaigns/),
    ).toBeInTheDocument();
    api.getCampaigns.mockResolvedValue({ items: [] });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No campaigns yet')).toBeInTheDocument();
  });
});
