import { Command, CommanderError, Option } from 'commander';
import { checkCommand, FAIL_ON_LEVELS, OUTPUT_FORMATS } from './commands/check';
import { PREVIEW_FORMATS, previewCommand } from './commands/preview';
import { EXIT } from './exitCodes';

export { EXIT };

/**
 * What the CLI takes from its process: output streams, and the clock, working
 * directory and environment. Tests inject all of them, so output is
 * byte-for-byte reproducible.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal; colour is used only then. */
  isTTY: boolean;
  /** Evaluation time; defaults to the current time. */
  now?: Date;
  /** Directory relative paths are read from and reported against; defaults to `process.cwd()`. */
  cwd?: string;
  /**
   * Environment variables (`NO_COLOR`, `LODESTAR_URL`, `LODESTAR_TOKEN`);
   * defaults to `process.env`.
   */
  env?: Record<string, string | undefined>;
}

const processIo: CliIo = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
};

/**
 * Parses the arguments and runs the command; resolves to the exit code
 * (0 nothing failed at or above the threshold, or the preview ran; 1
 * something did fail, or the draft principle is invalid; 2 usage, input,
 * network or credentials error).
 */
export async function runCli(
  argv: string[],
  io: CliIo = processIo,
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('lodestar')
    .description('Strategic alignment checks for Backstage catalogs')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('check')
    .description(
      'Check catalog entities against the strategy, its objectives and principles',
    )
    .argument(
      '<paths...>',
      'catalog files or directories (YAML, multi-document)',
    )
    .requiredOption(
      '-s, --strategy <paths...>',
      'Strategy, Objective and Principle files or directories',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(OUTPUT_FORMATS)
        .default('text'),
    )
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity that fails the run')
        .choices(FAIL_ON_LEVELS)
        .default('high'),
    )
    .action(async (paths: string[], options) => {
      exitCode = await checkCommand({ paths, ...options }, io);
    });

  program
    .command('preview')
    .description(
      "Preview a draft principle's effect on the catalog, through the Lodestar backend",
    )
    .argument(
      '<principle-file>',
      'YAML or JSON file holding the draft Principle',
    )
    .option(
      '--name <name>',
      'the Principle to preview, if the file holds several',
    )
    .option(
      '--url <url>',
      'base URL of the Backstage backend (default: $LODESTAR_URL)',
    )
    .option('--token <token>', 'Backstage token (default: $LODESTAR_TOKEN)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(PREVIEW_FORMATS)
        .default('text'),
    )
    .action(async (file: string, options) => {
      exitCode = await previewCommand({ file, ...options }, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}
