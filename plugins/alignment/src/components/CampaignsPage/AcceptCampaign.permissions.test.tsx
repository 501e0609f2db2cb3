import { screen } from '@testing-library/react';
import { proposedProgress } from './__fixtures__/campaigns';
import {
  mockCampaignApi,
  renderCampaigns,
} from './__testUtils__/renderCampaigns';

// Its own file: permission decisions are cached per permission for the
// module's lifetime, so a denial here would leak into the other tests.
describe('CampaignsPage without the accept permission', () => {
  it('shows a proposed campaign without the button to accept it', async () => {
    const api = mockCampaignApi({
      getCampaign: jest.fn().mockResolvedValue(proposedProgress),
      acceptCampaignProposal: jest.fn(),
    });
    await renderCampaigns('/default/realign-2026-03-02', api, {
      mayAccept: false,
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Realign with the 2026-03-02 revision',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Proposed')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Accept campaign' }),
    ).not.toBeInTheDocument();
  });
});
