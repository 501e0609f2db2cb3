import { screen, within } from '@testing-library/react';
import { DriftOverviewPage } from './DriftOverviewPage';
import { mockAlignmentApi, renderPage } from './__testUtils__/renderPage';
import { docsCampaign } from '../CampaignsPage/__fixtures__/campaigns';

// A full page render is slow on a shared CI runner.
jest.setTimeout(30_000);

describe('DriftOverviewPage and campaigns', () => {
  it('links to the campaigns page from its header', async () => {
    await renderPage(<DriftOverviewPage />);
    expect(
      await screen.findByRole('link', { name: /Campaigns/ }),
    ).toHaveAttribute('href', '/alignment/campaigns');
  });

  it('shows the campaigns under way at a glance, with their progress', async () => {
    await renderPage(<DriftOverviewPage />);
    const table = await screen.findByRole('table', { name: 'Campaigns' });
    const docs = within(table).getByTestId(`campaign-${docsCampaign.ref}`);
    expect(
      within(docs).getByRole('link', { name: 'Docs as code by Q4' }),
    ).toHaveAttribute('href', '/alignment/campaigns/default/docs-as-code-q4');
    expect(docs).toHaveTextContent('25 / 40');
    expect(
      within(table).getByText('Revalidate after Series B'),
    ).toBeInTheDocument();
  });

  it('leaves planned and completed campaigns to the campaigns page', async () => {
    const api = mockAlignmentApi({
      getCampaigns: jest.fn().mockResolvedValue({
        items: [{ ...docsCampaign, lifecycle: 'completed' }],
      }),
    });
    await renderPage(<DriftOverviewPage />, { api });
    expect(
      await screen.findByText(/No campaign under way/),
    ).toBeInTheDocument();
  });
});
