/** Wraps text in an ANSI style, or returns it unchanged when colour is off. */
export type Paint = (text: string) => string;

/** The styles the text format uses. */
export interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
}

// Plain SGR escape codes: every terminal CI systems emulate understands
// them, and a colour library would be a dependency for five functions.
const style =
  (open: number, close: number): Paint =>
  text =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const identity: Paint = text => text;

/**
 * The palette for the run: colour only when writing to a terminal and
 * `NO_COLOR` is unset or empty (https://no-color.org).
 */
export function createPalette(options: {
  isTTY: boolean;
  env: Record<string, string | undefined>;
}): Palette {
  const color = options.isTTY && !options.env.NO_COLOR;
  if (!color) {
    return {
      bold: identity,
      dim: identity,
      red: identity,
      yellow: identity,
      green: identity,
    };
  }
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
  };
}
