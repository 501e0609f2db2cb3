import type { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who is asking, as far as a permission decision can tell: the principal
 * and the expiry of its token. Backstage user tokens carry their ownership
 * claims until they expire, so requests with the same key get the same
 * decisions.
 */
export function callerKey(credentials: BackstageCredentials): string {
  return JSON.stringify([credentials.principal, credentials.expiresAt]);
}

/**
 * How long a permission decision about a caller is reused: whether they
 * may read `catalog.entity.read` at all (and under which conditions), and
 * whether they may see one entity. Within this window a revoked permission,
 * or an entity whose owner changed, still shows as it was decided.
 */
export const DECISION_TTL_MS = 5_000;
