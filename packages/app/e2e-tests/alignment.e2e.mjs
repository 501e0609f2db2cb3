#!/usr/bin/env node
/* eslint-disable no-console -- a command-line test runner: it reports on the console. */
/*
 * End-to-end test of the demo portal in a real browser: a developer finds
 * their service's score and fix on the Alignment tab, an architect finds
 * the drifting services by owner and by objective on the drift page, and
 * reads the strategy, objective, principle and team pages
 * (strategyPages.mjs), and outcomes: delivery facts, measures and the
 * execution gap (outcomes.mjs), campaigns and upcoming principles
 * (campaigns.mjs), and a catalog change reaching the tab in seconds
 * (catalogChange.mjs). It saves the screenshots the README shows.
 *
 * Starts the portal (npm start) unless one already answers on :3000/:7007,
 * and stops it again. Chromium: $CHROMIUM_PATH or /usr/bin/chromium
 * (Debian's package; `apt-get install -y chromium`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  answers,
  APP,
  BACKEND,
  firstEvaluation,
  guestToken,
  launchChromium,
  waitFor,
} from './portal.mjs';
import { checkCampaigns } from './campaigns.mjs';
import { checkCatalogChange } from './catalogChange.mjs';
import { checkOutcomes } from './outcomes.mjs';
import { checkStrategyPages } from './strategyPages.mjs';

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
);
const screenshots = path.join(root, 'docs/screenshots');
const results = [];

async function check(name, run) {
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✕ ${name}\n    ${String(error.message)
        .split('\n')
        .slice(0, 4)
        .join('\n    ')}`,
    );
  }
}

let portal;
if (
  !(await answers(APP)) ||
  !(await answers(`${BACKEND}/api/auth/guest/refresh`))
) {
  console.log('[e2e] starting the demo portal');
  portal = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
  });
}

let browser;
try {
  await waitFor(
    'the portal',
    async () =>
      (await answers(APP)) && answers(`${BACKEND}/api/auth/guest/refresh`),
    300,
  );
  await waitFor('the first evaluation', firstEvaluation, 180);
  mkdirSync(screenshots, { recursive: true });

  browser = await launchChromium();
  // Tall viewports: Backstage scrolls inside its content area, not the page.
  const page = await browser.newPage({
    viewport: { width: 1440, height: 2300 },
  });
  const errors = [];
  page.on('pageerror', error => errors.push(error.message));

  console.log('Alignment tab of a drifting service');
  await page.goto(
    `${APP}/catalog/default/component/marketplace-matching-service/alignment`,
  );
  const tab = page.locator('main');
  await check(
    'signs in as the guest without a click and shows the score',
    async () => {
      await tab.getByText('Score 68/100').first().waitFor({ timeout: 60000 });
      await tab.getByText('Drifting').first().waitFor();
    },
  );
  await check('flags the retired objective with its successor', async () => {
    await tab
      .getByText(
        'grow-supplier-network is retired; its successor is win-us-midmarket.',
      )
      .first()
      .waitFor();
    await tab.getByText('Win the US mid-market').first().waitFor();
  });
  await check(
    'shows a failing check with why it matters and the YAML fix',
    async () => {
      await tab.getByText('Why it matters:').first().waitFor();
      await tab.getByText('How to fix:').first().waitFor();
      await tab
        .getByText('lodestar.dev/objectives: win-us-midmarket')
        .first()
        .waitFor();
    },
  );
  await check(
    'asks for revalidation since the 2026-03-02 revision',
    async () => {
      await tab.getByText('Needs revalidation').waitFor();
      await tab.getByText('2026-03-02', { exact: true }).first().waitFor();
    },
  );
  await page.screenshot({
    path: path.join(screenshots, 'entity-alignment-tab.png'),
  });

  console.log('Only the strategy location defines the strategy');
  await check(
    "rejects a principle from a component's own file, keeps the strategy's",
    async () => {
      const headers = { Authorization: `Bearer ${await guestToken()}` };
      const byName = ref =>
        fetch(`${BACKEND}/api/catalog/entities/by-name/${ref}`, { headers });
      const rogue = await byName('principle/default/everything-is-fine');
      if (rogue.status !== 404) {
        throw new Error(`the rogue principle was accepted (${rogue.status})`);
      }
      const real = await byName('principle/default/us-data-residency');
      if (real.status !== 200) {
        throw new Error(`the strategy's principle is missing (${real.status})`);
      }
    },
  );

  console.log('Overview tab of the same service');
  await page.goto(
    `${APP}/catalog/default/component/marketplace-matching-service`,
  );
  await check('shows the alignment card beside the About card', async () => {
    await tab
      .getByText('Strategic alignment')
      .first()
      .waitFor({ timeout: 60000 });
    await tab.getByText('Score 68/100').first().waitFor();
  });

  console.log('Objective page');
  await page.goto(`${APP}/catalog/default/objective/grow-supplier-network`);
  await check(
    'draws who supports the objective and its strategy in the catalog graph',
    async () => {
      await page
        .getByText('Network invites service')
        .first()
        .waitFor({ timeout: 60000 });
      await page.getByText('Meridian company strategy').first().waitFor();
      await page.getByText('supports', { exact: true }).first().waitFor();
    },
  );

  console.log('Drift overview page');
  await page.setViewportSize({ width: 1440, height: 3400 });
  await page.goto(`${APP}/alignment`);
  await check('shows the org figures', async () => {
    await page.getByText('Where the estate stands').waitFor({ timeout: 60000 });
    await page.getByText('have a valid owning team').waitFor();
  });
  await check(
    'shows the owner × principle heatmap, cells linking to the filtered list',
    async () => {
      await page.getByText('Principle pass rate by owner').waitFor();
      const cell = page
        .locator('a[href*="owner=group%3Adefault%2Fsupplier-network"]')
        .first();
      await cell.waitFor();
    },
  );
  await check(
    'flags the retired objective and the services still serving it',
    async () => {
      const retired = page.getByText('Grow the supplier network').first();
      await retired.waitFor();
      await page
        .getByText(/still serv/i)
        .first()
        .waitFor();
    },
  );
  await check('lists drifting entities, filtered through the URL', async () => {
    await page.goto(`${APP}/alignment?level=drifting`);
    await page
      .getByText('marketplace-matching-service')
      .first()
      .waitFor({ timeout: 60000 });
  });
  await page.goto(`${APP}/alignment`);
  await page.getByText('Principle pass rate by owner').waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(screenshots, 'drift-overview.png') });
  await checkStrategyPages({ page, check, screenshots });
  await checkOutcomes({ page, check, screenshots });
  await checkCampaigns({ page, check, screenshots });
  await checkCatalogChange({ page, check });
  await check('raises no error in the page', async () => {
    if (errors.length) throw new Error(errors.join('\n'));
  });
} catch (error) {
  results.push({ name: 'setup', ok: false });
  console.log(`  ✕ ${error.message}`);
} finally {
  await browser?.close();
  if (portal) {
    try {
      process.kill(-portal.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const passed = results.filter(r => r.ok).length;
const failed = results.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
