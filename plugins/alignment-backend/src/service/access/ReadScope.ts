/**
 * Which evaluated entities a caller may see, as decided once per request
 * from `catalog.entity.read`:
 *
 * - `all`: the policy allows every entity, so the shared, cached answers
 *   apply;
 * - `some`: the policy denies, or allows under conditions; `refs` holds the
 *   normalized refs of the entities the catalog shows the caller (empty when
 *   denied), and every answer is computed over those alone.
 */
export type ReadScope =
  | { readonly kind: 'all' }
  | {
      readonly kind: 'some';
      readonly refs: ReadonlySet<string>;
      /**
       * Names this set of refs and no other: answers computed over it may be
       * cached under it.
       */
      readonly key: string;
    };

/** The scope of a caller who may read every entity. */
export const ALL_ENTITIES: ReadScope = { kind: 'all' };

/** The scope of a caller who may read none. */
export const NO_ENTITIES: ReadScope = {
  kind: 'some',
  refs: new Set(),
  key: 'none',
};

/** Whether an entity (normalized ref) is within the scope. */
export function inScope(scope: ReadScope, entityRef: string): boolean {
  return scope.kind === 'all' || scope.refs.has(entityRef);
}
