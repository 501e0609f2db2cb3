import type { Entity } from '@backstage/catalog-model';
import { normalizeRef } from '../kinds/refs';
import type { AppliesTo, OneOrMany } from '../kinds/types';

/** Decides whether a principle applies to an entity. @public */
export type AppliesToMatcher = (
  entity: Entity,
  parents: { system?: string; domain?: string },
) => boolean;

// Every matcher is asked about the same entity in turn: its kind is
// lowercased once, not once per principle.
let lastKind: string | undefined;
let lastKindLowered = '';

function lowerCase(kind: string): string {
  if (kind !== lastKind) {
    lastKind = kind;
    lastKindLowered = kind.toLowerCase();
  }
  return lastKindLowered;
}

function toList(value: OneOrMany | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

/**
 * Prepares a matcher for an `appliesTo` selector: every given field must
 * match (kind case-insensitively; tags when the entity has any of them;
 * system and domain compared as refs, so `payments` matches
 * `system:default/payments`). An absent field matches anything.
 * @public
 */
export function createAppliesToMatcher(
  appliesTo: AppliesTo | undefined,
): AppliesToMatcher {
  const kinds = toList(appliesTo?.kind)?.map(k => k.toLowerCase());
  const types = toList(appliesTo?.type);
  const lifecycles = toList(appliesTo?.lifecycle);
  const tags = toList(appliesTo?.tags);
  const systems = toList(appliesTo?.system)?.map(
    s => normalizeRef(s, { defaultKind: 'system' }) ?? s,
  );
  const domains = toList(appliesTo?.domain)?.map(
    d => normalizeRef(d, { defaultKind: 'domain' }) ?? d,
  );

  return (entity, parents) => {
    if (kinds && !kinds.includes(lowerCase(entity.kind))) return false;
    const spec = entity.spec as Record<string, unknown> | undefined;
    if (types && !types.includes(spec?.type as string)) return false;
    if (lifecycles && !lifecycles.includes(spec?.lifecycle as string))
      return false;
    if (tags && !(entity.metadata.tags ?? []).some(tag => tags.includes(tag)))
      return false;
    if (systems && !(parents.system && systems.includes(parents.system)))
      return false;
    if (domains && !(parents.domain && domains.includes(parents.domain)))
      return false;
    return true;
  };
}
