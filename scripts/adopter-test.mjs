#!/usr/bin/env node
/* eslint-disable no-console -- a command-line test runner: it reports on the console. */
/*
 * The adopter test: installs Lodestar into a fresh Backstage app the way an
 * adopter does, from packed tarballs and the package READMEs, and checks the
 * result in Chromium.
 *
 *   npm run test:adopter                        # both frontend systems
 *   npm run test:adopter -- --variants=new      # the new frontend system only
 *   npm run test:adopter -- --node=24           # the apps on Node 24
 *   npm run test:adopter -- --work=/tmp/x --keep
 *
 * For each variant: create-app (new frontend system, or --legacy), Backstage
 * moved to the newest release on the registry, the README install steps of
 * the backend, the catalog module and the frontend plugin applied as
 * written, `npm install`, `npm start`, then the browser checks. Prints the
 * time of each step.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkPortal, writeLocalConfig } from './adopter/checkPortal.mjs';
import {
  addDependencies,
  bumpBackstageVersions,
  generateApp,
} from './adopter/generateApp.mjs';
import { nodeEnvironment } from './lib/nodeFromRegistry.mjs';
import { packPackages } from './adopter/packPackages.mjs';
import { applyReadme } from './adopter/readmeSteps.mjs';

const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);
const yaml = require('yaml');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).map(arg => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const variants = String(args.variants ?? 'new,legacy').split(',');
const work = path.resolve(args.work ?? '/tmp/lodestar-adopter');
// The Node the generated apps run on; create-app accepts 22 and 24.
const nodeMajor = String(args.node ?? '22');
const READMES = [
  'plugins/alignment-backend/README.md',
  'plugins/catalog-backend-module-alignment/README.md',
  'plugins/alignment/README.md',
];

const results = [];
const timings = [];

function run(command, commandArgs, options) {
  console.log(`[adopter] $ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs[0]} exited ${result.status}`);
  }
}

async function timed(label, step) {
  const started = Date.now();
  try {
    return await step();
  } finally {
    const seconds = Math.round((Date.now() - started) / 1000);
    timings.push({ label, seconds });
    console.log(`[adopter] ${label}: ${seconds} s`);
  }
}

async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✕ ${name}\n    ${String(error.message).split('\n')[0]}`);
  }
}

// A few registry look-ups at a time: each is an npm process.
const lanes = Array.from({ length: 6 }, () => Promise.resolve());
let lane = 0;
function latestVersion(name) {
  const index = lane++ % lanes.length;
  const lookup = lanes[index].then(async () => {
    const { stdout } = await execFileAsync('npm', ['view', name, 'version']);
    return stdout.trim();
  });
  lanes[index] = lookup.catch(() => undefined);
  return lookup;
}

async function adopt(variant, tarballs, env) {
  const appDir = path.join(work, `app-${variant}`);
  const label = variant === 'new' ? 'new frontend system' : 'legacy frontend';
  console.log(`\n[adopter] ${label}: ${appDir}`);
  await timed(`${variant}: create-app`, () =>
    generateApp({ appDir, variant, env, run, tarballs }),
  );
  await timed(`${variant}: move to the newest Backstage release`, () =>
    bumpBackstageVersions({ appDir, latestVersion }),
  );
  await check(`${variant}: README install steps apply`, async () => {
    for (const readme of READMES) {
      const installs = applyReadme({
        readmePath: path.join(root, readme),
        appDir,
        variant,
        yaml,
      });
      if (!installs.length) throw new Error(`${readme} installs nothing`);
      for (const install of installs) {
        addDependencies({ appDir, tarballs, ...install });
      }
    }
  });
  await timed(`${variant}: npm install`, () =>
    // Peers as Yarn treats them, which the app was generated for: a peer
    // range that misses (the template's @testing-library/dom 9 against
    // frontend-test-utils' 10) warns instead of failing the install.
    run('npm', ['install', '--no-audit', '--no-fund', '--legacy-peer-deps'], {
      cwd: appDir,
      env,
    }),
  );
  writeLocalConfig({
    appDir,
    fixture: path.join(root, 'scripts/adopter/fixtures/catalog.yaml'),
  });
  await check(
    `${variant}: evaluates on a worker thread from the built package`,
    () =>
      execFileAsync(
        'node',
        [path.join(root, 'scripts/adopter/checkWorker.cjs'), appDir],
        { cwd: appDir, env },
      ),
  );
  await timed(`${variant}: start and check in Chromium`, () =>
    checkPortal({
      appDir,
      env,
      logFile: path.join(work, `app-${variant}.log`),
      screenshot: path.join(work, `app-${variant}`),
      check: (name, fn) => check(`${variant}: ${name}`, fn),
    }),
  );
}

const started = Date.now();
try {
  mkdirSync(path.join(work, 'tarballs'), { recursive: true });
  const { tarballs, problems } = await timed('build and pack', () =>
    packPackages({ root, outDir: path.join(work, 'tarballs'), run }),
  );
  await check('every tarball holds what it needs', async () => {
    if (problems.length) throw new Error(problems.join('; '));
  });
  const env = await timed(`tools (Node ${nodeMajor}, Yarn)`, () =>
    nodeEnvironment({
      toolsDir: path.join(work, `tools-node${nodeMajor}`),
      major: nodeMajor,
      yarn: true,
      run,
    }),
  );
  for (const variant of variants) {
    try {
      await adopt(variant, tarballs, env);
    } catch (error) {
      results.push({ name: `${variant}: install and start`, ok: false });
      console.log(`  ✕ ${variant}: ${error.message}`);
    }
  }
} catch (error) {
  results.push({ name: 'setup', ok: false });
  console.log(`  ✕ ${error.message}`);
}
if (!args.keep) {
  for (const variant of variants) {
    rmSync(path.join(work, `app-${variant}`), { recursive: true, force: true });
  }
}

console.log('\n[adopter] times');
for (const { label, seconds } of timings)
  console.log(`  ${label}: ${seconds} s`);
console.log(`  total: ${Math.round((Date.now() - started) / 1000)} s`);
const passed = results.filter(r => r.ok).length;
const failed = results.length - passed;
console.log(`adopter: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
