import { Command, CommanderError, Option } from 'commander';
import { checkCommand, FAIL_ON_LEVELS, OUTPUT_FORMATS } from './commands/check';
import {
  DEFAULT_SOURCE,
  FACTS_PUSH_FORMATS,
  factsPushCommand,
} from './commands/facts';
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

/** Gathers a repeatable option's values, in order. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * Parses the arguments and runs the command; resolves to the exit code
 * (0 nothing failed at or above the threshold, the preview ran, or the
 * facts were accepted; 1 something did fail, the draft principle is
 * invalid, or the backend refused the facts; 2 usage, input, network or
 * credentials error). See {@link EXIT}.
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
    // No commander default: the default depends on --campaign (see
    // CheckOptions.failOn), and commander cannot tell a default from a value.
    .addOption(
      new Option(
        '--fail-on <severity>',
        'lowest severity that fails the run (default: "high"; with --campaign, "low")',
      ).choices(FAIL_ON_LEVELS),
    )
    .option(
      '--campaign <ref>',
      "report and fail on only this Campaign's checks, on the entities in its scope",
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

  program
    .command('facts')
    .description(
      'Send facts (values measured in CI/CD) to the Lodestar backend',
    )
    .command('push')
    .description(
      'Push facts about an entity, from flags or a JSON file, to the Lodestar backend',
    )
    .option('--entity <ref>', 'the entity the facts are about')
    .option(
      '--fact <key=value>',
      'a fact; repeat for more (numbers and true/false are typed)',
      collect,
    )
    .option(
      '--source <name>',
      `what measured the facts (default: ${DEFAULT_SOURCE})`,
    )
    .option(
      '--observed-at <timestamp>',
      'ISO 8601 time the values were true (default: now)',
    )
    .option(
      '--file <path>',
      'JSON file with a push, an array of pushes, or { "items": [...] }, instead of the flags above',
    )
    .option(
      '--url <url>',
      'base URL of the Backstage backend (default: $LODESTAR_URL)',
    )
    .option('--token <token>', 'Backstage token (default: $LODESTAR_TOKEN)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(FACTS_PUSH_FORMATS)
        .default('text'),
    )
    .action(async options => {
      exitCode = await factsPushCommand(options, io);
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
