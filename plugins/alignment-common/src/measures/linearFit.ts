import type { TimedValue } from './dailyValues';
import { DAY_MS } from './dailyValues';

/**
 * The value at `at` of the least-squares line through `points`, or
 * undefined when the points do not span two distinct times (no slope).
 * Times are taken in days from `at`, which keeps the sums small enough for
 * floating point over any realistic span.
 */
export function projectLinearFit(
  points: readonly TimedValue[],
  at: number,
): number | undefined {
  if (points.length < 2) return undefined;
  const xs = points.map(p => (p.at - at) / DAY_MS);
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = points.reduce((sum, p) => sum + p.value, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  points.forEach((p, i) => {
    covariance += (xs[i] - meanX) * (p.value - meanY);
    variance += (xs[i] - meanX) ** 2;
  });
  if (variance === 0) return undefined;
  const slope = covariance / variance;
  // x is 0 at `at`, so the projection is the line's value there.
  return meanY - slope * meanX;
}
