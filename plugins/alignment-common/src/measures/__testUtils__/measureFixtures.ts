/** Shared measures and observations of the measureProgress tests. */
import type { TypedMeasure } from '../types';

export const NOW = new Date('2026-11-21T00:00:00Z');
const DAY = 86_400_000;

export const arr: TypedMeasure = {
  id: 'midmarket-arr',
  title: 'US mid-market ARR',
  unit: 'USD millions',
  direction: 'increase',
  target: 12,
  by: '2027-06-30',
  baseline: { value: 4, date: '2026-03-01' },
  cadence: 'monthly',
};

export const salesCycle: TypedMeasure = {
  id: 'midmarket-sales-cycle',
  title: 'Median sales cycle',
  unit: 'days',
  direction: 'decrease',
  target: 45,
  by: '2027-06-30',
  baseline: { value: 78, date: '2026-03-01' },
  cadence: 'monthly',
};

/** An observation `daysAgo` days before NOW (negative: after it). */
export function at(daysAgo: number, value: number, source = 'crm') {
  return {
    value,
    observedAt: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
    source,
  };
}

/** Three monthly values ending at `last` now, rising by `perDay`. */
export function series(last: number, perDay: number) {
  return [60, 30, 0].map(d => at(d, last - perDay * d));
}
