/* eslint-disable no-console -- a command-line test step: it reports on the console. */
/*
 * Outcomes, as a developer, an objective owner and an architect see them:
 * the delivery facts a pipeline pushed on a service's tab, an objective's
 * measures against their targets, and the execution gap on the drift page.
 * The demo pushes 90 days of labelled facts and measure values when it
 * starts; this step waits for them. Saves the screenshots the README shows.
 */
import path from 'node:path';
import { APP, BACKEND, guestToken, waitFor } from './portal.mjs';

async function api(pathname) {
  const response = await fetch(`${BACKEND}/api/alignment${pathname}`, {
    headers: { Authorization: `Bearer ${await guestToken()}` },
  });
  if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
  return response.json();
}

/** Whether the demo's outcome data has arrived and been evaluated. */
async function seeded() {
  try {
    const facts = await api(
      '/entities/component/default/purchase-order-service/facts',
    );
    const progress = await api('/objectives/default/win-us-midmarket/progress');
    return (
      facts.facts.length >= 4 &&
      progress.measures.some(m => m.current !== undefined)
    );
  } catch {
    return false;
  }
}

/**
 * Runs the checks on `page`, reporting each through `check`, and saves
 * screenshots into `screenshots`.
 */
export async function checkOutcomes({ page, check, screenshots }) {
  const main = page.locator('main');
  const shoot = name =>
    page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  await waitFor("the demo's outcome data", seeded, 300);

  console.log('Delivery panel of an ERP connector');
  await page.goto(
    `${APP}/catalog/default/component/netsuite-connector/alignment`,
  );
  await check('shows the four DORA keys with their bands', async () => {
    await main.getByText('Delivery').first().waitFor({ timeout: 60000 });
    await main.getByText('Deployment frequency').first().waitFor();
    await main.getByText('Change failure rate').first().waitFor();
    await main
      .getByText(/lodestar-demo-seed/)
      .first()
      .waitFor();
  });
  await check('says which facts its principles read', async () => {
    await main.getByText('Read by a principle').first().waitFor();
  });
  await main.getByText('Deployment frequency').first().scrollIntoViewIfNeeded();
  await shoot('delivery-panel');

  console.log('A service whose pipeline has not reported');
  const { items } = await api('/entities?limit=200&kind=component');
  const silent = items.find(row => row.noDataChecks > 0);
  await check('lists a service with a check without data', async () => {
    if (!silent) throw new Error('no entity has a check without data');
  });
  if (silent) {
    const [kind, rest] = silent.entityRef.split(':');
    const [namespace, name] = rest.split('/');
    await page.goto(`${APP}/catalog/${namespace}/${kind}/${name}/alignment`);
    await check('shows the check as No data, naming the fact', async () => {
      await main.getByText('No data').first().waitFor({ timeout: 60000 });
      await main
        .getByText(/deploymentFrequencyPerWeek/)
        .first()
        .waitFor();
    });
  }

  console.log('Measures of the US mid-market objective');
  await page.goto(
    `${APP}/catalog/default/objective/win-us-midmarket/alignment`,
  );
  await check(
    'shows each measure against its target, with a status',
    async () => {
      await main
        .getByText('US mid-market ARR')
        .first()
        .waitFor({ timeout: 60000 });
      await main
        .getByText(/short of the target of 12/)
        .first()
        .waitFor();
    },
  );
  await check('shows the delivery of its supporting services', async () => {
    await main.getByText('Delivery of supporting services').waitFor();
  });
  await shoot('objective-measures');

  console.log('Execution gap on the drift page');
  await page.goto(`${APP}/alignment`);
  await check('sets alignment against outcomes per objective', async () => {
    await page.getByText('Execution gap').first().waitFor({ timeout: 60000 });
    await page.getByText('Aligned but off track').first().waitFor();
    await page.getByText('Drifting but on track').first().waitFor();
    await page.getByText('Win the US mid-market').first().waitFor();
  });
  await page.getByText('Execution gap').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(1000);
  await shoot('execution-gap');
}
