import type { MeasureProgress } from '@lodestar/backstage-plugin-alignment-common';
import { withUnit } from '../common/formatQuantity';

function decimalsOf(value: number): number {
  const written = String(value);
  if (written.includes('e')) return 4;
  return written.split('.')[1]?.length ?? 0;
}

/**
 * Formats one measure's numbers with one decimal more than its target and
 * baseline are written with (at most 4): `9.1` against a target of `12`,
 * `99.934` against `99.95`, so a value just short of its target does not
 * round up to it. Thousands are grouped.
 */
export function measureFormatter(
  measure: MeasureProgress,
): (value: number) => string {
  const decimals = Math.min(
    4,
    Math.max(
      measure.target === undefined ? 0 : decimalsOf(measure.target),
      measure.baseline ? decimalsOf(measure.baseline.value) : 0,
    ) + 1,
  );
  const format = new Intl.NumberFormat('en-US', {
    maximumFractionDigits: decimals,
  });
  return value => {
    // `|| 0` turns -0 (a tiny negative rounded away) into 0, not "-0".
    const rounded = Number(value.toFixed(decimals)) || 0;
    return withUnit(format.format(rounded), measure.unit);
  };
}

/**
 * The target in words: `target at least 120 customers by 2027-06-30`; the
 * bound follows the direction the measure should move in.
 */
export function targetSentence(measure: MeasureProgress): string | undefined {
  if (measure.target === undefined) return undefined;
  const bound = { increase: 'at least ', decrease: 'at most ' };
  const direction = measure.direction ? bound[measure.direction] : '';
  const by = measure.by ? ` by ${measure.by}` : '';
  return `target ${direction}${measureFormatter(measure)(measure.target)}${by}`;
}
