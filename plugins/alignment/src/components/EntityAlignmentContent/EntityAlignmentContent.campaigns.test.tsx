import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { Scorecard } from '@lodestar/backstage-plugin-alignment-common';
import { screen, within } from '@testing-library/react';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { campaignsRouteRef } from '../../routes';
import {
  docsCampaign,
  reviewCampaign,
} from '../CampaignsPage/__fixtures__/campaigns';
import { EntityAlignmentCard } from '../EntityAlignmentCard';
import { driftingScorecard } from './__fixtures__/scorecard';
import { mockApi, renderTab, service } from './__testUtils__/renderTab';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

const inTwoCampaigns: Scorecard = {
  ...driftingScorecard,
  campaigns: [
    {
      campaignRef: docsCampaign.ref,
      state: 'remaining',
      openChecks: ['principle:default/docs-as-code', 'ownership.on-call'],
    },
    {
      campaignRef: reviewCampaign.ref,
      state: 'errored',
      openChecks: ['intent.reviewed-since-revision'],
    },
    { campaignRef: 'campaign:default/finished', state: 'done' },
  ],
};

function campaignApi(overrides: Record<string, jest.Mock> = {}) {
  return mockApi({
    getScorecard: jest.fn().mockResolvedValue(inTwoCampaigns),
    getCampaigns: jest
      .fn()
      .mockResolvedValue({ items: [docsCampaign, reviewCampaign] }),
    ...overrides,
  });
}

describe('campaigns on the Alignment tab', () => {
  it('lists the campaigns that still need something, with deadline and open checks', async () => {
    await renderTab(service, campaignApi());
    expect(
      await screen.findByText('2 campaigns need something from this service'),
    ).toBeInTheDocument();
    const docs = await screen.findByTestId(`standing-${docsCampaign.ref}`);
    expect(
      within(docs).getByRole('link', { name: 'Docs as code by Q4' }),
    ).toHaveAttribute('href', '/alignment/campaigns/default/docs-as-code-q4');
    expect(
      within(docs).getByText('2026-12-10 (12 days left)'),
    ).toBeInTheDocument();
    expect(
      within(docs).getByRole('link', { name: 'docs-as-code' }),
    ).toHaveAttribute('href', '/catalog/default/principle/docs-as-code');
    expect(docs).toHaveTextContent('ownership.on-call');

    const review = screen.getByTestId(`standing-${reviewCampaign.ref}`);
    expect(
      within(review).getByText('2026-11-25 (overdue by 3 days)'),
    ).toBeInTheDocument();
    expect(review).toHaveTextContent('a check errs');
    expect(
      screen.queryByTestId('standing-campaign:default/finished'),
    ).not.toBeInTheDocument();
  });

  it('names the campaigns by ref when their details cannot be loaded', async () => {
    await renderTab(
      service,
      campaignApi({
        getCampaigns: jest.fn().mockRejectedValue(new Error('down')),
      }),
    );
    const docs = await screen.findByTestId(`standing-${docsCampaign.ref}`);
    expect(
      within(docs).getByRole('link', { name: 'docs-as-code-q4' }),
    ).toBeInTheDocument();
    expect(docs).not.toHaveTextContent('days left');
  });

  it('shows no banner when every campaign is done', async () => {
    const api = campaignApi({
      getScorecard: jest.fn().mockResolvedValue({
        ...driftingScorecard,
        campaigns: [{ campaignRef: docsCampaign.ref, state: 'done' }],
      }),
    });
    await renderTab(service, api);
    expect(await screen.findByText('Score 68/100')).toBeInTheDocument();
    expect(screen.queryByText(/need(s)? something/)).not.toBeInTheDocument();
    expect(api.getCampaigns).not.toHaveBeenCalled();
  });
});

describe('campaigns on the Alignment card', () => {
  it('lists the open campaigns beside the score', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[alignmentApiRef, campaignApi()]]}>
        <EntityProvider entity={service}>
          <EntityAlignmentCard />
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/alignment/campaigns': campaignsRouteRef,
        },
      },
    );
    expect(
      await screen.findByText('2 campaigns need something from this service'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Revalidate after Series B' }),
    ).toHaveAttribute(
      'href',
      '/alignment/campaigns/default/revalidate-series-b',
    );
  });
});
