import {
  formatValidationProblems,
  isLodestarEntity,
  SEVERITIES,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import { InputFileError, loadEntityFiles } from '../files/loadEntityFiles';
import type { CliIo } from '../runCli';

/** Output formats of `lodestar check`. */
export const OUTPUT_FORMATS = ['text', 'json', 'junit', 'sarif'] as const;

/** Thresholds accepted by `--fail-on`. */
export const FAIL_ON_LEVELS = SEVERITIES;

export interface CheckOptions {
  paths: string[];
  strategy: string[];
  format: (typeof OUTPUT_FORMATS)[number];
  failOn: (typeof FAIL_ON_LEVELS)[number];
}

/** Runs `lodestar check`; resolves to the exit code. */
export async function checkCommand(
  options: CheckOptions,
  io: CliIo,
): Promise<number> {
  let strategyEntities;
  try {
    strategyEntities = await loadEntityFiles(options.strategy);
    await loadEntityFiles(options.paths);
  } catch (error) {
    if (error instanceof InputFileError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }

  let invalid = 0;
  for (const { entity, file, line } of strategyEntities) {
    if (!isLodestarEntity(entity)) continue;
    const problems = validateLodestarEntity(entity);
    if (problems.length > 0) {
      invalid += 1;
      io.stderr(
        `${file}:${line}: invalid ${entity.kind} "${entity.metadata.name}"\n`,
      );
      io.stderr(`${formatValidationProblems(problems).replace(/^/gm, '  ')}\n`);
    }
  }
  return invalid > 0 ? 2 : 0;
}
