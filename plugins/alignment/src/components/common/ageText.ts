const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long ago a value was observed, in whole days: `today`, `1 day ago`,
 * `12 days ago`. A time slightly ahead of the browser's clock (a source
 * with a fast clock) reads as today rather than in the future.
 */
export function daysAgoText(isoTime: string, now: number = Date.now()): string {
  const time = Date.parse(isoTime);
  if (Number.isNaN(time)) return 'at an unknown time';
  const days = Math.floor((now - time) / DAY_MS);
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}
