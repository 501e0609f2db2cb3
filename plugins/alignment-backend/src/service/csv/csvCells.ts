/*
 * CSV for spreadsheets, from untrusted entity text. Every text cell is
 * quoted, so a comma, semicolon (the separator in many locales), quote or
 * line break inside it stays inside it; a text cell that a spreadsheet would
 * read as a formula (=, +, -, @, tab, carriage return, or their full-width
 * forms) is prefixed with an apostrophe, as OWASP recommends. Numbers and
 * booleans are written bare, so they stay numbers, negative ones included.
 */

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A quoted text cell, neutralised if a spreadsheet would run it. */
export function csvText(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One cell: numbers and booleans bare, absent values empty, text quoted. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return csvText(value.map(String).join(' '));
  return csvText(String(value));
}

/** One CSV line of the given cells, with the CRLF ending RFC 4180 names. */
export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
