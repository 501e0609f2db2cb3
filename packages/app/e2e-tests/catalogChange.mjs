/* eslint-disable no-console -- a command-line test step: it reports on the console. */
/*
 * A developer fixes their service's catalog-info.yaml and the Alignment
 * tab follows within seconds, without waiting for a scheduled run: the
 * marketplace matching service is moved onto the active objective in its
 * example file, the catalog is asked to refresh it (as a webhook or the
 * "Refresh" button would), and the tab must change. The file is put back
 * afterwards and the tab must return, so the demo stays as it was.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP, BACKEND, guestToken, waitFor } from './portal.mjs';

const EXAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../examples/components.yaml',
);
const ENTITY_REF = 'component:default/marketplace-matching-service';
const BEFORE = '    pagerduty.com/service-id: PMX2V7N\n';
const AFTER = `${BEFORE}    lodestar.dev/objectives: win-us-midmarket\n`;

async function refreshInCatalog() {
  const response = await fetch(`${BACKEND}/api/catalog/refresh`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await guestToken()}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ entityRef: ENTITY_REF }),
  });
  if (!response.ok) throw new Error(`refresh answered ${response.status}`);
}

/** Reloads the tab until `shows` holds; returns the seconds it took. */
async function reloadUntil(page, shows, what) {
  const started = Date.now();
  await waitFor(
    what,
    async () => {
      await page.reload();
      try {
        await page
          .locator('main')
          .getByText(/^Score \d+\/100$/)
          .first()
          .waitFor({ timeout: 15000 });
        return await shows(page.locator('main'));
      } catch {
        return false;
      }
    },
    90,
  );
  return (Date.now() - started) / 1000;
}

/** Runs the checks on `page`, reporting each through `check`. */
export async function checkCatalogChange({ page, check }) {
  const original = await readFile(EXAMPLE, 'utf8');
  if (original.split(BEFORE).length !== 2) {
    throw new Error(`${EXAMPLE} no longer holds the line this step edits`);
  }
  console.log('A catalog change reaches the tab');
  await page.goto(
    `${APP}/catalog/default/component/marketplace-matching-service/alignment`,
  );
  const retired = main =>
    main.getByText(/grow-supplier-network is retired/).first();
  try {
    await check(
      'moving the service onto an active objective shows within seconds',
      async () => {
        await retired(page.locator('main')).waitFor({ timeout: 60000 });
        await writeFile(EXAMPLE, original.replace(BEFORE, AFTER));
        await refreshInCatalog();
        const seconds = await reloadUntil(
          page,
          async main => (await retired(main).count()) === 0,
          'the tab to drop the retired objective',
        );
        console.log(
          `    (the tab changed ${seconds.toFixed(1)} s after the refresh)`,
        );
      },
    );
  } finally {
    await writeFile(EXAMPLE, original);
  }
  await check('putting the file back brings the tab back', async () => {
    await refreshInCatalog();
    await reloadUntil(
      page,
      async main => (await retired(main).count()) > 0,
      'the tab to show the retired objective again',
    );
  });
}
