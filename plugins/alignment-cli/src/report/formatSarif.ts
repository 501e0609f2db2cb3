import type { Severity } from '@lodestar/backstage-plugin-alignment-common';
import type { Report, ReportCheck, ReportEntity } from './model';

/** SARIF result levels, as GitHub code scanning shows them. */
type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL_OF_SEVERITY: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

function levelOf(severity: Severity): SarifLevel {
  return LEVEL_OF_SEVERITY[severity] ?? 'warning';
}

// SARIF wants a URI: a relative path with its segments escaped is a
// relative reference, which GitHub resolves against the repository root; a
// file outside the working directory gets a file: URI.
function uriOf(file: string): string {
  const encoded = file
    .split('/')
    .map(segment => encodeURIComponent(segment))
    .join('/');
  if (file.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(file))
    return `file:///${file.slice(0, 2)}${encoded.slice(4)}`;
  return encoded;
}

function location(entity: ReportEntity) {
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(entity.file) },
      region: { startLine: entity.line },
    },
  };
}

function messageOf(entity: ReportEntity, check: ReportCheck): string {
  const parts = [`${entity.entityRef}: ${check.message}`];
  if (check.inheritedFrom) parts.push(`Inherited from ${check.inheritedFrom}.`);
  if (check.remediation) {
    parts.push(`Fix: ${check.remediation.text}`);
    if (check.remediation.yaml)
      parts.push(check.remediation.yaml.replace(/\n+$/, ''));
  }
  return parts.join('\n\n');
}

function rule(check: ReportCheck) {
  return {
    id: check.id,
    shortDescription: { text: check.title },
    ...(check.rationale ? { help: { text: check.rationale } } : {}),
    defaultConfiguration: { level: levelOf(check.severity) },
    properties: { tags: ['lodestar', check.pillar], severity: check.severity },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning. Every check id seen becomes a rule;
 * every failure becomes a result at the entity's file and line, with the
 * level taken from its severity (critical and high: error, medium: warning,
 * low: note). A rule that could not run on an entity (`error`) is a fault
 * of the policy, not of the file, so it is a tool execution notification
 * rather than an alert on the entity. A rule not run for want of a fact
 * (`no-data`) is a notification too, of level `note`: a result of level
 * `note` would still be a failure (SARIF results are `kind: fail` unless
 * their level is `none`), and a missing fact is not a fault of the file.
 * An `upcoming` principle the entity will fail once in effect is a `note`
 * notification for the same reason: it must not open a code scanning alert
 * (nor block a pull request) before it counts, yet the owner should see it
 * coming. Upcoming checks that will pass are omitted, like passes.
 */
export function formatSarif(report: Report): string {
  const rules = new Map<string, ReportCheck>();
  for (const check of report.entities.flatMap(e => e.checks)) {
    if (!rules.has(check.id)) rules.set(check.id, check);
  }
  // Code-unit order, the same on every machine whatever its locale.
  const ruleIds = [...rules.keys()].sort();
  const indexOf = new Map(ruleIds.map((id, index) => [id, index]));

  const results = [];
  const notifications = [];
  for (const entity of report.entities) {
    for (const check of entity.checks) {
      if (check.status === 'fail') {
        results.push({
          ruleId: check.id,
          ruleIndex: indexOf.get(check.id),
          level: levelOf(check.severity),
          message: { text: messageOf(entity, check) },
          locations: [location(entity)],
        });
      } else if (
        check.status === 'error' ||
        check.status === 'no-data' ||
        (check.status === 'upcoming' && check.statusWhenEffective === 'fail')
      ) {
        notifications.push({
          level: check.status === 'error' ? 'error' : 'note',
          // An upcoming check's message says from when it counts.
          message: { text: `${entity.entityRef}: ${check.message}` },
          locations: [location(entity)],
          associatedRule: { id: check.id, index: indexOf.get(check.id) },
        });
      }
    }
  }

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lodestar',
            informationUri: 'https://github.com/lodestar-dev/lodestar',
            rules: ruleIds.map(id => rule(rules.get(id)!)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length > 0
              ? { toolExecutionNotifications: notifications }
              : {}),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
