import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { refOf } from '@lodestar/backstage-plugin-alignment-common';
import { callerKey, DECISION_TTL_MS } from './callerKey';
import { ExpiringCache } from './ExpiringCache';
import { ALL_ENTITIES, NO_ENTITIES, ReadScope } from './ReadScope';

/**
 * How long the set of entities a conditional decision lets a caller see is
 * kept. Backstage user tokens carry their ownership claims until they
 * expire, so within this window a caller sees what their conditions allowed
 * when the set was read: an entity whose owner changes in the catalog
 * appears or disappears at most this much later.
 */
export const VISIBLE_SET_TTL_MS = 10_000;

// Distinct conditions (roughly: distinct sets of ownership claims) kept at once.
const MAX_CACHED_SETS = 1000;
// Callers whose decision is kept at once.
const MAX_CACHED_DECISIONS = 10_000;

/**
 * Resolves each request's {@link ReadScope} from one conditional decision on
 * `catalog.entity.read`:
 *
 * - ALLOW: every entity, and the caller shares the cached answers;
 * - DENY: none;
 * - CONDITIONAL: the entities the catalog itself returns to the caller. The
 *   catalog applies the conditions (its own rules and any an adopter added),
 *   so Lodestar never re-implements them. The set is cached per distinct
 *   conditions for {@link VISIBLE_SET_TTL_MS}: two callers with the same
 *   conditions see the same entities by definition.
 *
 * The decision itself is reused per caller for {@link DECISION_TTL_MS}.
 */
export class CatalogReadScopes {
  private readonly visibleSets: ExpiringCache<{
    refs: ReadonlySet<string>;
    key: string;
  }>;
  private readonly decisions: ExpiringCache<PolicyDecision>;
  // Each set read gets its own key, so answers cached for an older set of
  // the same conditions are never served for a newer one.
  private setsRead = 0;

  constructor(
    private readonly permissions: PermissionsService,
    private readonly catalog: CatalogService,
    options: {
      ttlMs?: number;
      decisionTtlMs?: number;
      now?: () => number;
    } = {},
  ) {
    this.visibleSets = new ExpiringCache({
      ttlMs: options.ttlMs ?? VISIBLE_SET_TTL_MS,
      maxEntries: MAX_CACHED_SETS,
      now: options.now,
    });
    this.decisions = new ExpiringCache({
      ttlMs: options.decisionTtlMs ?? DECISION_TTL_MS,
      maxEntries: MAX_CACHED_DECISIONS,
      now: options.now,
    });
  }

  /**
   * The entities the caller may read. `fresh` asks the permission framework
   * again, not within the decision window: writes are decided on the
   * caller's current permissions.
   */
  async forCaller(
    credentials: BackstageCredentials,
    options: { fresh?: boolean } = {},
  ): Promise<ReadScope> {
    const decide = async () =>
      (
        await this.permissions.authorizeConditional(
          [{ permission: catalogEntityReadPermission }],
          { credentials },
        )
      )[0];
    const decision = options.fresh
      ? await decide()
      : await this.decisions.get(callerKey(credentials), decide);
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return decision.result === AuthorizeResult.ALLOW
        ? ALL_ENTITIES
        : NO_ENTITIES;
    }
    const { refs, key } = await this.visibleSets.get(
      JSON.stringify(decision.conditions),
      async () => ({
        refs: await this.visibleRefs(credentials),
        key: `set-${++this.setsRead}`,
      }),
    );
    return { kind: 'some', refs, key };
  }

  /**
   * Every entity the catalog returns to the caller, as normalized refs. One
   * request, with only the fields a ref needs: the catalog pages a filtered
   * query in time that grows with the catalog, so one answer is cheaper
   * than many pages.
   */
  private async visibleRefs(
    credentials: BackstageCredentials,
  ): Promise<ReadonlySet<string>> {
    const { items } = await this.catalog.getEntities(
      { fields: ['kind', 'metadata.namespace', 'metadata.name'] },
      { credentials },
    );
    return new Set(items.map(refOf));
  }
}
