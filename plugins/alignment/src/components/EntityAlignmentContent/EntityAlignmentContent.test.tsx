import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { EntityAlignmentCard } from '../EntityAlignmentCard';
import { driftingScorecard } from './__fixtures__/scorecard';
import { mockApi, renderTab, service } from './__testUtils__/renderTab';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

describe('EntityAlignmentContent', () => {
  it('shows the score, level, failing checks with their fix, and the retired objective', async () => {
    await renderTab(service, mockApi());
    expect(await screen.findByText('Score 68/100')).toBeInTheDocument();
    expect(screen.getByText('Drifting')).toBeInTheDocument();
    expect(
      screen.getByText(
        'grow-supplier-network is retired; its successor is win-us-midmarket.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText('How to fix:').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Why it matters:/).length).toBeGreaterThan(0);
    expect(screen.getByText('Needs revalidation')).toBeInTheDocument();
    expect(screen.getByText('2026-03-02')).toBeInTheDocument();
    expect(screen.getByText('Grow the supplier network')).toBeInTheDocument();
    expect(screen.getByText(/retired; successor:/)).toBeInTheDocument();
  });

  it('lets a steward waive a failing check, then re-scores the entity', async () => {
    const api = mockApi();
    await renderTab(service, api);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Waive a check' }),
    );
    fireEvent.change(screen.getByLabelText('Reason'), {
      target: { value: 'Migration planned for Q1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create waiver' }));
    await waitFor(() => expect(api.createWaiver).toHaveBeenCalled());
    expect(api.createWaiver.mock.calls[0][0]).toMatchObject({
      entityRef: 'component:default/marketplace-matching-service',
      checkId: 'intent.active-objectives',
      reason: 'Migration planned for Q1',
    });
    await waitFor(() => expect(api.evaluateEntity).toHaveBeenCalled());
  });

  it('shows the server message when a waiver is refused', async () => {
    const refused = Object.assign(new Error('Request failed with 400'), {
      body: {
        error: {
          message: 'Invalid waiver: expiresAt must be at most 180 days ahead',
        },
      },
    });
    await renderTab(
      service,
      mockApi({ createWaiver: jest.fn().mockRejectedValue(refused) }),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Waive a check' }),
    );
    fireEvent.change(screen.getByLabelText('Reason'), {
      target: { value: 'r' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create waiver' }));
    expect(
      await screen.findByText(
        'Invalid waiver: expiresAt must be at most 180 days ahead',
      ),
    ).toBeInTheDocument();
  });

  it('shows a check without data as neither pass nor fail, naming the missing fact', async () => {
    const withNoData = {
      ...driftingScorecard,
      pillars: driftingScorecard.pillars.map(p =>
        p.id === 'principles'
          ? {
              ...p,
              checks: [
                ...p.checks,
                {
                  id: 'principle:default/restores-within-a-day',
                  pillar: 'principles' as const,
                  title: 'Production services restore within a day',
                  status: 'no-data' as const,
                  severity: 'high' as const,
                  message:
                    'facts.timeToRestoreHours is missing: push it to run this rule.',
                },
              ],
            }
          : p,
      ),
    };
    await renderTab(
      service,
      mockApi({ getScorecard: jest.fn().mockResolvedValue(withNoData) }),
    );
    const row = await screen.findByTestId(
      'check-principle:default/restores-within-a-day',
    );
    expect(row).toHaveTextContent('No data');
    expect(row).toHaveTextContent(
      'facts.timeToRestoreHours is missing: push it to run this rule.',
    );
    expect(row).toHaveTextContent(
      'The rule did not run, so this check counts for neither side of the score.',
    );
    expect(row).not.toHaveTextContent('How to fix:');
    expect(
      screen.getByText('Score 47/100 · 1 check without data'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('1 check without data, left out of the score.'),
    ).toBeInTheDocument();
    // Sorted after failures and before passes.
    const ids = screen
      .getAllByTestId(/^check-principle:/)
      .map(el => el.getAttribute('data-testid'));
    expect(ids.indexOf('check-principle:default/restores-within-a-day')).toBe(
      2,
    );
  });

  it("shows the entity's delivery beside its checks", async () => {
    const api = mockApi();
    await renderTab(service, api);
    const deploys = await screen.findByRole('group', {
      name: 'Deployment frequency',
    });
    expect(deploys).toHaveTextContent('9 deploys per week');
    expect(api.getEntityFacts).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'marketplace-matching-service',
    });
  });

  it('explains how to start when no strategy exists', async () => {
    await renderTab(
      service,
      mockApi({
        getScorecard: jest.fn().mockResolvedValue(undefined),
        getStrategies: jest.fn().mockResolvedValue([]),
      }),
    );
    expect(
      await screen.findByText('No strategy defined yet'),
    ).toBeInTheDocument();
    expect(document.body.textContent).toContain('kind: Strategy');
  });

  it('says when an entity is not evaluated yet', async () => {
    await renderTab(
      service,
      mockApi({
        getScorecard: jest.fn().mockResolvedValue(undefined),
        getLatestEvaluation: jest
          .fn()
          .mockResolvedValue({ startedAt: '2026-11-21T10:00:00.000Z' }),
      }),
    );
    expect(await screen.findByText('Not evaluated yet')).toBeInTheDocument();
    expect(screen.getByText(/2026-11-21T10:00:00.000Z/)).toBeInTheDocument();
  });

  it('says which kinds are out of scope', async () => {
    const group: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'payments' },
      spec: {},
    };
    const api = mockApi();
    await renderTab(group, api);
    expect(
      await screen.findByText("Not in Lodestar's scope"),
    ).toBeInTheDocument();
    expect(api.getScorecard).not.toHaveBeenCalled();
  });

  it("shows the server's error message", async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'Error', message: 'database is down' },
          request: { method: 'GET', url: '/scorecards/component/default/x' },
          response: { statusCode: 500 },
        }),
        {
          status: 500,
          statusText: 'Internal Server Error',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    await renderTab(
      service,
      mockApi({ getScorecard: jest.fn().mockRejectedValue(error) }),
    );
    expect(
      (await screen.findAllByText(/database is down/))[0],
    ).toBeInTheDocument();
  });

  it('renders entity text as text, not markup', async () => {
    const hostile = {
      ...driftingScorecard,
      pillars: driftingScorecard.pillars.map(p =>
        p.id === 'principles'
          ? {
              ...p,
              checks: [
                {
                  ...p.checks[0],
                  status: 'fail' as const,
                  message: '<img src=x onerror=alert(1)>',
                },
              ],
            }
          : p,
      ),
    };
    const { container } = await renderTab(
      service,
      mockApi({ getScorecard: jest.fn().mockResolvedValue(hostile) }),
    );
    expect(
      await screen.findByText('<img src=x onerror=alert(1)>'),
    ).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });
});

describe('EntityAlignmentCard', () => {
  it('shows the score, level and the most severe failures first', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[alignmentApiRef, mockApi()]]}>
        <EntityProvider entity={service}>
          <EntityAlignmentCard />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(await screen.findByText('Score 68/100')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('(critical)');
    expect(screen.getByText('View alignment')).toBeInTheDocument();
  });
});
