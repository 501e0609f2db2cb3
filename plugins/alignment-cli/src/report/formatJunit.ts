import type { CheckStatus } from '@lodestar/backstage-plugin-alignment-common';
import type { Report, ReportCheck, ReportEntity } from './model';
import { xmlAttributes, xmlText } from './xml';

/**
 * Checks that did not pass or fail: accepted, not judged, not run for want
 * of data, or not in effect yet (a CI test report shows a skipped test
 * without turning the build red, which is what an upcoming principle is).
 */
const SKIPPED: CheckStatus[] = [
  'waived',
  'not-applicable',
  'no-data',
  'upcoming',
];

function remediationBody(check: ReportCheck): string {
  if (!check.remediation) return '';
  const { text, yaml } = check.remediation;
  return yaml ? `Fix: ${text}\n\n${yaml}` : `Fix: ${text}`;
}

function testcase(entity: ReportEntity, check: ReportCheck): string {
  const open = `    <testcase${xmlAttributes({
    name: check.id,
    classname: entity.entityRef,
    file: entity.file,
    line: entity.line,
  })}`;
  switch (check.status) {
    case 'fail': {
      const attributes = xmlAttributes({
        message: check.message,
        type: check.severity,
      });
      const body = remediationBody(check);
      const failure = body
        ? `<failure${attributes}>${xmlText(body)}</failure>`
        : `<failure${attributes}/>`;
      return `${open}>\n      ${failure}\n    </testcase>`;
    }
    case 'error':
      return `${open}>\n      <error${xmlAttributes({
        message: check.message,
        type: check.severity,
      })}/>\n    </testcase>`;
    case 'waived':
    case 'not-applicable':
    case 'no-data':
    case 'upcoming':
      return `${open}>\n      <skipped${xmlAttributes({
        message: `${check.status}: ${check.message}`,
      })}/>\n    </testcase>`;
    default:
      return `${open}/>`;
  }
}

function count(checks: ReportCheck[], ...statuses: CheckStatus[]): number {
  return checks.filter(c => statuses.includes(c.status)).length;
}

function testsuite(entity: ReportEntity): string {
  const { checks } = entity;
  const properties = [
    ['level', entity.level],
    ['score', entity.score === null ? '' : String(entity.score)],
    ['owner', entity.owner ?? ''],
  ]
    .map(
      ([name, value]) => `      <property${xmlAttributes({ name, value })}/>`,
    )
    .join('\n');
  return [
    `  <testsuite${xmlAttributes({
      name: entity.entityRef,
      tests: checks.length,
      failures: count(checks, 'fail'),
      errors: count(checks, 'error'),
      skipped: count(checks, ...SKIPPED),
      file: entity.file,
    })}>`,
    `    <properties>\n${properties}\n    </properties>`,
    ...checks.map(check => testcase(entity, check)),
    '  </testsuite>',
  ].join('\n');
}

/**
 * JUnit XML for CI test reports: one `<testsuite>` per entity, one
 * `<testcase>` per check (name = check id, classname = entity ref). `fail`
 * becomes `<failure>` typed by severity with the fix in its body, `error`
 * becomes `<error>`, and `waived`, `not-applicable`, `no-data` and
 * `upcoming` become `<skipped>`, their message prefixed with the status (an
 * upcoming check's message says from when it counts and how it fares).
 */
export function formatJunit(report: Report): string {
  const all = report.entities.flatMap(e => e.checks);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${xmlAttributes({
      name: 'lodestar check',
      tests: all.length,
      failures: count(all, 'fail'),
      errors: count(all, 'error'),
      skipped: count(all, ...SKIPPED),
    })}>`,
    ...report.entities.map(testsuite),
    '</testsuites>',
    '',
  ].join('\n');
}
