/* eslint-disable no-console -- a command-line test step: it reports on the console. */
/*
 * Realignment with an end, as the people involved see it: an architect
 * follows the March 2026 campaign's progress and burn-down, an owner sees on
 * their service what the campaign needs from it, and everyone sees the
 * announced principle as upcoming rather than failing. Saves the screenshots
 * the README shows.
 */
import path from 'node:path';
import { APP } from './portal.mjs';

const CAMPAIGN = 'Realign with the March 2026 revision';
const UPCOMING = 'Production services publish a service-level dashboard';

/**
 * Runs the checks on `page`, reporting each through `check`, and saves
 * screenshots into `screenshots`.
 */
export async function checkCampaigns({ page, check, screenshots }) {
  const main = page.locator('main');
  const shoot = name =>
    page.screenshot({ path: path.join(screenshots, `${name}.png`) });

  console.log('Campaigns page');
  await page.goto(`${APP}/alignment/campaigns`);
  await check('lists the realignment campaign with its progress', async () => {
    const row = main.getByTestId(
      'campaign-campaign:default/realign-march-2026',
    );
    await row.getByText(CAMPAIGN).waitFor({ timeout: 60000 });
    // 8 of the 20 production services are done: Meridian's 14 and the
    // 6 of Backstage's example catalog (examples/README.md).
    await row.getByText('8 / 20').waitFor();
  });

  await page.goto(`${APP}/alignment/campaigns/default/realign-march-2026`);
  await check(
    'shows one campaign: burn-down, owners and the open services',
    async () => {
      await main
        .getByRole('heading', { name: CAMPAIGN })
        .waitFor({ timeout: 60000 });
      await main.getByTestId('campaign-burn-down').waitFor();
      await main.getByText('integrate-through-event-bus').first().waitFor();
      await main
        .locator(
          'a[href*="/catalog/default/component/marketplace-matching-service/alignment"]',
        )
        .first()
        .waitFor();
    },
  );
  await page.waitForTimeout(1000);
  await shoot('campaign-page');

  console.log('What the campaign needs from one service');
  await page.goto(
    `${APP}/catalog/default/component/marketplace-matching-service/alignment`,
  );
  await check('names the campaign and its deadline on the tab', async () => {
    await main
      .getByText(/1 campaign needs something from this service/)
      .waitFor({ timeout: 60000 });
    await main.getByRole('link', { name: CAMPAIGN }).first().waitFor();
  });
  await check('shows the announced principle as upcoming', async () => {
    await main.getByText(UPCOMING).first().waitFor();
    await main
      .getByText(/Counts from 2027-03-01/)
      .first()
      .waitFor();
  });

  console.log('Page of the upcoming principle');
  await page.goto(
    `${APP}/catalog/default/principle/services-publish-slo-dashboard/alignment`,
  );
  await check('says the principle counts from its date', async () => {
    await main
      .getByText('Upcoming: counts from 2027-03-01')
      .waitFor({ timeout: 60000 });
  });
  await shoot('upcoming-principle');

  console.log('Drift overview page');
  await page.goto(`${APP}/alignment`);
  await check('shows the campaigns under way', async () => {
    await main.getByText('Campaigns under way').waitFor({ timeout: 60000 });
    await main.getByRole('link', { name: CAMPAIGN }).first().waitFor();
  });
}
