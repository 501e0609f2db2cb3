import { screen } from '@testing-library/react';
import { DriftOverviewPage } from './DriftOverviewPage';
import { renderPage } from './__testUtils__/renderPage';

// A full page render is slow on a shared CI runner.
jest.setTimeout(30_000);

describe('DriftOverviewPage and campaigns', () => {
  it('links to the campaigns page from its header', async () => {
    await renderPage(<DriftOverviewPage />);
    expect(
      await screen.findByRole('link', { name: /Campaigns/ }),
    ).toHaveAttribute('href', '/alignment/campaigns');
  });
});
