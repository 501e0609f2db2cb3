import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { callerKey, DECISION_TTL_MS } from './access/callerKey';
import { ExpiringCache } from './access/ExpiringCache';
import { BatchLoader } from './BatchLoader';

// Answers kept at once: a busy dashboard's worth for many callers.
const MAX_ANSWERS = 50_000;

/**
 * Whether a caller may see entities, answered by the catalog, which applies
 * `catalog.entity.read` for the caller.
 *
 * A catalog request costs a token, an HTTP round trip and a permission
 * decision: more than the rest of a scorecard. So the questions one caller
 * asks during one turn of the event loop (a page's card and tab at once, a
 * dashboard's many scorecards) go to the catalog as one request, and each
 * answer is reused for {@link DECISION_TTL_MS} for the same caller and
 * entity.
 */
export class CatalogVisibility {
  private readonly loader: BatchLoader<boolean, BackstageCredentials>;
  private readonly answers: ExpiringCache<boolean>;

  constructor(
    catalog: CatalogService,
    options: { ttlMs?: number; now?: () => number } = {},
  ) {
    this.answers = new ExpiringCache({
      ttlMs: options.ttlMs ?? DECISION_TTL_MS,
      maxEntries: MAX_ANSWERS,
      now: options.now,
    });
    this.loader = new BatchLoader(async (entityRefs, credentials) => {
      const { items } = await catalog.getEntitiesByRefs(
        // The entity itself is not needed, only whether it comes back.
        { entityRefs, fields: ['kind', 'metadata.name'] },
        { credentials },
      );
      return items.map(Boolean);
    });
  }

  /**
   * Whether the catalog shows `entityRef` (normalized) to the caller.
   * `fresh` asks the catalog again, not within the window: writes are
   * decided on the caller's current permissions.
   */
  canSee(
    entityRef: string,
    credentials: BackstageCredentials,
    options: { fresh?: boolean } = {},
  ): Promise<boolean> {
    const caller = callerKey(credentials);
    const ask = () => this.loader.load(entityRef, credentials, caller);
    return options.fresh
      ? ask()
      : this.answers.get(`${caller}\u0000${entityRef}`, ask);
  }
}
