import { screen, within } from '@testing-library/react';
import { mockApi, renderTab, service } from './__testUtils__/renderTab';

const waiver = {
  id: 'w1',
  entityRef: 'component:default/marketplace-matching-service',
  checkId: 'principle:default/integrate-through-event-bus',
  reason: 'Moves to the bus in Q3',
  expiresAt: '2026-09-01T00:00:00.000Z',
  createdBy: 'user:default/ada',
  createdAt: '2026-06-01T00:00:00.000Z',
};

// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

describe('principles on the Alignment tab', () => {
  it("link each principle check's title to the principle's page", async () => {
    await renderTab(service, mockApi());
    const check = await screen.findByTestId(
      'check-principle:default/services-expose-apis',
    );
    expect(
      within(check).getByRole('link', {
        name: 'Production services expose their capabilities as APIs',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/principle/services-expose-apis',
    );
  });

  it("show a principle's waiver by the principle's name, linking to it", async () => {
    await renderTab(
      service,
      mockApi({
        listWaivers: jest.fn().mockResolvedValue({ items: [waiver] }),
      }),
    );
    expect(
      await screen.findByRole('link', { name: 'integrate-through-event-bus' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/principle/integrate-through-event-bus',
    );
    expect(
      screen.getByRole('button', {
        name: 'Remove the waiver for integrate-through-event-bus',
      }),
    ).toBeInTheDocument();
  });
});
