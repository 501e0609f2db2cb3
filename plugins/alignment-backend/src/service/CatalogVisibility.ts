import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { BatchLoader } from './BatchLoader';

/**
 * Who is asking, as far as the catalog's permission decision can tell: the
 * principal and the expiry of its token. Requests with the same key carry
 * the same identity and ownership claims, so one may ask for all of them.
 */
function callerKey(credentials: BackstageCredentials): string {
  return JSON.stringify([credentials.principal, credentials.expiresAt]);
}

/**
 * Whether a caller may see entities, answered by the catalog, which applies
 * `catalog.entity.read` for the caller. Nothing is cached.
 *
 * A catalog request costs a token, an HTTP round trip and a permission
 * decision: more than the rest of a scorecard. So the questions one caller
 * asks during one turn of the event loop (a page's card and tab at once, a
 * dashboard's many scorecards) go to the catalog as one request.
 */
export class CatalogVisibility {
  private readonly loader: BatchLoader<boolean, BackstageCredentials>;

  constructor(catalog: CatalogService) {
    this.loader = new BatchLoader(async (entityRefs, credentials) => {
      const { items } = await catalog.getEntitiesByRefs(
        // The entity itself is not needed, only whether it comes back.
        { entityRefs, fields: ['kind', 'metadata.name'] },
        { credentials },
      );
      return items.map(Boolean);
    });
  }

  /** Whether the catalog shows `entityRef` (normalized) to the caller. */
  canSee(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    return this.loader.load(entityRef, credentials, callerKey(credentials));
  }
}
