// A date, or a date and time with a time zone. A time without a zone is
// refused: the CI machine and the backend may not share a zone, so the
// same text would mean two instants.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True for an ISO 8601 date (`2025-06-01`) or date-time with a time zone
 * (`2025-06-01T12:00:00Z`, `2025-06-01T14:00:00+02:00`) that names a real
 * day and time. `Date.parse` alone would accept February 30th and move it
 * to March.
 */
export function isIsoTimestamp(text: string): boolean {
  const match = ISO_8601.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = match
    .slice(1)
    .map(part => (part === undefined ? 0 : Number(part)));
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    zoneHour <= 23 &&
    zoneMinute <= 59
  );
}
