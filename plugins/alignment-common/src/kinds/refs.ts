import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { ANNOTATION_OBJECTIVES } from './types';

// Normalised refs by default kind, default namespace and text. Catalogs
// write the same few owners, systems and objectives on thousands of
// entities, and parsing plus locale-aware lowercasing is the costly part of
// resolving them; the cache is dropped whole when it grows past its limit,
// so unusual inputs cannot make it grow without bound.
const normalized = new Map<string, Map<string, Map<string, string | null>>>();
let normalizedCount = 0;
const NORMALIZED_LIMIT = 20_000;

function parseToCanonical(
  ref: string,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  try {
    const parsed = parseEntityRef(ref.trim(), {
      defaultKind,
      defaultNamespace,
    });
    return `${parsed.kind}:${parsed.namespace}/${parsed.name}`.toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return undefined;
  }
}

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
  const namespace = defaults.defaultNamespace ?? 'default';
  let byNamespace = normalized.get(defaults.defaultKind);
  if (!byNamespace) {
    byNamespace = new Map();
    normalized.set(defaults.defaultKind, byNamespace);
  }
  let byText = byNamespace.get(namespace);
  if (!byText) {
    byText = new Map();
    byNamespace.set(namespace, byText);
  }
  const known = byText.get(ref);
  if (known !== undefined) return known ?? undefined;
  const canonical = parseToCanonical(ref, defaults.defaultKind, namespace);
  if (normalizedCount >= NORMALIZED_LIMIT) {
    // Every map is dropped, so that the count stays exact.
    normalized.clear();
    normalizedCount = 0;
    return canonical;
  }
  byText.set(ref, canonical ?? null);
  normalizedCount += 1;
  return canonical;
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
