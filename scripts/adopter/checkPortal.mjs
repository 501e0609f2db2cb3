/*
 * Starts the adopter's app (`backstage-cli repo start`, as its README says)
 * and checks in Chromium what a user of a fresh install sees: an entity's
 * Alignment tab with its score, the Alignment card on its overview, and the
 * drift page listing it.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  answers,
  APP,
  BACKEND,
  firstEvaluation,
  launchChromium,
  waitFor,
} from '../../packages/app/e2e-tests/portal.mjs';

/** Points the app's catalog at the test's strategy and service. */
export function writeLocalConfig({ appDir, fixture }) {
  writeFileSync(
    path.join(appDir, 'app-config.local.yaml'),
    [
      'catalog:',
      '  locations:',
      '    - type: file',
      `      target: ${fixture}`,
      '      rules:',
      '        - allow: [Group, User, Component, Strategy, Objective, Principle]',
      'lodestar:',
      '  schedule:',
      '    frequency: { minutes: 2 }',
      '    timeout: { minutes: 2 }',
      '    initialDelay: { seconds: 5 }',
      '',
    ].join('\n'),
  );
}

async function browse({ screenshot, check }) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 1800 },
    });
    await page.goto(`${APP}/catalog/default/component/adopter-service`);
    await check('signs in as a guest', async () => {
      await page
        .getByRole('button', { name: /enter/i })
        .first()
        .click({ timeout: 120000 });
    });
    await check('shows the Alignment card on the overview', async () => {
      await page
        .getByText('Strategic alignment')
        .first()
        .waitFor({ timeout: 120000 });
      await page
        .getByText(/Score \d+\/100/)
        .first()
        .waitFor();
    });
    await check('shows the scorecard on the Alignment tab', async () => {
      await page.goto(
        `${APP}/catalog/default/component/adopter-service/alignment`,
      );
      await page.getByText('Ownership').first().waitFor({ timeout: 60000 });
      await page
        .getByText('Services link their documentation')
        .first()
        .waitFor();
    });
    await page.screenshot({ path: `${screenshot}-alignment-tab.png` });
    await check('lists the entity on the drift page', async () => {
      await page.goto(`${APP}/alignment`);
      await page
        .getByText('Where the estate stands')
        .waitFor({ timeout: 60000 });
      await page.getByText('adopter-service').first().waitFor();
    });
    await page.screenshot({ path: `${screenshot}-drift.png` });
  } finally {
    await browser.close();
  }
}

/**
 * Starts the app, waits for its first evaluation, and runs the browser
 * checks through `check(name, fn)`. Always stops the app.
 */
export async function checkPortal({ appDir, env, logFile, screenshot, check }) {
  if ((await answers(APP)) || (await answers(BACKEND))) {
    throw new Error('Ports 3000 or 7007 are taken: stop the demo portal first');
  }
  const { openSync } = await import('node:fs');
  const out = openSync(logFile, 'w');
  const portal = spawn('npm', ['start'], {
    cwd: appDir,
    env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  try {
    await waitFor(
      'the app and backend to answer',
      async () =>
        (await answers(APP)) && answers(`${BACKEND}/api/auth/guest/refresh`),
      600,
    );
    await waitFor('the first evaluation', firstEvaluation, 180);
    await browse({ screenshot, check });
  } finally {
    try {
      process.kill(-portal.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await waitFor('the app to stop', async () => !(await answers(APP)), 60);
  }
}
