import type { WaiverResponse } from '@lodestar/backstage-plugin-alignment-common';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Soonest expiry first; the backend sends them so, this keeps it true. */
export function soonestFirst(waivers: WaiverResponse[]): WaiverResponse[] {
  return [...waivers].sort(
    (a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt),
  );
}

/** "expires today", "expires in 1 day", "expires in 12 days". */
export function expiresInText(expiresAt: string, now = Date.now()): string {
  const days = Math.ceil((Date.parse(expiresAt) - now) / DAY_MS);
  if (Number.isNaN(days)) return `expires ${expiresAt}`;
  if (days <= 0) return 'expires today';
  return `expires in ${days} day${days === 1 ? '' : 's'}`;
}

/** "1 expiring within 14 days", "None expiring within 14 days". */
export function expiringSoonText(count: number): string {
  return `${count === 0 ? 'None' : count} expiring within 14 days`;
}

/** "No waiver expires within 14 days", "2 waivers expire within 14 days". */
export function waiversExpiringText(count: number): string {
  if (count === 0) return 'No waiver expires within 14 days';
  if (count === 1) return '1 waiver expires within 14 days';
  return `${count} waivers expire within 14 days`;
}
