import type { Entity } from '@backstage/catalog-model';
import type { EntityFacts } from '../facts/types';
import { refOf } from '../kinds/refs';
import { CatalogSnapshot } from './CatalogSnapshot';
import { AlignmentConfig } from './config';
import { declaredOwnerRef } from './inheritance';
import { Lineage, LineageIndex } from './LineageIndex';

/**
 * Everything the checks need to know about one entity, resolved once.
 * Parents, inherited values and objective lists are shared with other
 * entities of the same lineage: read them, never change them.
 */
export interface EntityContext extends Lineage {
  entity: Entity;
  ref: string;
  kind: string;
  ownerEntity?: Entity;
  snapshot: CatalogSnapshot;
  config: AlignmentConfig;
  now: Date;
  /** The entity's latest facts, fresh or stale; empty when none arrived. */
  facts: EntityFacts;
}

const NO_FACTS: EntityFacts = new Map();

/** Resolves the entity's parents, owner and objectives against the snapshot. */
export function createEntityContext(
  entity: Entity,
  snapshot: CatalogSnapshot,
  config: AlignmentConfig,
  now: Date,
  facts: EntityFacts = NO_FACTS,
): EntityContext {
  const kind = entity.kind.toLowerCase();
  const index = LineageIndex.of(snapshot);
  const lineage = index.lineageOf(entity, kind);
  const ownOwner = declaredOwnerRef(entity);
  const owner = ownOwner ? { value: ownOwner } : lineage.owner;
  const declared = index.declaredObjectives(entity) ?? lineage;
  return {
    entity,
    ref: refOf(entity),
    kind,
    parents: lineage.parents,
    systemRef: lineage.systemRef,
    domainRef: lineage.domainRef,
    system: lineage.system,
    domain: kind === 'domain' ? entity : lineage.domain,
    owner,
    ownerEntity: owner && snapshot.get(owner.value),
    objectiveRefs: declared.objectiveRefs,
    objectives: declared.objectives,
    snapshot,
    config,
    now,
    facts,
  };
}
