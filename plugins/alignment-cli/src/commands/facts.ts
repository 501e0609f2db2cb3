import type { FactPush } from '@lodestar/backstage-plugin-alignment-common';
import { resolveBackendSettings } from '../backend/settings';
import { EXIT } from '../exitCodes';
import {
  describePushFailure,
  describePushSuccess,
} from '../facts/describePushOutcome';
import { pushFromFlags, PushFlags } from '../facts/pushFromFlags';
import { pushInBatches } from '../facts/pushInBatches';
import { readPushFile } from '../facts/readPushFile';
import type { CliIo } from '../runCli';

export { DEFAULT_SOURCE } from '../facts/pushFromFlags';

/** Output formats of `lodestar facts push`. */
export const FACTS_PUSH_FORMATS = ['text', 'json'] as const;

/** The parsed options of `lodestar facts push`. */
export interface FactsPushOptions extends PushFlags {
  /** A JSON file holding the pushes, instead of the flags. */
  file?: string;
  /** Base URL of the Backstage backend; defaults to `LODESTAR_URL`. */
  url?: string;
  /** Backstage token; defaults to `LODESTAR_TOKEN`. */
  token?: string;
  format: (typeof FACTS_PUSH_FORMATS)[number];
}

async function readPushes(
  options: FactsPushOptions,
  cwd: string,
): Promise<{ pushes: FactPush[] } | { problems: string[] }> {
  if (options.file === undefined) {
    const flags = pushFromFlags(options);
    return 'push' in flags ? { pushes: [flags.push] } : flags;
  }
  const mixed = [
    options.entity !== undefined && '--entity',
    options.source !== undefined && '--source',
    options.observedAt !== undefined && '--observed-at',
    options.fact !== undefined && '--fact',
  ].filter(Boolean);
  if (mixed.length > 0) {
    // Either would be a guess: flags overriding the file, or ignored.
    return {
      problems: [
        `lodestar: --file cannot be combined with ${mixed.join(
          ', ',
        )}; put everything in the file`,
      ],
    };
  }
  return readPushFile(options.file, cwd);
}

/**
 * Runs `lodestar facts push`: checks the pushes locally, then sends them to
 * the backend in requests of at most 1000. Resolves to 0 when every fact
 * was accepted, 1 when the backend refused them (400: an unknown key or a
 * value of the wrong type; 403: an entity the token may not read), and 2 on
 * a usage, input, network or credentials problem, including pushes the CLI
 * finds malformed before sending anything. Nothing is written to stdout
 * unless every fact was accepted.
 */
export async function factsPushCommand(
  options: FactsPushOptions,
  io: CliIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const report = (lines: string[], code: number) => {
    io.stderr(`${lines.join('\n')}\n`);
    return code;
  };

  // Every usage problem at once, so one CI run shows all there is to fix.
  const backend = resolveBackendSettings(options, env);
  const input = await readPushes(options, cwd);
  const problems = [
    ...('problems' in backend ? backend.problems : []),
    ...('problems' in input ? input.problems : []),
  ];
  if ('problems' in backend || 'problems' in input) {
    return report(problems, EXIT.usage);
  }

  const outcome = await pushInBatches({
    baseUrl: backend.settings.url,
    token: backend.settings.token,
    pushes: input.pushes,
  });
  if (outcome.kind !== 'ok') {
    return report(
      describePushFailure(outcome),
      outcome.kind === 'rejected' ? EXIT.rejected : EXIT.usage,
    );
  }
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(outcome.total, null, 2)}\n`
      : describePushSuccess(outcome),
  );
  return EXIT.ok;
}
