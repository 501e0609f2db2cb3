#!/usr/bin/env node
/* eslint-disable no-console -- a command-line test runner: it reports on the console. */
/*
 * Runs the tests of the packages that hold no native module (the common
 * library, the CLI, the node library and the frontend plugin) on Node 22
 * and 24 as well, since adopters run Backstage on those. The repository
 * itself, and its database tests, run on Node 20; the adopter test runs the
 * backend and the app on Node 22 (or 24 with --node=24).
 *
 *   npm run test:node-versions                  # 22 and 24
 *   npm run test:node-versions -- --versions=24
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeEnvironment } from './lib/nodeFromRegistry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const versionsArg = process.argv.find(arg => arg.startsWith('--versions='));
const versions = (versionsArg?.split('=')[1] ?? '22,24').split(',');
const TESTS = [
  'plugins/alignment-common/',
  'plugins/alignment-cli/',
  'plugins/alignment-node/',
  'plugins/alignment/src/',
];

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

const results = [];
for (const major of versions) {
  const env = nodeEnvironment({
    toolsDir: path.join('/tmp/lodestar-node', `node${major}`),
    major,
    run: (command, args, options) => {
      if (run(command, args, options) !== 0) {
        throw new Error(`Could not install Node ${major}`);
      }
    },
  });
  console.log(`\n[node-versions] Node ${major}`);
  run('node', ['--version'], { env });
  const status = run(
    'npx',
    ['backstage-cli', 'repo', 'test', '--watchAll=false', ...TESTS],
    { cwd: root, env: { ...env, CI: 'true' } },
  );
  results.push({ major, ok: status === 0 });
  console.log(
    `[node-versions] Node ${major}: ${status === 0 ? 'passed' : 'failed'}`,
  );
}
const passed = results.filter(r => r.ok).length;
console.log(
  `node-versions: ${passed} passed, ${results.length - passed} failed`,
);
process.exit(passed === results.length ? 0 : 1);
