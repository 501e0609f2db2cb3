import type { MeasureCadence } from '@lodestar/backstage-plugin-alignment-common';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The UTC day of a time, `YYYY-MM-DD`. */
export function utcDay(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Midnight UTC at the start of a `YYYY-MM-DD` day, in milliseconds. */
export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

/**
 * The timestamp an observation of a day carries: the start of the day, so
 * that today's is never in the future, whatever the hour the demo starts.
 */
export function observedAtOf(day: string): string {
  return new Date(dayStartMs(day)).toISOString();
}

/** The `count` UTC days ending with the day of `today`, oldest first. */
export function daysEndingOn(today: Date, count: number): string[] {
  const last = dayStartMs(utcDay(today));
  return Array.from({ length: count }, (_, i) =>
    utcDay(last - (count - 1 - i) * DAY_MS),
  );
}

/** Whether a day opens a period of the cadence: a month or a quarter. */
function opensPeriod(day: string, cadence: 'monthly' | 'quarterly'): boolean {
  const [, month, date] = day.split('-').map(Number);
  if (date !== 1) return false;
  return cadence === 'monthly' || (month - 1) % 3 === 0;
}

/**
 * The days of `days` on which a measure of the cadence gets a value: every
 * day for daily and weekly measures (and those without a cadence); for
 * monthly and quarterly ones the first day of each month or quarter, plus
 * the last day, so the latest value is never older than its cadence allows.
 */
export function reportingDays(
  days: readonly string[],
  cadence: MeasureCadence | undefined,
): string[] {
  if (cadence !== 'monthly' && cadence !== 'quarterly') return [...days];
  const last = days[days.length - 1];
  const picked = days.filter(day => opensPeriod(day, cadence));
  return picked[picked.length - 1] === last ? picked : [...picked, last];
}
