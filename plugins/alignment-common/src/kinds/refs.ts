import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { ANNOTATION_OBJECTIVES } from './types';

/**
 * Normalises a reference written in Backstage's short forms into the
 * canonical lowercase `kind:namespace/name`, or undefined when it cannot be
 * parsed. `expand-eu` with default kind Objective becomes
 * `objective:default/expand-eu`.
 * @public
 */
export function normalizeRef(
  ref: string,
  defaults: { defaultKind: string; defaultNamespace?: string },
): string | undefined {
  try {
    const parsed = parseEntityRef(ref.trim(), {
      defaultKind: defaults.defaultKind,
      defaultNamespace: defaults.defaultNamespace ?? 'default',
    });
    return `${parsed.kind}:${parsed.namespace}/${parsed.name}`.toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return undefined;
  }
}

/** The canonical lowercase ref of an entity. @public */
export function refOf(entity: Entity): string {
  return `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLowerCase();
}

/** The refs listed in an entity's objectives annotation, as written. @public */
export function declaredObjectiveRefs(entity: Entity): string[] {
  const value = entity.metadata.annotations?.[ANNOTATION_OBJECTIVES];
  if (typeof value !== 'string' || !value) return [];
  return value
    .split(',')
    .map(part => part.trim())
    .filter(Boolean);
}
