/** One observation with its time parsed, as the projection reads it. */
export interface TimedValue {
  value: number;
  /** Milliseconds since the epoch. */
  at: number;
}

/** The last value of one UTC day. */
export interface DailyValue extends TimedValue {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
}

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The UTC day of a time, YYYY-MM-DD. */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * The last value of each UTC day, oldest first, from values sorted by time:
 * a later value of the same day (a correction, or a second source) replaces
 * the earlier one, so no day weighs more than another.
 */
export function lastValuePerDay(sorted: readonly TimedValue[]): DailyValue[] {
  const days: DailyValue[] = [];
  for (const { value, at } of sorted) {
    const day = utcDay(at);
    const last = days[days.length - 1];
    if (last?.day === day) {
      days[days.length - 1] = { day, value, at };
    } else {
      days.push({ day, value, at });
    }
  }
  return days;
}
