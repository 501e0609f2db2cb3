import type { Scorecard } from '@lodestar/backstage-plugin-alignment-common';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { alignmentApiRef } from '../../api/AlignmentApi';
import { EntityAlignmentCard } from '../EntityAlignmentCard';
import { driftingScorecard } from './__fixtures__/scorecard';
import { mockApi, renderTab, service } from './__testUtils__/renderTab';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

/** The drifting scorecard with one more principle, effective next March. */
function withUpcoming(
  statusWhenEffective: 'pass' | 'fail',
  title: string,
): Scorecard {
  return {
    ...driftingScorecard,
    pillars: driftingScorecard.pillars.map(pillar =>
      pillar.id !== 'principles'
        ? pillar
        : {
            ...pillar,
            checks: [
              ...pillar.checks,
              {
                id: 'principle:default/slo-defined',
                pillar: 'principles',
                title,
                status: 'upcoming',
                severity: 'high',
                message: `Does not comply with "${title}".`,
                rationale: 'Customers buy on reliability now.',
                remediation: { text: 'Add an SLO to the catalog entry.' },
                effectiveFrom: '2027-03-01',
                statusWhenEffective,
              },
            ],
          },
    ),
  };
}

describe('an upcoming principle on the Alignment tab', () => {
  it('shows its date and that it would fail, without looking like a failure', async () => {
    await renderTab(
      service,
      mockApi({
        getScorecard: jest
          .fn()
          .mockResolvedValue(withUpcoming('fail', 'Services define an SLO')),
      }),
    );
    const row = await screen.findByTestId(
      'check-principle:default/slo-defined',
    );
    expect(within(row).getByText('Upcoming')).toBeInTheDocument();
    expect(within(row).queryByText('Fail')).not.toBeInTheDocument();
    expect(
      within(row).getByText(
        'Counts from 2027-03-01; until then it is not in the score. It would fail today.',
      ),
    ).toBeInTheDocument();
    // Its fix is offered early, so the owner can be ready on the day.
    expect(within(row).getByText(/Add an SLO/)).toBeInTheDocument();
  });

  it('says when it would pass, with no fix to offer', async () => {
    await renderTab(
      service,
      mockApi({
        getScorecard: jest
          .fn()
          .mockResolvedValue(withUpcoming('pass', 'Services define an SLO')),
      }),
    );
    const row = await screen.findByTestId(
      'check-principle:default/slo-defined',
    );
    expect(row).toHaveTextContent('Counts from 2027-03-01');
    expect(row).toHaveTextContent('It would pass today.');
    expect(within(row).queryByText(/Add an SLO/)).not.toBeInTheDocument();
  });
});

describe('an upcoming principle on the Alignment card', () => {
  it('says it counts from its date and that the entity would fail it', async () => {
    const api = mockApi({
      getScorecard: jest
        .fn()
        .mockResolvedValue(withUpcoming('fail', 'Services define an SLO')),
    });
    await renderInTestApp(
      <TestApiProvider apis={[[alignmentApiRef, api]]}>
        <EntityProvider entity={service}>
          <EntityAlignmentCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      await screen.findByText(
        '1 upcoming principle, counting from 2027-03-01: this entity would fail it today. Not in the score yet.',
      ),
    ).toBeInTheDocument();
    // Not among the failures the card lists.
    const failures = screen.getByRole('list', { name: 'Most severe failures' });
    expect(
      within(failures).queryByText(/Services define an SLO/),
    ).not.toBeInTheDocument();
  });
});
