// C0 and C1 control characters (ESC starts every terminal escape sequence)
// and the Unicode bidirectional overrides, which can make a terminal show
// text in another order than it is stored.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from the catalog (entity refs, owners, rule messages), made safe to
 * print: it is written by whoever edits a catalog file, so it must not be
 * able to move the cursor, recolour or rewrite the user's terminal. Control
 * characters become `?`; line breaks and tabs become spaces.
 */
export function plainLine(text: string): string {
  return String(text)
    .replace(/[\t\r\n]/g, ' ')
    .replace(UNSAFE, '?');
}

/** Like {@link plainLine}, but keeps line breaks, for multi-line messages. */
export function plainLines(text: string): string[] {
  return String(text)
    .split(/\r\n|\r|\n/)
    .map(line => plainLine(line));
}
