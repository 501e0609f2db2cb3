import type { CheckStatus } from '@lodestar/backstage-plugin-alignment-common';
import type { Paint, Palette } from './ansi';
import {
  CHECK_STATUSES,
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
};

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

function formatProblem(check: ReportCheck, palette: Palette): string[] {
  const label =
    check.status === 'fail'
      ? palette.red(palette.bold('FAIL '))
      : palette.yellow(palette.bold('ERROR'));
  const lines = [
    `  ${label} ${check.severity.padEnd(8)}  ${palette.bold(check.id)}`,
    indent(check.message, '        '),
  ];
  if (check.inheritedFrom) {
    // Says where to fix it: the value comes from the system or domain.
    lines.push(indent(`Inherited from ${check.inheritedFrom}.`, '        '));
  }
  if (check.status === 'fail' && check.remediation) {
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

  // Failures first, most severe first; then the rules that could not run.
  // Both keep the engine's order within a severity.
  const problems = entity.checks
    .filter(c => c.status === 'fail')
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
    .concat(entity.checks.filter(c => c.status === 'error'));
  for (const check of problems) lines.push(...formatProblem(check, palette));

  const counts = CHECK_STATUSES.filter(s => s !== 'fail' && s !== 'error')
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
  return parts.join('; ');
}

/**
 * The human-readable report: one block per entity (ref, file:line, level and
 * score), its failures with severity and fix, a count of the rest, and a
 * closing summary line.
 */
export function formatText(report: Report, palette: Palette): string {
  const blocks = report.entities.map(e => formatEntity(e, palette));
  blocks.push(formatSummary(report, palette));
  return `${blocks.join('\n\n')}\n`;
}
