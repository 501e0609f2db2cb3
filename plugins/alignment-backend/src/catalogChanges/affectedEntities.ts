import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { ResultSummary } from '../database/types';

const lower = (ref: string) => ref.toLowerCase();

/** The groups a User entity names in `spec.memberOf`, as full refs. */
function groupsOf(user: Entity | undefined): string[] {
  const memberOf = (user?.spec as { memberOf?: unknown } | undefined)?.memberOf;
  if (!Array.isArray(memberOf)) return [];
  const groups: string[] = [];
  for (const ref of memberOf) {
    if (typeof ref !== 'string') continue;
    try {
      groups.push(
        stringifyEntityRef(
          parseEntityRef(ref, {
            defaultKind: 'group',
            defaultNamespace: user?.metadata.namespace ?? 'default',
          }),
        ),
      );
    } catch {
      // A malformed ref names no group; the catalog reports it on the user.
    }
  }
  return groups;
}

/**
 * The evaluated entities whose result may change when a context entity
 * changes, found in the published results, which hold what each entity
 * resolved to (its owner, system and domain, declared or inherited, and
 * the objectives it serves):
 * - a Group: the entities it owns;
 * - a User: the entities it owns and those owned by the groups it belongs
 *   to, before and after the change (their member counts change);
 * - a System or a Domain: the entities in it;
 * - an Objective: its supporters.
 *
 * `before` is the entity as the last evaluation saw it, when known.
 */
export function affectedEntities(
  changed: Entity,
  before: Entity | undefined,
  summaries: ResultSummary[],
): string[] {
  const ref = lower(stringifyEntityRef(changed));
  const kind = lower(changed.kind);
  let matches: (summary: ResultSummary) => boolean;
  if (kind === 'group') {
    matches = s => lower(s.owner ?? '') === ref;
  } else if (kind === 'user') {
    const owners = new Set(
      [ref, ...groupsOf(changed), ...groupsOf(before)].map(lower),
    );
    matches = s => owners.has(lower(s.owner ?? ''));
  } else if (kind === 'system') {
    matches = s => lower(s.system ?? '') === ref;
  } else if (kind === 'domain') {
    matches = s => lower(s.domain ?? '') === ref;
  } else if (kind === 'objective') {
    matches = s => s.objectiveRefs.some(o => lower(o) === ref);
  } else {
    return [];
  }
  return summaries.filter(matches).map(s => s.entityRef);
}
