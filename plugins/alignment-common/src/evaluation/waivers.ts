import type { CheckResult } from '../model/results';

/**
 * A recorded decision to accept a failing check for a while. Until it
 * expires, the check reports `waived` instead of `fail`.
 * @public
 */
export interface Waiver {
  /**
   * Ref of the waived entity; the engine does not compare it, so pass only that
   * entity's waivers.
   */
  entityRef: string;
  /** Id of the waived check, e.g. `ownership.on-call` or `principle:default/docs-as-code`. */
  checkId: string;
  /** ISO date or timestamp; the waiver stops applying at this instant. */
  expiresAt: string;
  /** Why the failure is accepted; added to the waived check's message. */
  reason?: string;
  /** Who recorded the waiver, e.g. a user's entity ref; the engine does not use it. */
  createdBy?: string;
}

/** True while the waiver applies. @public */
export function isWaiverActive(waiver: Waiver, now: Date): boolean {
  const expiry = Date.parse(waiver.expiresAt);
  return Number.isFinite(expiry) && expiry > now.getTime();
}

/**
 * Turns the failing checks an active waiver covers into `waived`, naming
 * the waiver's expiry and reason in the message.
 */
export function applyWaivers(
  groups: readonly CheckResult[][],
  waivers: Waiver[] | undefined,
  now: Date,
): void {
  if (!waivers?.length) return;
  for (const checks of groups) {
    for (const check of checks) {
      if (check.status !== 'fail') continue;
      const waiver = waivers.find(
        w => w.checkId === check.id && isWaiverActive(w, now),
      );
      if (waiver) {
        check.status = 'waived';
        check.message = `${check.message} Waived until ${waiver.expiresAt.slice(
          0,
          10,
        )}${waiver.reason ? `: ${waiver.reason}` : ''}.`;
      }
    }
  }
}
