import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { responseError } from '../__testUtils__/renderEntityPage';
import { proposedCampaign, proposedProgress } from './__fixtures__/campaigns';
import {
  mockCampaignApi,
  renderCampaigns,
} from './__testUtils__/renderCampaigns';

const PATH = '/default/realign-2026-03-02';

function proposedApi(acceptCampaignProposal: jest.Mock) {
  return mockCampaignApi({
    getCampaign: jest.fn().mockResolvedValue(proposedProgress),
    acceptCampaignProposal,
  });
}

describe('CampaignsPage, accepting a proposed campaign', () => {
  it('marks a proposed campaign in the list', async () => {
    await renderCampaigns(
      '',
      mockCampaignApi({
        getCampaigns: jest
          .fn()
          .mockResolvedValue({ items: [proposedCampaign] }),
      }),
    );
    expect(await screen.findByText('Proposed')).toBeInTheDocument();
  });

  it('accepts it by its proposal id, then reloads the campaign', async () => {
    const accept = jest.fn().mockResolvedValue(undefined);
    const api = proposedApi(accept);
    await renderCampaigns(PATH, api);
    expect(await screen.findByText('Proposed')).toBeInTheDocument();
    api.getCampaign.mockResolvedValue({
      ...proposedProgress,
      campaign: { ...proposedCampaign, lifecycle: 'active' },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Accept campaign' }),
    );
    expect(accept).toHaveBeenCalledWith(proposedCampaign.proposal!.id);
    expect(await screen.findByText('Active')).toBeInTheDocument();
    expect(api.getCampaign).toHaveBeenCalledTimes(2);
    expect(
      screen.queryByRole('button', { name: 'Accept campaign' }),
    ).not.toBeInTheDocument();
  });

  it('shows why the backend refused, in its words', async () => {
    const accept = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(
          409,
          'ConflictError',
          'Campaign proposal p-1 was already accepted by user:default/ada',
        ),
      )
      .mockRejectedValueOnce(
        await responseError(403, 'NotAllowedError', 'Unauthorized'),
      );
    const api = proposedApi(accept);
    await renderCampaigns(PATH, api);
    const button = await screen.findByRole('button', {
      name: 'Accept campaign',
    });
    await userEvent.click(button);
    expect(
      await screen.findByText(
        'Could not accept the campaign: Campaign proposal p-1 was already accepted by user:default/ada',
      ),
    ).toBeInTheDocument();
    await userEvent.click(button);
    expect(
      await screen.findByText(
        'Accepting campaigns needs the lodestar.campaign.accept permission: Unauthorized',
      ),
    ).toBeInTheDocument();
    // Nothing changed: no reload.
    await waitFor(() => expect(api.getCampaign).toHaveBeenCalledTimes(1));
  });

  it('offers no acceptance for a campaign that is not proposed', async () => {
    await renderCampaigns('/default/docs-as-code-q4');
    expect(
      await screen.findByRole('heading', { name: 'Docs as code by Q4' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Accept campaign' }),
    ).not.toBeInTheDocument();
  });
});
