import path from 'node:path';
import { runCli } from '../runCli';

/** The fixture folder of the golden tests. */
export const FIXTURES = path.resolve(__dirname, '../__fixtures__');

/** The repository's examples folder. */
export const EXAMPLES = path.resolve(__dirname, '../../../../examples');

/** The fixed evaluation time of every test run. */
export const NOW = new Date('2025-06-01T00:00:00Z');

/** Output and exit code of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process with captured output, a fixed clock and an empty
 * environment, as a test needs it.
 */
export async function runForTest(
  argv: string[],
  options: {
    cwd?: string;
    isTTY?: boolean;
    env?: Record<string, string | undefined>;
    /** Evaluation time, for data dated after {@link NOW}; defaults to it. */
    now?: Date;
  } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: text => {
      stdout += text;
    },
    stderr: text => {
      stderr += text;
    },
    isTTY: options.isTTY ?? false,
    now: options.now ?? NOW,
    cwd: options.cwd ?? FIXTURES,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
