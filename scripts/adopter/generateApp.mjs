/*
 * Generates a fresh Backstage app with the current @backstage/create-app,
 * as an adopter starts, and readies it for npm.
 *
 * create-app wants Node 22 or 24 and a `yarn` on the PATH; apps it makes run
 * on those Node versions. The test brings them from the npm registry
 * (../lib/nodeFromRegistry.mjs), so it runs wherever this repository's own
 * Node 20 does. The app is installed with npm workspaces rather than Yarn 4,
 * whose own installs cannot reach the registry here.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORKSPACE_MANIFESTS = [
  'package.json',
  'packages/app/package.json',
  'packages/backend/package.json',
];

/**
 * Moves every @backstage dependency of the app to the newest release on the
 * registry, as `backstage-cli versions:bump` would with the release
 * manifest (which the test cannot fetch here).
 */
export async function bumpBackstageVersions({ appDir, latestVersion }) {
  const manifests = WORKSPACE_MANIFESTS.map(file => path.join(appDir, file));
  const names = new Set();
  for (const file of manifests) {
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const field of ['dependencies', 'devDependencies']) {
      Object.keys(manifest[field] ?? {})
        .filter(name => name.startsWith('@backstage/'))
        .forEach(name => names.add(name));
    }
  }
  const latest = Object.fromEntries(
    await Promise.all([...names].map(async n => [n, await latestVersion(n)])),
  );
  for (const file of manifests) {
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const field of ['dependencies', 'devDependencies']) {
      for (const name of Object.keys(manifest[field] ?? {})) {
        if (latest[name]) manifest[field][name] = `^${latest[name]}`;
      }
    }
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

/**
 * Runs create-app into `appDir` (`--legacy` for the legacy frontend
 * system) without installing, then readies it for npm: the Yarn files go,
 * and overrides point Lodestar's packages at their tarballs, as if they
 * were published.
 */
export function generateApp({ appDir, variant, env, run, tarballs }) {
  rmSync(appDir, { recursive: true, force: true });
  run(
    'npx',
    [
      '--yes',
      '@backstage/create-app@latest',
      '--path',
      appDir,
      '--skip-install',
      ...(variant === 'legacy' ? ['--legacy'] : []),
    ],
    { env: { ...env, BACKSTAGE_APP_NAME: 'adopter' } },
  );
  for (const yarnFile of ['.yarnrc.yml', '.yarn', 'yarn.lock']) {
    rmSync(path.join(appDir, yarnFile), { recursive: true, force: true });
  }
  // Yarn's `link:` and `workspace:` protocols name sibling workspaces,
  // which npm resolves by name.
  for (const file of WORKSPACE_MANIFESTS.map(f => path.join(appDir, f))) {
    const workspace = JSON.parse(readFileSync(file, 'utf8'));
    for (const field of ['dependencies', 'devDependencies']) {
      for (const [name, spec] of Object.entries(workspace[field] ?? {})) {
        if (/^(link|workspace):/.test(spec)) workspace[field][name] = '*';
      }
    }
    writeFileSync(file, `${JSON.stringify(workspace, null, 2)}\n`);
  }
  const rootManifest = path.join(appDir, 'package.json');
  const manifest = JSON.parse(readFileSync(rootManifest, 'utf8'));
  delete manifest.packageManager;
  delete manifest.resolutions;
  // What Yarn tolerates and npm does not: Material UI 4 names React 16 or
  // 17 as its peer, and @yarnpkg/core 4.9.2 (from @backstage/cli) breaks
  // npm installs. The same overrides as this repository's own.
  manifest.devDependencies = {
    ...manifest.devDependencies,
    react: '^18.0.2',
    'react-dom': '^18.0.2',
  };
  manifest.overrides = {
    react: '$react',
    'react-dom': '$react-dom',
    '@yarnpkg/core': '4.9.1',
    ...Object.fromEntries(
      Object.entries(tarballs).map(([name, { tarball }]) => [
        name,
        `file:${tarball}`,
      ]),
    ),
    // The registry lacks @backstage/backend-test-utils 1.12, which
    // @backstage/plugin-catalog-node 3 names as an optional peer.
    '@backstage/backend-test-utils': '^1.11.7',
  };
  writeFileSync(rootManifest, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Adds the packages a README says to add to a workspace. */
export function addDependencies({ appDir, workspace, packages, tarballs }) {
  const file = path.join(appDir, workspace, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const name of packages) {
    if (!tarballs[name]) throw new Error(`No tarball was packed for ${name}`);
    manifest.dependencies[name] = `^${tarballs[name].version}`;
  }
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
