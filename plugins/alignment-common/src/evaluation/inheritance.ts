import type { Entity } from '@backstage/catalog-model';
import { declaredObjectiveRefs, normalizeRef, refOf } from '../kinds/refs';
import { CatalogSnapshot } from './CatalogSnapshot';

/** An entity up the Domain → System → Component chain. */
export interface Parent {
  ref: string;
  entity?: Entity;
}

function specString(entity: Entity, field: string): string | undefined {
  const value = (entity.spec as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * The entity's parents, nearest first: its System (for components, APIs and
 * resources), then that System's Domain (or the entity's own domain, for a
 * System). Stops at the first parent that does not resolve.
 */
export function parentsOf(entity: Entity, snapshot: CatalogSnapshot): Parent[] {
  const namespace = entity.metadata.namespace;
  const parents: Parent[] = [];
  const kind = entity.kind.toLowerCase();
  let current: Entity | undefined = entity;
  if (kind !== 'system' && kind !== 'domain') {
    const system = specString(entity, 'system');
    const ref =
      system &&
      normalizeRef(system, {
        defaultKind: 'system',
        defaultNamespace: namespace,
      });
    if (!ref) return parents;
    current = snapshot.get(ref);
    parents.push({ ref, entity: current });
    if (!current) return parents;
  }
  if (kind !== 'domain' && current) {
    const domain = specString(current, 'domain');
    const ref =
      domain &&
      normalizeRef(domain, {
        defaultKind: 'domain',
        defaultNamespace: current.metadata.namespace,
      });
    if (ref) parents.push({ ref, entity: snapshot.get(ref) });
  }
  return parents;
}

/** A value an entity declares itself or inherits, and where it came from. */
export interface Inherited<T> {
  value: T;
  /** Ref of the parent it was inherited from; absent when declared. */
  inheritedFrom?: string;
}

/** The entity's owner ref (canonical), declared or inherited from a parent. */
export function resolveOwnerRef(
  entity: Entity,
  parents: Parent[],
): Inherited<string> | undefined {
  const own = specString(entity, 'owner');
  if (own) {
    const ref = normalizeRef(own, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace,
    });
    return { value: ref ?? own };
  }
  for (const parent of parents) {
    const owner = parent.entity && specString(parent.entity, 'owner');
    if (owner) {
      const ref = normalizeRef(owner, {
        defaultKind: 'group',
        defaultNamespace: parent.entity!.metadata.namespace,
      });
      return { value: ref ?? owner, inheritedFrom: parent.ref };
    }
  }
  return undefined;
}

/** Canonical refs of the objectives the entity serves, declared or inherited. */
export function resolveObjectiveRefs(
  entity: Entity,
  parents: Parent[],
): Inherited<string[]> {
  const toRefs = (source: Entity) =>
    declaredObjectiveRefs(source).map(
      ref =>
        normalizeRef(ref, {
          defaultKind: 'objective',
          defaultNamespace: source.metadata.namespace,
        }) ?? ref,
    );
  const own = toRefs(entity);
  if (own.length > 0) return { value: own };
  for (const parent of parents) {
    const inherited = parent.entity ? toRefs(parent.entity) : [];
    if (inherited.length > 0)
      return { value: inherited, inheritedFrom: parent.ref };
  }
  return { value: [] };
}

export { refOf };
