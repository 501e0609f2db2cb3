import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import { EntityRelationSpec } from '@backstage/plugin-catalog-node';
import {
  campaignCheckId,
  declaredObjectiveRefs,
  isLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import {
  RELATION_SUPPORTED_BY,
  RELATION_SUPPORTS,
  RELATION_TARGETED_BY,
  RELATION_TARGETS,
} from './relationTypes';

function parse(
  ref: unknown,
  defaultKind: string,
  defaultNamespace: string,
): CompoundEntityRef | undefined {
  if (typeof ref !== 'string' || !ref.trim()) return undefined;
  try {
    const { kind, namespace, name } = parseEntityRef(ref.trim(), {
      defaultKind,
      defaultNamespace,
    });
    return { kind, namespace, name };
  } catch {
    // A ref that does not parse yields no relation. Rejecting the entity over
    // it would hide a Component because of alignment data; the Lodestar kinds
    // never get here with a bad ref, their schema rejects it first.
    return undefined;
  }
}

function both(
  self: CompoundEntityRef,
  target: CompoundEntityRef | undefined,
  outgoing: string,
  incoming: string,
): EntityRelationSpec[] {
  if (!target) return [];
  return [
    { source: self, type: outgoing, target },
    { source: target, type: incoming, target: self },
  ];
}

/**
 * The Principles a Campaign's `spec.checks` name, once each. They are read
 * as the engine reads them (`campaignCheckId`), so the relation points at the
 * very principle whose check the campaign counts; built-in check ids name no
 * entity and yield none.
 */
function targetedPrinciples(checks: unknown): CompoundEntityRef[] {
  if (!Array.isArray(checks)) return [];
  const refs = new Set<string>();
  for (const entry of checks) {
    const id = typeof entry === 'string' ? campaignCheckId(entry) : undefined;
    if (id?.startsWith('principle:')) refs.add(id);
  }
  return [...refs].flatMap(ref => parse(ref, 'Principle', 'default') ?? []);
}

/**
 * The relations an entity implies for Lodestar, each in both directions:
 * `supports`/`supportedBy` with every Objective in its
 * `lodestar.dev/objectives` annotation (any kind), and for the Lodestar
 * kinds `ownedBy`/`ownerOf` with `spec.owner`; for an Objective or a
 * Campaign, `partOf`/`hasPart` with `spec.strategy`; for a Campaign,
 * `targets`/`targetedBy` with each Principle among its checks. Short refs
 * take the entity's namespace and the kind the field implies (Objective,
 * Group, Strategy), as Backstage's built-in kinds do.
 */
export function lodestarRelations(entity: Entity): EntityRelationSpec[] {
  const self = getCompoundEntityRef(entity);
  const namespace = self.namespace;
  const relations = declaredObjectiveRefs(entity).flatMap(ref =>
    both(
      self,
      parse(ref, 'Objective', namespace),
      RELATION_SUPPORTS,
      RELATION_SUPPORTED_BY,
    ),
  );
  if (!isLodestarEntity(entity)) return relations;

  const spec = entity.spec as Record<string, unknown>;
  relations.push(
    ...both(
      self,
      parse(spec.owner, 'Group', namespace),
      RELATION_OWNED_BY,
      RELATION_OWNER_OF,
    ),
  );
  const kind = entity.kind.toLowerCase();
  if (kind === 'objective' || kind === 'campaign') {
    relations.push(
      ...both(
        self,
        parse(spec.strategy, 'Strategy', namespace),
        RELATION_PART_OF,
        RELATION_HAS_PART,
      ),
    );
  }
  if (kind === 'campaign') {
    for (const principle of targetedPrinciples(spec.checks)) {
      relations.push(
        ...both(self, principle, RELATION_TARGETS, RELATION_TARGETED_BY),
      );
    }
  }
  return relations;
}
