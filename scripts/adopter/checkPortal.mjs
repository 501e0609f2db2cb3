/*
 * Starts the adopter's app (`backstage-cli repo start`, as its README says)
 * and checks in Chromium what a user of a fresh install sees: an entity's
 * Alignment tab with its score, the Alignment card on its overview, and the
 * drift page listing it.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const APP = 'http://localhost:3000';
const BACKEND = 'http://localhost:7007';

async function answers(url) {
  try {
    return (await fetch(url)).status < 500;
  } catch {
    return false;
  }
}

async function waitFor(what, isReady, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await isReady()) return;
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
  throw new Error(`Timed out after ${seconds} s waiting for ${what}`);
}

async function evaluated() {
  const refresh = await fetch(`${BACKEND}/api/auth/guest/refresh`);
  if (!refresh.ok) return false;
  const { backstageIdentity } = await refresh.json();
  const latest = await fetch(`${BACKEND}/api/alignment/evaluations/latest`, {
    headers: { Authorization: `Bearer ${backstageIdentity.token}` },
  });
  return latest.ok && (await latest.json()).status === 'succeeded';
}

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
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
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
    await waitFor('the first evaluation', evaluated, 180);
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
