import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import {
  renderEntityPage,
  responseError,
} from '../__testUtils__/renderEntityPage';
import { DeliveryPanel } from './DeliveryPanel';
import { factsFixture, noFactsFixture } from './__fixtures__/facts';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'marketplace-matching-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'supplier-network' },
};

function mockApi(getEntityFacts: jest.Mock) {
  return { getEntityFacts };
}

async function renderPanel(getEntityFacts: jest.Mock) {
  const api = mockApi(getEntityFacts);
  await renderEntityPage(<DeliveryPanel />, service, api);
  return api;
}

async function doraTile(name: string) {
  const list = await screen.findByRole('list', { name: 'DORA keys' });
  return within(list).getByRole('group', { name });
}

describe('DeliveryPanel', () => {
  it("reads the entity's facts", async () => {
    const api = await renderPanel(jest.fn().mockResolvedValue(factsFixture()));
    await doraTile('Deployment frequency');
    expect(api.getEntityFacts).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'marketplace-matching-service',
    });
  });

  it('shows each DORA key with value, unit, band, trend and where it came from', async () => {
    await renderPanel(jest.fn().mockResolvedValue(factsFixture()));

    const deploys = await doraTile('Deployment frequency');
    expect(deploys).toHaveTextContent('9 deploys per week');
    expect(within(deploys).getByText('Elite')).toBeInTheDocument();
    expect(
      within(deploys).getByText('observed 2 days ago from github-actions'),
    ).toBeInTheDocument();
    expect(
      within(deploys).getByRole('img', {
        name: 'Trend from 4 deploys per week on 2026-11-10 to 9 deploys per week on 2026-11-19',
      }),
    ).toBeInTheDocument();

    const leadTime = await doraTile('Lead time for changes');
    expect(leadTime).toHaveTextContent('36 hours');
    expect(within(leadTime).getByText('High')).toBeInTheDocument();
    expect(
      within(leadTime).getByText('observed today from github-actions'),
    ).toBeInTheDocument();
    // One point makes no line.
    expect(within(leadTime).queryByRole('img')).not.toBeInTheDocument();
  });

  it('marks a stale fact, and warns when a principle reads it', async () => {
    await renderPanel(jest.fn().mockResolvedValue(factsFixture()));
    const failures = await doraTile('Change failure rate');
    expect(failures).toHaveTextContent('18.5%');
    expect(within(failures).getByText('Low')).toBeInTheDocument();
    expect(within(failures).getByText('Stale')).toBeInTheDocument();
    expect(
      within(failures).getByText(
        'Older than 14 days: rules see it as missing.',
      ),
    ).toBeInTheDocument();
    expect(
      within(failures).getByText('Read by a principle'),
    ).toBeInTheDocument();
    expect(failures).toHaveTextContent(
      'Stale: a rule reads this fact; checks that need it show No data.',
    );
  });

  it('says when a DORA key a principle reads is not reported', async () => {
    await renderPanel(jest.fn().mockResolvedValue(factsFixture()));
    const restore = await doraTile('Time to restore');
    expect(within(restore).getByText('Not reported')).toBeInTheDocument();
    expect(restore).toHaveTextContent(
      'No value: a rule reads this fact; checks that need it show No data.',
    );
    // A key no principle reads carries no marker.
    const deploys = await doraTile('Deployment frequency');
    expect(
      within(deploys).queryByText('Read by a principle'),
    ).not.toBeInTheDocument();
  });

  it('lists the other facts with freshness, and those a principle reads but lacks', async () => {
    await renderPanel(jest.fn().mockResolvedValue(factsFixture()));
    const table = await screen.findByRole('table', { name: 'Other facts' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual([
      'monthlyCostUsdCloud spend of the last month',
      'hasRunbookA runbook is linked from the service',
      'slo',
    ]);
    expect(rows[0]).toHaveTextContent('12,400 USD');
    expect(rows[0]).toHaveTextContent('observed 1 day ago from finops-export');
    expect(rows[0]).toHaveTextContent('None reads it');
    expect(rows[1]).toHaveTextContent('yes');
    expect(rows[1]).toHaveTextContent('Read by a principle');
    expect(rows[1]).not.toHaveTextContent('show No data');
    expect(rows[2]).toHaveTextContent('No value');
    expect(rows[2]).toHaveTextContent(
      'No value: a rule reads this fact; checks that need it show No data.',
    );
  });

  it('explains how to push facts when the entity has none', async () => {
    await renderPanel(jest.fn().mockResolvedValue(noFactsFixture()));
    expect(await screen.findByText(/No facts yet/)).toBeInTheDocument();
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'CODE' &&
          element.textContent ===
            'lodestar facts push --entity component:default/marketplace-matching-service --fact deploymentFrequencyPerWeek=5',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('POST /api/alignment/facts')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'DORA keys' })).toBeNull();
    // The key a principle reads is still flagged.
    const read = screen.getByRole('table', { name: 'Facts principles read' });
    expect(read).toHaveTextContent('deploymentFrequencyPerWeek');
    expect(read).toHaveTextContent('checks that need it show No data');
  });

  it('shows a progress bar while the facts load', async () => {
    await renderPanel(jest.fn(() => new Promise(() => {})));
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading delivery facts',
      }),
    ).toBeInTheDocument();
  });

  it("shows the server's error and tries again on request", async () => {
    const getEntityFacts = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(500, 'Error', 'facts store unavailable'),
      )
      .mockResolvedValue(factsFixture());
    await renderPanel(getEntityFacts);
    expect(
      await screen.findByText(/Could not load this entity's delivery facts/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/facts store unavailable/)[0],
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await doraTile('Deployment frequency')).toBeInTheDocument();
    expect(getEntityFacts).toHaveBeenCalledTimes(2);
  });

  it('says the user may not see them when the backend refuses (403)', async () => {
    await renderPanel(
      jest
        .fn()
        .mockRejectedValue(
          await responseError(403, 'NotAllowedError', 'Unauthorized'),
        ),
    );
    expect(
      await screen.findByText(
        "You don't have permission to see this entity's delivery facts",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
  });

  it('says so when the backend does not know the entity (404)', async () => {
    await renderPanel(
      jest
        .fn()
        .mockRejectedValue(
          await responseError(404, 'NotFoundError', 'No such entity'),
        ),
    );
    expect(
      await screen.findByText(/Lodestar does not know this entity yet/),
    ).toBeInTheDocument();
  });

  it('renders pushed text as text, not markup', async () => {
    const hostile = factsFixture();
    hostile.facts[0].source = '<img src=x onerror=alert(1)>';
    hostile.facts[4] = {
      ...hostile.facts[4],
      key: 'owner',
      value: '<b>bold</b>',
    };
    await renderPanel(jest.fn().mockResolvedValue(hostile));
    const deploys = await doraTile('Deployment frequency');
    expect(deploys).toHaveTextContent(
      'observed 2 days ago from <img src=x onerror=alert(1)>',
    );
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });
});
