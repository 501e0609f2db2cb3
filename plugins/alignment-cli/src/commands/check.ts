import {
  AlignmentEngine,
  CatalogSnapshot,
  SEVERITIES,
  Severity,
} from '@lodestar/backstage-plugin-alignment-common';
import { EXIT } from '../exitCodes';
import { InputFileError } from '../files/loadEntityFiles';
import { backstageProblem } from '../inputs/backstageValidity';
import {
  duplicateProblems,
  isLodestarKind,
  LocatedEntity,
  readInputs,
} from '../inputs/readInputs';
import {
  compileProblems,
  hasStrategyEntities,
  strategyProblems,
} from '../inputs/validateStrategy';
import {
  buildReport,
  EntityOutcome,
  formatReport,
  OUTPUT_FORMATS,
  OutputFormat,
} from '../report';
import type { CliIo } from '../runCli';
import { limitToCampaign, resolveCampaign } from './campaignScope';

export { OUTPUT_FORMATS };

/** Thresholds accepted by `--fail-on`. */
export const FAIL_ON_LEVELS = SEVERITIES;

/** The parsed options of `lodestar check`. */
export interface CheckOptions {
  paths: string[];
  strategy: string[];
  format: OutputFormat;
  /**
   * Lowest severity that fails the run. When absent: `high`, or with
   * `campaign` every severity, since a campaign's checks are what its owner
   * asked to pass by the deadline.
   */
  failOn?: Severity;
  /** Limit the run to this Campaign's scope and checks. */
  campaign?: string;
}

function describeLocated(located: LocatedEntity): string {
  return `${located.file}:${located.line}: ${located.entity.kind} "${located.entity.metadata.name}"`;
}

/**
 * Runs `lodestar check`; resolves to the exit code: 0 when nothing at or
 * above `--fail-on` fails, 1 when something does, 2 when the input cannot be
 * trusted (unreadable YAML, duplicate entities, an invalid or uncompilable
 * strategy, a `--campaign` the strategy files do not hold). With
 * `--campaign` only the campaign's checks on the entities in its scope are
 * reported and can fail the run. Input problems are all reported before exiting, and nothing is
 * written to stdout then, so a half-written SARIF or JUnit file never
 * reaches CI.
 */
export async function checkCommand(
  options: CheckOptions,
  io: CliIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? new Date();
  const env = io.env ?? process.env;
  const fail = (problems: string[]) => {
    io.stderr(`${problems.join('\n')}\n`);
    return EXIT.usage;
  };

  let inputs;
  try {
    inputs = await readInputs(options.paths, options.strategy, cwd);
  } catch (error) {
    if (error instanceof InputFileError) return fail([error.message]);
    throw error;
  }
  const { entities, ignored } = inputs;

  if (!hasStrategyEntities(entities)) {
    return fail([
      `lodestar: no Strategy, Objective, Principle or Campaign found in ${options.strategy.join(
        ', ',
      )}`,
    ]);
  }
  // Entities the Backstage catalog would reject are reported, not evaluated,
  // and left out of the snapshot as the catalog would leave them out.
  const valid: LocatedEntity[] = [];
  const outcomes: EntityOutcome[] = [];
  for (const source of entities) {
    const problem =
      source.fromStrategy && isLodestarKind(source.entity)
        ? undefined // validated with the rest of the strategy below
        : await backstageProblem(source.entity);
    if (problem) outcomes.push({ source, invalid: problem });
    else valid.push(source);
  }

  // Partial: the files given are not the whole catalog, so what they do not
  // contain is not-applicable rather than missing.
  const snapshot = CatalogSnapshot.of(
    valid.map(e => e.entity),
    { complete: false },
  );
  const engine = AlignmentEngine.create({ snapshot });
  const principles = engine.principleStatuses();
  const compile = compileProblems(principles, entities);

  // Every input problem at once, so one CI run shows all there is to fix.
  const duplicates = duplicateProblems(entities);
  const problems = [
    ...duplicates,
    ...(await strategyProblems(entities)),
    ...compile.errors,
  ];
  if (duplicates.length > 0) {
    problems.push(
      `lodestar: ${duplicates.length} ${
        duplicates.length === 1 ? 'entity is' : 'entities are'
      } defined more than once; check fewer paths, or remove the copies`,
    );
  }
  if (problems.length > 0) return fail(problems);
  if (ignored.length > 0) {
    // Policy comes from --strategy only, so a stray fixture or a copy of a
    // principle elsewhere in the repository cannot change what is enforced.
    io.stderr(
      [
        `lodestar: ignoring ${ignored.length} Strategy/Objective/Principle/Campaign entities found outside the --strategy paths:`,
        ...ignored.map(e => `  ${describeLocated(e)}`),
        '',
      ].join('\n'),
    );
  }
  // Resolved before anything is evaluated or written, so a mistyped ref is
  // a usage error rather than an empty, passing report.
  const resolved = options.campaign
    ? resolveCampaign(options.campaign, engine.campaigns, entities)
    : undefined;
  if (resolved && 'problem' in resolved) return fail([resolved.problem]);
  if (compile.warnings.length > 0)
    io.stderr(`${compile.warnings.join('\n')}\n`);

  for (const source of valid) {
    if (engine.evaluates(source.entity)) {
      outcomes.push({
        source,
        alignment: engine.evaluate(source.entity, { now }),
      });
    }
  }

  const limited =
    resolved && 'campaign' in resolved
      ? limitToCampaign(outcomes, resolved.campaign)
      : undefined;
  const report = buildReport({
    failOn: options.failOn ?? (limited ? 'low' : 'high'),
    outcomes: limited?.outcomes ?? outcomes,
    principles,
    entities,
    campaign: limited?.summary,
  });
  io.stdout(formatReport(report, options.format, { isTTY: io.isTTY, env }));
  return report.summary.failing > 0 ? EXIT.failed : EXIT.ok;
}
