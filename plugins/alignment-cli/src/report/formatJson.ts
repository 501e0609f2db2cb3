import type { Report } from './model';

/** Version of the JSON document; raised when a field changes meaning or goes away. */
export const JSON_REPORT_VERSION = 1;

/**
 * The machine-readable report: `{ version, failOn, summary, principles,
 * entities }`, plus `campaign` in a `--campaign` run. Every other field is
 * always present (`owner` and `score` are null when unknown), so consumers
 * need no existence checks; optional check fields (`rationale`,
 * `remediation`, `inheritedFrom`, and `effectiveFrom` and
 * `statusWhenEffective` on an `upcoming` check) are omitted when empty.
 */
export function formatJson(report: Report): string {
  const document = {
    version: JSON_REPORT_VERSION,
    failOn: report.failOn,
    // Only in a --campaign run, so that other runs' output is unchanged.
    ...(report.campaign && { campaign: report.campaign }),
    summary: report.summary,
    principles: report.principles.map(p => ({
      ref: p.ref,
      name: p.name,
      title: p.title,
      severity: p.severity,
      active: p.active,
      compiled: p.compiled,
      error: p.error ?? null,
      file: p.file ?? null,
      line: p.line ?? null,
    })),
    entities: report.entities.map(e => ({
      entityRef: e.entityRef,
      kind: e.kind,
      file: e.file,
      line: e.line,
      score: e.score,
      level: e.level,
      owner: e.owner ?? null,
      checks: e.checks,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
