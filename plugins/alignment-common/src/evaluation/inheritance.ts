import type { Entity } from '@backstage/catalog-model';
import { declaredObjectiveRefs, normalizeRef } from '../kinds/refs';
import { CatalogSnapshot } from './CatalogSnapshot';

/** An entity up the Domain → System → Component chain. */
export interface Parent {
  ref: string;
  entity?: Entity;
}

/** A value an entity declares itself or inherits, and where it came from. */
export interface Inherited<T> {
  value: T;
  /** Ref of the parent it was inherited from; absent when declared. */
  inheritedFrom?: string;
}

/** A spec field's value when it is a non-blank string. */
export function specString(entity: Entity, field: string): string | undefined {
  const value = (entity.spec as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * The parents that follow from a System ref (for components, APIs and
 * resources): the System, then that System's Domain. Stops at the System
 * when it does not resolve.
 */
export function parentsThroughSystem(
  systemRef: string,
  snapshot: CatalogSnapshot,
): Parent[] {
  const system = snapshot.get(systemRef);
  const parents: Parent[] = [{ ref: systemRef, entity: system }];
  if (!system) return parents;
  const domain = specString(system, 'domain');
  const ref =
    domain &&
    normalizeRef(domain, {
      defaultKind: 'domain',
      defaultNamespace: system.metadata.namespace,
    });
  if (ref) parents.push({ ref, entity: snapshot.get(ref) });
  return parents;
}

/** The canonical ref of the System (or, for a System, the Domain) an entity names. */
export function parentRefOf(entity: Entity, kind: string): string | undefined {
  if (kind === 'domain') return undefined;
  const field = kind === 'system' ? 'domain' : 'system';
  const value = specString(entity, field);
  return (
    (value &&
      normalizeRef(value, {
        defaultKind: field,
        defaultNamespace: entity.metadata.namespace,
      })) ||
    undefined
  );
}

/** The owner ref (canonical) an entity declares itself, if any. */
export function declaredOwnerRef(entity: Entity): string | undefined {
  const own = specString(entity, 'owner');
  if (!own) return undefined;
  return (
    normalizeRef(own, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace,
    }) ?? own
  );
}

/** The owner the first parent that declares one passes down. */
export function inheritedOwnerRef(
  parents: Parent[],
): Inherited<string> | undefined {
  for (const parent of parents) {
    const owner = parent.entity && declaredOwnerRef(parent.entity);
    if (owner) return { value: owner, inheritedFrom: parent.ref };
  }
  return undefined;
}

/** Canonical refs of the objectives an entity's annotation lists. */
export function objectiveRefsOf(source: Entity): string[] {
  return declaredObjectiveRefs(source).map(
    ref =>
      normalizeRef(ref, {
        defaultKind: 'objective',
        defaultNamespace: source.metadata.namespace,
      }) ?? ref,
  );
}

/** The objectives the first parent that lists some passes down. */
export function inheritedObjectiveRefs(parents: Parent[]): Inherited<string[]> {
  for (const parent of parents) {
    const inherited = parent.entity ? objectiveRefsOf(parent.entity) : [];
    if (inherited.length > 0)
      return { value: inherited, inheritedFrom: parent.ref };
  }
  return { value: [] };
}
