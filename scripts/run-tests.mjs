#!/usr/bin/env node
/*
 * Runs every test once (no watch mode) and on every database engine this
 * machine offers: SQLite always, PostgreSQL and MySQL/MariaDB when they
 * answer on their standard loopback ports (or on the connection strings
 * already set in the environment). Engines that are not running are skipped,
 * so the command passes on a laptop without them.
 *
 * Extra arguments are passed to `backstage-cli repo test`.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';

const engines = [
  {
    name: 'PostgreSQL',
    variable: 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
    port: 5432,
    url: 'postgresql://postgres@127.0.0.1:5432',
  },
  {
    name: 'MySQL/MariaDB',
    variable: 'BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING',
    port: 3306,
    url: 'mysql://root@127.0.0.1:3306',
  },
];

function answers(port) {
  return new Promise(resolve => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = ok => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const env = { ...process.env, BACKSTAGE_TEST_DISABLE_DOCKER: '1' };
for (const engine of engines) {
  if (env[engine.variable]) {
    console.log(
      `[tests] ${engine.name}: ${env[engine.variable]} (from the environment)`,
    );
  } else if (await answers(engine.port)) {
    env[engine.variable] = engine.url;
    console.log(`[tests] ${engine.name}: ${engine.url}`);
  } else {
    console.log(
      `[tests] ${engine.name}: not running, its database tests are skipped`,
    );
  }
}

const child = spawn(
  'npx',
  [
    'backstage-cli',
    'repo',
    'test',
    '--watchAll=false',
    ...process.argv.slice(2),
  ],
  { env, stdio: 'inherit' },
);
child.on('exit', code => process.exit(code ?? 1));
