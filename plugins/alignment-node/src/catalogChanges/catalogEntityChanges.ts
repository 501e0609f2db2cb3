/**
 * Events topic on which Lodestar's catalog module announces that the
 * catalog has processed a new or changed entity, so the alignment backend
 * re-evaluates what it affects within seconds instead of at the next full
 * run.
 * @public
 */
export const CATALOG_ENTITY_CHANGED_TOPIC = 'lodestar.catalog.entity-changed';

/**
 * The payload of a {@link CATALOG_ENTITY_CHANGED_TOPIC} event.
 * @public
 */
export interface CatalogEntityChange {
  /** The entity's ref, e.g. `component:default/checkout`. */
  entityRef: string;
  /** Its kind as written, e.g. `Component`. */
  kind: string;
  /**
   * Its {@link entityContentHash} as processed. The catalog serves the
   * change once the entity it serves has the same hash.
   */
  contentHash: string;
}

/**
 * Whether an event payload is a {@link CatalogEntityChange}: events come
 * from any plugin that publishes on the topic, so their shape is checked.
 * @public
 */
export function isCatalogEntityChange(
  payload: unknown,
): payload is CatalogEntityChange {
  const change = payload as Partial<CatalogEntityChange> | null;
  return (
    typeof change === 'object' &&
    change !== null &&
    typeof change.entityRef === 'string' &&
    typeof change.kind === 'string' &&
    typeof change.contentHash === 'string'
  );
}
