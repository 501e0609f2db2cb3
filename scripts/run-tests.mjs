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
import { createRequire } from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);

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
    url: 'mysql://lodestar_test:lodestar_test@127.0.0.1:3306/lodestar_test',
    prepare: prepareMysqlUser,
  },
];

/*
 * Backstage's TestDatabases needs a MySQL user with a password, which a
 * fresh MariaDB's root lacks. When root answers without one (as on a
 * developer machine or CI), create a test user that may create the
 * per-test databases.
 */
async function prepareMysqlUser() {
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({
    host: '127.0.0.1',
    port: 3306,
    user: 'root',
  });
  try {
    await connection.query(
      "CREATE USER IF NOT EXISTS 'lodestar_test'@'%' IDENTIFIED BY 'lodestar_test'",
    );
    await connection.query(
      "CREATE USER IF NOT EXISTS 'lodestar_test'@'localhost' IDENTIFIED BY 'lodestar_test'",
    );
    await connection.query(
      "GRANT ALL PRIVILEGES ON *.* TO 'lodestar_test'@'%' WITH GRANT OPTION",
    );
    await connection.query(
      "GRANT ALL PRIVILEGES ON *.* TO 'lodestar_test'@'localhost' WITH GRANT OPTION",
    );
  } finally {
    await connection.end();
  }
}

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
    try {
      await engine.prepare?.();
      env[engine.variable] = engine.url;
      console.log(`[tests] ${engine.name}: ${engine.url}`);
    } catch (error) {
      console.log(
        `[tests] ${engine.name}: answers but cannot be prepared (${error.message}); its database tests are skipped`,
      );
    }
  } else {
    console.log(
      `[tests] ${engine.name}: not running, its database tests are skipped`,
    );
  }
}

function run(command, args) {
  return new Promise(resolve => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('exit', code => resolve(code ?? 1));
  });
}

const filters = process.argv.slice(2);
let code = await run('npx', [
  'backstage-cli',
  'repo',
  'test',
  '--watchAll=false',
  ...filters,
]);

// Two real backend replicas on one PostgreSQL (packages/backend/e2e): run
// with the whole suite, not when the tests are filtered.
if (code === 0 && filters.length === 0) {
  if (env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING) {
    console.log('\n[tests] Two backend replicas on one PostgreSQL');
    code = await run('npm', [
      'run',
      '--silent',
      'test:replicas',
      '-w',
      'backend',
    ]);
  } else {
    console.log(
      '[tests] PostgreSQL is not running: the multi-replica test is skipped',
    );
  }
}
process.exit(code);
