import { screen, within } from '@testing-library/react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import type { TeamCampaignTodos } from '@lodestar/backstage-plugin-alignment-common';
import { campaignsRouteRef, rootRouteRef } from '../../routes';
import {
  docsCampaign,
  reviewCampaign,
} from '../CampaignsPage/__fixtures__/campaigns';
import { CampaignTodosCard } from './CampaignTodosCard';

const todos: TeamCampaignTodos[] = [
  {
    campaign: docsCampaign,
    open: [
      {
        entityRef: 'component:default/ledger-service',
        owner: 'group:default/payments-core',
        state: 'remaining',
        openChecks: ['principle:default/docs-as-code', 'ownership.on-call'],
      },
      {
        entityRef: 'component:default/fraud-scoring',
        owner: 'group:default/payments-risk',
        state: 'no-data',
        openChecks: ['principle:default/docs-as-code'],
      },
    ],
    openCount: 3,
  },
  {
    campaign: {
      ...reviewCampaign,
      // Entity text is text, whatever it looks like.
      title: '<b>Revalidate</b> after Series B',
      lifecycle: 'proposed',
      proposal: { id: 'p-1', proposedAt: '2026-03-03T08:00:00Z' },
    },
    open: [
      {
        entityRef: 'component:default/payments-api',
        owner: 'group:default/payments',
        state: 'remaining',
        openChecks: ['intent.reviewed-since-revision'],
      },
    ],
    openCount: 1,
  },
];

async function render(value: TeamCampaignTodos[], withCampaignsPage = true) {
  await renderInTestApp(<CampaignTodosCard todos={value} />, {
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': entityRouteRef,
      '/alignment': rootRouteRef,
      ...(withCampaignsPage && { '/alignment/campaigns': campaignsRouteRef }),
    },
  });
}

describe('CampaignTodosCard', () => {
  it('lists each campaign with a link, its deadline and the team’s open entities', async () => {
    await render(todos);
    const docs = screen.getByTestId('todos-campaign:default/docs-as-code-q4');
    expect(
      within(docs).getByRole('link', { name: 'Docs as code by Q4' }),
    ).toHaveAttribute('href', '/alignment/campaigns/default/docs-as-code-q4');
    expect(
      within(docs).getByText('2026-12-10 (12 days left)'),
    ).toBeInTheDocument();
    expect(within(docs).getByText(/3 open entities/)).toBeInTheDocument();
    const entities = within(docs).getByRole('list', {
      name: 'Open entities in Docs as code by Q4',
    });
    const items = within(entities).getAllByRole('listitem');
    expect(items.map(i => i.textContent)).toEqual([
      'ledger-service — Remaining: docs-as-code, ownership.on-call',
      'fraud-scoring — No data: docs-as-code',
    ]);
    expect(
      within(items[0]).getByRole('link', { name: 'ledger-service' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/ledger-service/alignment',
    );
    expect(
      within(docs).getByText(
        'Showing 2 of 3; the campaign page lists them all.',
      ),
    ).toBeInTheDocument();
  });

  it('marks a proposed campaign and an overdue deadline, and renders titles as text', async () => {
    await render(todos);
    const review = screen.getByTestId(
      'todos-campaign:default/revalidate-series-b',
    );
    expect(within(review).getByText('Proposed')).toBeInTheDocument();
    expect(
      within(review).getByRole('link', {
        name: '<b>Revalidate</b> after Series B',
      }),
    ).toBeInTheDocument();
    expect(
      within(review).getByText('2026-11-25 (overdue by 3 days)'),
    ).toBeInTheDocument();
    expect(within(review).getByText(/1 open entity$/)).toBeInTheDocument();
    expect(within(review).queryByText(/^Showing/)).not.toBeInTheDocument();
    // The active one is not marked: it is the usual case.
    expect(
      within(
        screen.getByTestId('todos-campaign:default/docs-as-code-q4'),
      ).queryByText('Active'),
    ).not.toBeInTheDocument();
  });

  it('names campaigns in plain text when the app has no campaigns page', async () => {
    await render(todos, false);
    expect(screen.getByText('Docs as code by Q4')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Docs as code by Q4' }),
    ).not.toBeInTheDocument();
  });

  it('says when no campaign needs anything from the team', async () => {
    await render([]);
    expect(
      screen.getByText(
        "No active or proposed campaign needs anything from the team's entities.",
      ),
    ).toBeInTheDocument();
  });
});
