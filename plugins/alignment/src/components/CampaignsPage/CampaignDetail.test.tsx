import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { docsProgress } from './__fixtures__/campaigns';
import {
  mockCampaignApi,
  renderCampaigns,
} from './__testUtils__/renderCampaigns';

// jsdom lays nothing out, so give the chart a size to draw its lines in.
jest.mock('recharts', () => {
  const actual = jest.requireActual('recharts');
  const { cloneElement } = jest.requireActual('react');
  return {
    ...actual,
    ResponsiveContainer: (props: { children: ReactElement }) =>
      cloneElement(props.children, { width: 600, height: 260 }),
  };
});

describe('CampaignsPage, one campaign', () => {
  it('says what the campaign asks and answers, linking principle checks', async () => {
    const { api } = await renderCampaigns('/default/docs-as-code-q4');
    expect(
      await screen.findByRole('heading', { name: 'Docs as code by Q4' }),
    ).toBeInTheDocument();
    expect(api.getCampaign).toHaveBeenCalledWith(
      { kind: 'Campaign', namespace: 'default', name: 'docs-as-code-q4' },
      { cursor: undefined, limit: 25 },
    );
    expect(
      screen.getByText(
        'Every production service publishes TechDocs from its repo.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/the 2026-03-02 revision of/)).toBeInTheDocument();
    const checks = screen.getByRole('list', { name: 'Campaign checks' });
    expect(
      within(checks).getByRole('link', { name: 'docs-as-code' }),
    ).toHaveAttribute('href', '/catalog/default/principle/docs-as-code');
    expect(within(checks).getByText('ownership.on-call')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All campaigns' })).toHaveAttribute(
      'href',
      '/alignment/campaigns',
    );
  });

  it('says which of its principles are not in effect yet', async () => {
    const catalog = {
      getEntitiesByRefs: jest.fn().mockResolvedValue({
        items: [
          {
            apiVersion: 'lodestar.dev/v1alpha1',
            kind: 'Principle',
            metadata: { name: 'docs-as-code', namespace: 'default' },
            spec: { effectiveFrom: '2099-03-01' },
          },
        ],
      }),
    };
    await renderCampaigns('/default/docs-as-code-q4', mockCampaignApi(), {
      catalog,
    });
    const checks = await screen.findByRole('list', { name: 'Campaign checks' });
    expect(
      await within(checks).findByText(/upcoming: counts from 2099-03-01/),
    ).toBeInTheDocument();
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRefs: ['principle:default/docs-as-code'],
      }),
    );
  });

  it('draws the burn-down with its days and sums up the last one', async () => {
    await renderCampaigns('/default/docs-as-code-q4');
    const chart = await screen.findByTestId('campaign-burn-down');
    // One dot per day on the open line; the ideal line has none.
    expect(chart.querySelectorAll('.recharts-line-dot')).toHaveLength(3);
    expect(chart.querySelectorAll('.recharts-line-curve')).toHaveLength(2);
    expect(within(chart).getByText('2026-11-01')).toBeInTheDocument();
    expect(
      screen.getByText(
        'On 2026-11-03: 27 open of 41 in scope, against 29 on the ideal line (3 days recorded).',
      ),
    ).toBeInTheDocument();
  });

  it('says why the burn-down is left out when it is withheld', async () => {
    await renderCampaigns(
      '/default/docs-as-code-q4',
      mockCampaignApi({
        getCampaign: jest.fn().mockResolvedValue({
          ...docsProgress,
          burnDown: [],
          burnDownWithheld: true,
        }),
      }),
    );
    expect(
      await screen.findByText(/counts entities you may not all see/),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('campaign-burn-down')).not.toBeInTheDocument();
  });

  it('counts per owner, with no owner said in words', async () => {
    await renderCampaigns('/default/docs-as-code-q4');
    const payments = await screen.findByTestId('owner-group:default/payments');
    expect(
      within(payments).getByRole('link', { name: 'payments' }),
    ).toBeInTheDocument();
    expect(within(payments).getByText('5 / 12')).toBeInTheDocument();
    const cells = within(payments).getAllByRole('cell');
    expect(cells.slice(2).map(c => c.textContent)).toEqual([
      '6',
      '1',
      '0',
      '0',
    ]);
    const unowned = screen.getByTestId('owner-unowned');
    expect(within(unowned).getByText('No owner')).toBeInTheDocument();
  });

  it('links open entities to their Alignment tab and pages with the cursor', async () => {
    const { api } = await renderCampaigns('/default/docs-as-code-q4');
    const billing = await screen.findByTestId(
      'open-component:default/billing-api',
    );
    expect(
      within(billing).getByRole('link', { name: 'billing-api' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/billing-api/alignment',
    );
    expect(within(billing).getByText('Remaining')).toBeInTheDocument();
    expect(
      within(billing).getByRole('link', { name: 'docs-as-code' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1–2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      await screen.findByTestId('open-component:default/payouts'),
    ).toBeInTheDocument();
    expect(api.getCampaign).toHaveBeenLastCalledWith(expect.anything(), {
      cursor: 'page-2',
      limit: 25,
    });
    expect(screen.getByText('3–3 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(
      await screen.findByTestId('open-component:default/billing-api'),
    ).toBeInTheDocument();
  });

  it('says when the campaign is unknown', async () => {
    await renderCampaigns(
      '/default/gone',
      mockCampaignApi({ getCampaign: jest.fn().mockResolvedValue(undefined) }),
    );
    expect(await screen.findByText('No such campaign')).toBeInTheDocument();
  });
});
