import type { Entity } from '@backstage/catalog-model';
import type { EntityFacts } from '../facts/types';
import { refOf } from '../kinds/refs';
import { CatalogSnapshot } from './CatalogSnapshot';
import { AlignmentConfig } from './config';
import {
  Inherited,
  Parent,
  parentsOf,
  resolveObjectiveRefs,
  resolveOwnerRef,
} from './inheritance';

/** Everything the checks need to know about one entity, resolved once. */
export interface EntityContext {
  entity: Entity;
  ref: string;
  kind: string;
  parents: Parent[];
  system?: Entity;
  domain?: Entity;
  owner?: Inherited<string>;
  ownerEntity?: Entity;
  objectiveRefs: Inherited<string[]>;
  objectives: Entity[];
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
  const parents = parentsOf(entity, snapshot);
  const owner = resolveOwnerRef(entity, parents);
  const objectiveRefs = resolveObjectiveRefs(entity, parents);
  const objectives: Entity[] = [];
  for (const ref of objectiveRefs.value) {
    const objective = snapshot.get(ref);
    if (objective) objectives.push(objective);
  }
  const kind = entity.kind.toLowerCase();
  return {
    entity,
    ref: refOf(entity),
    kind,
    parents,
    system: parents.find(p => p.ref.startsWith('system:'))?.entity,
    domain:
      kind === 'domain'
        ? entity
        : parents.find(p => p.ref.startsWith('domain:'))?.entity,
    owner,
    ownerEntity: owner && snapshot.get(owner.value),
    objectiveRefs,
    objectives,
    snapshot,
    config,
    now,
    facts,
  };
}
