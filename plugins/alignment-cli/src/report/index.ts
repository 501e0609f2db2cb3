import { createPalette } from './ansi';
import { formatJson } from './formatJson';
import { formatJunit } from './formatJunit';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import type { Report } from './model';

export { buildReport } from './buildReport';
export type { EntityOutcome, ReportInput } from './buildReport';
export type { Report } from './model';

/** Output formats of `lodestar check`. */
export const OUTPUT_FORMATS = ['text', 'json', 'junit', 'sarif'] as const;

/** @see OUTPUT_FORMATS */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Renders a report in one of the output formats. */
export function formatReport(
  report: Report,
  format: OutputFormat,
  terminal: { isTTY: boolean; env: Record<string, string | undefined> },
): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'junit':
      return formatJunit(report);
    case 'sarif':
      return formatSarif(report);
    default:
      return formatText(report, createPalette(terminal));
  }
}
