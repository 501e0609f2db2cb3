/** Waivers as the alignment backend's `/waivers` routes take and return them. */

/** A waiver as the API returns it. @public */
export interface WaiverResponse {
  /** UUID of the waiver, as `DELETE /waivers/:id` takes it. */
  id: string;
  /** Canonical lowercase ref of the entity whose check is waived. */
  entityRef: string;
  /** Id of the waived check, e.g. `ownership.on-call` or `principle:default/docs-as-code`. */
  checkId: string;
  /** Why the failure is accepted. */
  reason: string;
  /** ISO timestamp at which the waiver stops applying. */
  expiresAt: string;
  /** Who created it: the user's entity ref, or the calling service's subject. */
  createdBy: string;
  /** ISO timestamp of the creation. */
  createdAt: string;
}

/** Body of `POST /waivers`. @public */
export interface CreateWaiverRequest {
  /** Entity ref with its kind, e.g. `component:payments-api`; namespace defaults to `default`. */
  entityRef: string;
  /** The check to waive: `ownership.<check>`, `intent.<check>` or `principle:<namespace>/<name>`. */
  checkId: string;
  /** Why the failure is accepted, 1 to 2000 characters. */
  reason: string;
  /** Future ISO date or timestamp, at most `lodestar.waivers.maxDays` (default 180) days ahead. */
  expiresAt: string;
}
