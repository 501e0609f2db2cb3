import { screen, within } from '@testing-library/react';
import {
  activeObjectivePageFixture,
  retiredObjectiveEntity,
  retiredObjectivePageFixture,
  unservedObjectivePageFixture,
} from './__fixtures__/objectivePage';
import { mockApi, renderObjective } from './__testUtils__/renderObjective';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

async function measure(title: string) {
  const list = await screen.findByRole('list', { name: 'Measures' });
  return within(list).getByRole('listitem', { name: title });
}

describe("ObjectivePageContent's progress", () => {
  it('shows each measure against its target, with status, reason and trend', async () => {
    await renderObjective();
    const list = await screen.findByRole('list', { name: 'Measures' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(item => item.getAttribute('aria-label')),
    ).toEqual(['US mid-market ARR', 'New US logos', 'Median sales cycle']);

    const arr = await measure('US mid-market ARR');
    expect(within(arr).getByText('5.4 M USD')).toBeInTheDocument();
    expect(
      within(arr).getByText('target at least 12 M USD by 2027-06-30'),
    ).toBeInTheDocument();
    expect(within(arr).getByText('At risk')).toBeInTheDocument();
    expect(
      within(arr).getByText(
        'baseline 3 M USD on 2026-07-01 · observed 2026-11-01 from salesforce · projected 10.1 M USD by 2027-06-30',
      ),
    ).toBeInTheDocument();
    expect(
      within(arr).getByText(
        'Projected to reach 10.1 M USD by 2027-06-30, short of 12 M USD.',
      ),
    ).toBeInTheDocument();
    expect(
      within(arr).getByRole('img', {
        name: 'Trend from 4.1 M USD on 2026-09-01 to 5.43 M USD on 2026-11-01',
      }),
    ).toBeInTheDocument();
  });

  it('marks a stale measure, and a free-text one as not measured', async () => {
    await renderObjective();
    const logos = await measure('New US logos');
    expect(within(logos).getByText('Stale')).toBeInTheDocument();
    expect(within(logos).getByText('31 customers')).toBeInTheDocument();
    expect(
      within(logos).getByText(
        'No value for 51 days; a weekly measure is stale after 14.',
      ),
    ).toBeInTheDocument();

    const cycle = await measure('Median sales cycle');
    expect(within(cycle).getByText('Not measured')).toBeInTheDocument();
    expect(
      within(cycle).getByText('Target: under 45 days'),
    ).toBeInTheDocument();
    expect(within(cycle).queryByRole('img')).toBeNull();
  });

  it("shows the supporters' delivery per DORA key: median, spread, band and counts", async () => {
    await renderObjective();
    const table = await screen.findByRole('table', {
      name: 'Delivery of supporting services',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual([
      'Deployment frequency',
      'Lead time for changes',
      'Change failure rate',
      'Time to restore',
    ]);
    const [deploys, , failures, restore] = rows;
    expect(deploys).toHaveTextContent('5 deploys per week');
    expect(deploys).toHaveTextContent('middle half 2–9.5 deploys per week');
    expect(within(deploys).getByText('High')).toBeInTheDocument();
    expect(deploys).toHaveTextContent('Elite 3 · High 6 · Medium 2 · Low 1');
    expect(deploys).toHaveTextContent('12 of 66 supporters report it');

    expect(failures).toHaveTextContent('12.5%');
    expect(failures).toHaveTextContent('middle half 6–20%');
    expect(within(failures).getByText('Medium')).toBeInTheDocument();

    expect(restore).toHaveTextContent('—');
    expect(restore).toHaveTextContent('0 of 66 supporters report it');
    expect(restore).not.toHaveTextContent('middle half');
  });

  it('says when the supporters report no delivery facts', async () => {
    await renderObjective(
      mockApi(retiredObjectivePageFixture),
      retiredObjectiveEntity,
    );
    expect(
      await screen.findByText(
        /None of the 5 supporters reports delivery facts yet/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Delivery of supporting services' }),
    ).toBeNull();
    const suppliers = await measure('Active suppliers on the network');
    expect(within(suppliers).getByText('Target: 25,000')).toBeInTheDocument();
  });

  it('says when there are no measures and no supporters', async () => {
    await renderObjective(mockApi(unservedObjectivePageFixture));
    expect(await screen.findByText(/No measures yet/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'No supporting service you can see, so there is no delivery to show.',
      ),
    ).toBeInTheDocument();
  });

  it('renders measure text as text, not markup', async () => {
    const hostile = {
      ...activeObjectivePageFixture,
      progress: {
        ...activeObjectivePageFixture.progress,
        measures: [
          {
            ...activeObjectivePageFixture.progress.measures[2],
            title: '<img src=x onerror=alert(1)>',
            targetText: '<b>all of it</b>',
          },
        ],
      },
    };
    await renderObjective(mockApi(hostile));
    expect(
      await screen.findByText('<img src=x onerror=alert(1)>'),
    ).toBeInTheDocument();
    expect(screen.getByText('Target: <b>all of it</b>')).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });
});
