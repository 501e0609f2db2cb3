/**
 * A recorded decision to accept a failing check for a while. Until it
 * expires, the check reports `waived` instead of `fail`.
 * @public
 */
export interface Waiver {
  entityRef: string;
  checkId: string;
  /** ISO date or timestamp; the waiver stops applying at this instant. */
  expiresAt: string;
  reason?: string;
  createdBy?: string;
}

/** True while the waiver applies. @public */
export function isWaiverActive(waiver: Waiver, now: Date): boolean {
  const expiry = Date.parse(waiver.expiresAt);
  return Number.isFinite(expiry) && expiry > now.getTime();
}
