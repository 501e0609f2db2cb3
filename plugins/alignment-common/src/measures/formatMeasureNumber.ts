import type { TypedMeasure } from './types';

function decimalsOf(value: number): number {
  const written = String(value);
  if (written.includes('e')) return 4;
  return written.split('.')[1]?.length ?? 0;
}

/**
 * Formats the numbers of one measure's sentences: one decimal more than its
 * target and baseline are written with (at most 4), so `9.1` against a
 * target of `12` and `99.934` against `99.95`; thousands are grouped.
 */
export function measureNumberFormat(
  measure: TypedMeasure,
): (value: number) => string {
  const decimals = Math.min(
    4,
    Math.max(
      decimalsOf(measure.target),
      measure.baseline ? decimalsOf(measure.baseline.value) : 0,
    ) + 1,
  );
  const format = new Intl.NumberFormat('en-US', {
    maximumFractionDigits: decimals,
  });
  return value => {
    // `|| 0` turns -0 (a tiny negative rounded away) into 0, not "-0".
    const rounded = Number(value.toFixed(decimals)) || 0;
    return format.format(rounded);
  };
}

/** A formatted number with the measure's unit: `9.1 USD`, `99.9%`. */
export function withUnit(formatted: string, unit: string): string {
  return unit === '%' ? `${formatted}%` : `${formatted} ${unit}`;
}
