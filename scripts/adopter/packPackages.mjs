/*
 * Builds and packs every publishable package as `npm publish` would
 * (`backstage-cli package build`, then `npm pack` with its prepack and
 * postpack scripts), and checks what each tarball holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The packages under plugins/ that are published. */
export function publishablePackages(root) {
  return readdirSync(path.join(root, 'plugins'))
    .map(name => path.join(root, 'plugins', name))
    .filter(dir => existsSync(path.join(dir, 'package.json')))
    .map(dir => ({
      dir,
      manifest: JSON.parse(
        readFileSync(path.join(dir, 'package.json'), 'utf8'),
      ),
    }))
    .filter(({ manifest }) => !manifest.private);
}

function entryPoints(manifest) {
  const points = [manifest.main, manifest.types, manifest.module];
  const walk = value => {
    if (typeof value === 'string') points.push(value);
    else if (value && typeof value === 'object') {
      // The `backstage` condition names the kind of feature for discovery,
      // not a file.
      Object.entries(value)
        .filter(([condition]) => condition !== 'backstage')
        .forEach(([, target]) => walk(target));
    }
  };
  walk(manifest.exports);
  walk(manifest.typesVersions);
  for (const target of Object.values(manifest.bin ?? {})) points.push(target);
  return points
    .filter(Boolean)
    .filter(point => !point.includes('*'))
    .map(point => point.replace(/^\.\//, ''));
}

/**
 * What is wrong with a packed package, given the package.json it ships
 * and the files in the tarball; an empty list when nothing is.
 */
export function tarballProblems({ manifest, files, sourceDir }) {
  const problems = [];
  const has = file => files.includes(file);
  for (const required of ['package.json', 'README.md']) {
    if (!has(required)) problems.push(`lacks ${required}`);
  }
  for (const point of entryPoints(manifest)) {
    if (!has(point))
      problems.push(`entry point ${point} is not in the tarball`);
    if (/^src\/.*\.tsx?$/.test(point)) {
      problems.push(`entry point ${point} is TypeScript source`);
    }
  }
  const role = manifest.backstage?.role;
  if (role !== 'cli' && !manifest.types) problems.push('declares no types');
  if (manifest.types && !has(manifest.types)) {
    problems.push(`types ${manifest.types} are not in the tarball`);
  }
  if (manifest.configSchema && !has(manifest.configSchema)) {
    problems.push(
      `config schema ${manifest.configSchema} is not in the tarball`,
    );
  }
  if (existsSync(path.join(sourceDir, 'migrations'))) {
    const expected = readdirSync(path.join(sourceDir, 'migrations'));
    for (const migration of expected) {
      if (!has(`migrations/${migration}`)) {
        problems.push(`migration ${migration} is not in the tarball`);
      }
    }
  }
  const source = files.filter(
    file => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'),
  );
  if (source.length) {
    problems.push(`ships TypeScript source: ${source.slice(0, 3).join(', ')}`);
  }
  if (!files.some(file => file.startsWith('dist/'))) {
    problems.push('has no dist/');
  }
  return problems;
}

/**
 * Builds and packs each publishable package into `outDir`, checking each
 * tarball. Returns the tarballs by package name, and the problems found.
 */
export function packPackages({ root, outDir, run }) {
  run('npm', ['run', 'tsc'], { cwd: root });
  const tarballs = {};
  const problems = [];
  for (const { dir, manifest } of publishablePackages(root)) {
    run('npx', ['backstage-cli', 'package', 'build'], { cwd: dir });
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const tarball = path.join(outDir, packed.filename);
    const shipped = JSON.parse(
      execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
        encoding: 'utf8',
      }),
    );
    const files = packed.files.map(file => file.path);
    for (const problem of tarballProblems({
      manifest: shipped,
      files,
      sourceDir: dir,
    })) {
      problems.push(`${manifest.name}: ${problem}`);
    }
    tarballs[manifest.name] = { tarball, version: shipped.version };
    console.log(
      `[adopter] packed ${packed.filename}: ${files.length} files, ${Math.round(
        packed.size / 1024,
      )} KiB`,
    );
  }
  return { tarballs, problems };
}
