import { screen } from '@testing-library/react';
import { mockApi, renderTab, service } from './__testUtils__/renderTab';

// Its own file: permission decisions are cached per permission for the
// module's lifetime, so an allowed answer from another test would leak in.
// A full app render per test is slow on a shared CI runner.
jest.setTimeout(20_000);

describe('EntityAlignmentContent without permissions', () => {
  it('offers no waiver or re-evaluation to users without permission', async () => {
    await renderTab(service, mockApi(), false);
    await screen.findByText('Score 68/100');
    expect(
      screen.queryByRole('button', { name: 'Waive a check' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Re-evaluate' }),
    ).not.toBeInTheDocument();
  });
});
