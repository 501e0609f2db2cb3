import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { responseError } from '../__testUtils__/renderEntityPage';
import {
  activeObjectiveEntity,
  activeObjectivePageFixture,
  noSupportersFixture,
  retiredObjectiveEntity,
  retiredObjectivePageFixture,
  unservedObjectivePageFixture,
} from './__fixtures__/objectivePage';
import {
  ACTIVE_REF,
  FIRST_PAGE,
  mockApi,
  renderObjective,
  supportersTable,
} from './__testUtils__/renderObjective';

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

describe('ObjectivePageContent', () => {
  it('shows the objective from its entity and its figures from the page request', async () => {
    const api = await renderObjective();
    await supportersTable();

    expect(api.getObjectivePage).toHaveBeenCalledTimes(1);
    expect(api.getObjectivePage).toHaveBeenCalledWith({
      kind: 'Objective',
      namespace: 'default',
      name: 'win-us-midmarket',
    });
    expect(api.listEntities).toHaveBeenCalledTimes(1);
    expect(api.listEntities).toHaveBeenCalledWith(
      { objective: ACTIVE_REF },
      FIRST_PAGE,
    );

    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('2026-H2 to 2027-H1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'leadership' })).toHaveAttribute(
      'href',
      '/catalog/default/group/leadership',
    );
    expect(screen.getByText('66 entities, mean score 71')).toBeInTheDocument();
    // What it replaced, since nothing replaced it.
    expect(
      within(screen.getByRole('list', { name: 'Succeeds' })).getByRole('link'),
    ).toHaveAttribute(
      'href',
      '/catalog/default/objective/grow-supplier-network',
    );
    expect(screen.queryByText('Succeeded by')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a withheld coverage series', async () => {
    await renderObjective(
      mockApi(retiredObjectivePageFixture),
      retiredObjectiveEntity,
    );
    expect(
      await screen.findByText(
        /The coverage over time counts entities you may not see.*lodestar\.aggregates\.read/,
      ),
    ).toBeInTheDocument();
  });

  it('says when a retired objective has nothing left serving it', async () => {
    await renderObjective(
      mockApi(
        {
          ...retiredObjectivePageFixture,
          objective: {
            ...retiredObjectivePageFixture.objective,
            supportingCount: 0,
          },
          byOwner: [],
        },
        jest.fn().mockResolvedValue(noSupportersFixture),
      ),
      retiredObjectiveEntity,
    );
    expect(
      await screen.findByText(
        'Retired, and nothing you can see still serves it',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'No entity you can see serves this retired objective any more.',
      ),
    ).toBeInTheDocument();
  });

  it('says how to serve an objective nothing serves yet', async () => {
    const bare: Entity = {
      ...activeObjectiveEntity,
      spec: {
        owner: 'leadership',
        strategy: 'meridian-strategy',
        status: 'active',
      },
    };
    await renderObjective(
      mockApi(
        unservedObjectivePageFixture,
        jest.fn().mockResolvedValue(noSupportersFixture),
      ),
      bare,
    );
    expect(
      await screen.findByText(
        /No entity you can see serves this objective yet/,
      ),
    ).toBeInTheDocument();
    // The snippet to copy names this objective (highlighted token by token).
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'CODE' &&
          /lodestar\.dev\/objectives: win-us-midmarket/.test(
            element.textContent ?? '',
          ),
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/No measures yet/)).toBeInTheDocument();
    expect(screen.getByText(/No coverage yet/)).toBeInTheDocument();
    expect(screen.getByText('0 of 0')).toBeInTheDocument();
  });

  it('shows a progress bar while the page loads, before asking for supporters', async () => {
    const api = await renderObjective(
      mockApi(jest.fn(() => new Promise(() => {}))),
    );
    expect(
      await screen.findByRole('progressbar', {
        name: "Loading the objective's alignment",
      }),
    ).toBeInTheDocument();
    expect(api.listEntities).not.toHaveBeenCalled();
    expect(screen.queryByText('Delivery of supporting services')).toBeNull();
  });

  it("shows the server's error and tries again on request", async () => {
    const page = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(500, 'Error', 'database is down'),
      )
      .mockResolvedValue(activeObjectivePageFixture);
    await renderObjective(mockApi(page));
    expect(
      await screen.findByText(/Could not load this objective's alignment/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/database is down/)[0]).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await supportersTable();
    expect(page).toHaveBeenCalledTimes(2);
  });

  it('says the user may not see it when the backend refuses (403)', async () => {
    const api = await renderObjective(
      mockApi(
        jest
          .fn()
          .mockRejectedValue(
            await responseError(403, 'NotAllowedError', 'Unauthorized'),
          ),
      ),
    );
    expect(
      await screen.findByText(
        "You don't have permission to see this objective's alignment",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
    expect(api.listEntities).not.toHaveBeenCalled();
    expect(screen.queryByRole('list', { name: 'Measures' })).toBeNull();
    expect(screen.queryByText('Delivery of supporting services')).toBeNull();
  });

  it('says so when only the supporter list is refused', async () => {
    await renderObjective(
      mockApi(
        activeObjectivePageFixture,
        jest
          .fn()
          .mockRejectedValue(
            await responseError(403, 'NotAllowedError', 'Unauthorized'),
          ),
      ),
    );
    expect(
      await screen.findByText(
        "You don't have permission to see the supporting entities",
      ),
    ).toBeInTheDocument();
    // The rest of the page still shows.
    expect(screen.getByText('66 entities, mean score 71')).toBeInTheDocument();
  });
});
