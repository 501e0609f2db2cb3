import { resolveBackendSettings } from '../backend/settings';
import { EXIT } from '../exitCodes';
import { DraftInputError, readDraft } from '../preview/readDraft';
import { draftProblems } from '../preview/validateDraft';
import { requestPreview } from '../preview/requestPreview';
import { formatPreviewText } from '../preview/formatPreviewText';
import { plainLines } from '../preview/plainText';
import { createPalette } from '../report/ansi';
import type { CliIo } from '../runCli';

/** Output formats of `lodestar preview`. */
export const PREVIEW_FORMATS = ['text', 'json'] as const;

/** The parsed options of `lodestar preview`. */
export interface PreviewOptions {
  /** The YAML or JSON file holding the draft Principle. */
  file: string;
  /** The Principle to preview when the file holds several. */
  name?: string;
  /** Base URL of the Backstage backend; defaults to `LODESTAR_URL`. */
  url?: string;
  /** Backstage token; defaults to `LODESTAR_TOKEN`. */
  token?: string;
  format: (typeof PREVIEW_FORMATS)[number];
}

/**
 * Runs `lodestar preview`: validates the draft locally as `lodestar check`
 * would, then asks the backend what it would do to the catalog. Resolves to
 * 0 when the preview ran (whatever it found), 1 when the draft is invalid,
 * found locally or by the backend, and 2 on a usage, input, network or
 * credentials problem. Nothing is written to stdout unless the preview ran.
 */
export async function previewCommand(
  options: PreviewOptions,
  io: CliIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const report = (lines: string[], code: number) => {
    io.stderr(`${lines.join('\n')}\n`);
    return code;
  };

  const backend = resolveBackendSettings(options, env);
  if ('problems' in backend) return report(backend.problems, EXIT.usage);
  const { url, token } = backend.settings;

  let draft;
  try {
    draft = await readDraft(options.file, cwd, options.name);
  } catch (error) {
    if (error instanceof DraftInputError) {
      return report([error.message], EXIT.usage);
    }
    throw error;
  }
  // A draft the backend would reject fails here, without a request.
  const problems = await draftProblems(draft);
  if (problems.length > 0) return report(problems, EXIT.rejected);

  const outcome = await requestPreview({
    baseUrl: url,
    token,
    principle: draft.entity,
  });
  if (outcome.kind === 'rejected') {
    return report(
      [
        `${draft.file}:${draft.line}: the backend rejected Principle "${draft.entity.metadata.name}":`,
        ...plainLines(outcome.message).map(line => `  ${line}`),
      ],
      EXIT.rejected,
    );
  }
  if (outcome.kind === 'failed') {
    return report(plainLines(`lodestar: ${outcome.message}`), EXIT.usage);
  }
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(outcome.preview, null, 2)}\n`
      : formatPreviewText(
          outcome.preview,
          createPalette({ isTTY: io.isTTY, env }),
        ),
  );
  return EXIT.ok;
}
