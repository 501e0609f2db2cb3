import type { FactValue } from '@lodestar/backstage-plugin-alignment-common';

/** What a fact key must look like: rules read it as `facts.<key>`. */
export const FACT_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

// Plain decimal notation only: `Number()` alone would also read `0x10`,
// `0b1` and whitespace-only text as numbers, which no CI variable means.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads the value of `--fact key=value`: a finite decimal number becomes a
 * number, `true` and `false` booleans, anything else stays a string.
 */
export function parseFactValue(text: string): FactValue {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (DECIMAL.test(text)) {
    const number = Number(text);
    if (Number.isFinite(number)) return number;
  }
  return text;
}

/** True for the values a fact may hold: a finite number, a boolean or a string. */
export function isFactValue(value: unknown): value is FactValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** Why a key is unusable, or undefined when it is fine. */
export function factKeyProblem(key: string): string | undefined {
  return FACT_KEY_PATTERN.test(key)
    ? undefined
    : `"${key}" is not a fact key: it must start with a letter and hold only letters, digits and _`;
}
