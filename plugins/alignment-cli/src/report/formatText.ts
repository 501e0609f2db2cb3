import type { CheckStatus } from '@lodestar/backstage-plugin-alignment-common';
import type { Paint, Palette } from './ansi';
import {
  CHECK_STATUSES,
  ReportCampaign,
  ReportCheck,
  ReportEntity,
  ReportLevel,
  Report,
  severityRank,
} from './model';

const STATUS_WORDS: Record<CheckStatus, string> = {
  pass: 'passed',
  fail: 'failed',
  waived: 'waived',
  'not-applicable': 'not applicable',
  error: 'errors',
  'no-data': 'no data',
  upcoming: 'upcoming',
};

/** The statuses listed one by one with their message. */
const LISTED: readonly CheckStatus[] = ['fail', 'error', 'no-data'];

/** How the listed statuses are labelled. */
const STATUS_LABELS: Partial<Record<CheckStatus, string>> = {
  fail: 'FAIL',
  error: 'ERROR',
  'no-data': 'NO DATA',
  upcoming: 'UPCOMING',
};

/**
 * Upcoming checks worth a line of their own: those that will not pass once
 * they count, so that the owner can prepare. The rest are only counted.
 */
function upcomingProblem(check: ReportCheck): boolean {
  return check.status === 'upcoming' && check.statusWhenEffective !== 'pass';
}

/** Width of the label and the severity, not counting the space between them. */
const LABEL_COLUMN = 13;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function indent(text: string, prefix: string): string {
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map(line => (line ? prefix + line : line))
    .join('\n');
}

function levelPaint(level: ReportLevel, palette: Palette): Paint {
  if (level === 'aligned') return palette.green;
  if (level === 'at-risk') return palette.yellow;
  return palette.red;
}

function labelPaint(status: CheckStatus, palette: Palette): Paint {
  if (status === 'fail') return text => palette.red(palette.bold(text));
  if (status === 'error') return text => palette.yellow(palette.bold(text));
  // Neither red nor yellow: nothing is wrong with the entity's files.
  return palette.bold;
}

function formatProblem(check: ReportCheck, palette: Palette): string[] {
  const label = (
    STATUS_LABELS[check.status] ?? check.status.toUpperCase()
  ).padEnd(5);
  // The check ids line up whatever the label, for severities that fit.
  const severity = check.severity.padEnd(LABEL_COLUMN - label.length);
  // An upcoming check's message already says from when it counts.
  const lines = [
    `  ${labelPaint(check.status, palette)(label)} ${severity}  ${palette.bold(
      check.id,
    )}`,
    indent(check.message, '        '),
  ];
  if (check.inheritedFrom) {
    // Says where to fix it: the value comes from the system or domain.
    lines.push(indent(`Inherited from ${check.inheritedFrom}.`, '        '));
  }
  if (
    (check.status === 'fail' ||
      (check.status === 'upcoming' && check.statusWhenEffective === 'fail')) &&
    check.remediation
  ) {
    lines.push(indent(`Fix: ${check.remediation.text}`, '        '));
    if (check.remediation.yaml) {
      lines.push(palette.dim(indent(check.remediation.yaml, '            ')));
    }
  }
  return lines;
}

function formatEntity(entity: ReportEntity, palette: Palette): string {
  const verdict =
    entity.score === null
      ? `${entity.level}, not evaluated`
      : `${entity.level}, score ${entity.score}`;
  const lines = [
    `${palette.bold(entity.entityRef)}  ${palette.dim(
      `${entity.file}:${entity.line}`,
    )}`,
    `  ${levelPaint(entity.level, palette)(verdict)}`,
  ];

  // Failures first, most severe first; then the rules that could not run,
  // then those not run for want of a fact, then the upcoming principles it
  // will not pass. Each keeps the engine's order within a severity.
  const problems = entity.checks
    .filter(c => c.status === 'fail')
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
    .concat(entity.checks.filter(c => c.status === 'error'))
    .concat(entity.checks.filter(c => c.status === 'no-data'))
    .concat(entity.checks.filter(upcomingProblem));
  for (const check of problems) lines.push(...formatProblem(check, palette));

  const counts = CHECK_STATUSES.filter(s => !LISTED.includes(s))
    .map(status => ({
      status,
      count: entity.checks.filter(c => c.status === status).length,
    }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${count} ${STATUS_WORDS[status]}`);
  if (counts.length > 0) lines.push(`  ${counts.join(', ')}`);
  return lines.join('\n');
}

function formatSummary(report: Report, palette: Palette): string {
  const { summary, failOn } = report;
  const levels = [
    `${summary.levels.aligned} aligned`,
    `${summary.levels['at-risk']} at-risk`,
    `${summary.levels.drifting} drifting`,
  ];
  if (summary.levels.invalid > 0)
    levels.push(`${summary.levels.invalid} invalid`);
  const failing = `${plural(
    summary.failing,
    'failing check',
  )} at or above ${failOn}`;
  const parts = [
    `${plural(
      summary.entities,
      'entity checked',
      'entities checked',
    )}: ${levels.join(', ')}`,
    summary.failing > 0 ? palette.red(failing) : palette.green(failing),
  ];
  if (summary.checks.error > 0) {
    parts.push(
      palette.yellow(
        `${plural(summary.checks.error, 'check')} could not run (rule errors)`,
      ),
    );
  }
  const upcomingFailures = report.entities
    .flatMap(e => e.checks)
    .filter(
      c => c.status === 'upcoming' && c.statusWhenEffective === 'fail',
    ).length;
  if (upcomingFailures > 0) {
    parts.push(
      palette.yellow(
        `${plural(
          upcomingFailures,
          'upcoming check',
        )} will fail once in effect (not counted yet)`,
      ),
    );
  }
  const noData = summary.checks['no-data'];
  if (noData > 0) {
    parts.push(
      `${plural(
        noData,
        'check',
      )} not run for want of data (missing or stale facts)`,
    );
  }
  return parts.join('; ');
}

function formatCampaign(campaign: ReportCampaign, palette: Palette): string {
  const { counts } = campaign;
  const inScope = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const states = (Object.keys(counts) as (keyof typeof counts)[])
    .filter(state => counts[state] > 0 || state === 'done')
    .map(state => `${counts[state]} ${state}`);
  return [
    `${palette.bold(`Campaign ${campaign.ref}`)}  ${campaign.title}`,
    `  ${campaign.status}, ${campaign.startsAt} to ${
      campaign.deadline
    }; checks ${campaign.checks.join(', ')}`,
    `  ${plural(inScope, 'entity', 'entities')} in scope: ${states.join(', ')}`,
  ].join('\n');
}

/**
 * The human-readable report: one block per entity (ref, file:line, level and
 * score), its failures with severity and fix, its rule errors and no-data
 * checks with their message, the upcoming principles it will not pass, a
 * count of the rest, and a closing summary line that counts errors, no-data
 * and upcoming failures apart from passes and failures. A `--campaign` run
 * opens with the campaign and where its scope stands.
 */
export function formatText(report: Report, palette: Palette): string {
  const blocks = report.entities.map(e => formatEntity(e, palette));
  if (report.campaign) blocks.unshift(formatCampaign(report.campaign, palette));
  blocks.push(formatSummary(report, palette));
  return `${blocks.join('\n\n')}\n`;
}
