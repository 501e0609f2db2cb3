/**
 * `lodestar`: run Lodestar's alignment checks on catalog files, e.g. in CI.
 *
 * @packageDocumentation
 */
import { runCli } from './runCli';

runCli(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  error => {
    process.stderr.write(`lodestar: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
