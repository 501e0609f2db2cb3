import type { Entity } from '@backstage/catalog-model';
import { ANNOTATION_OBJECTIVES } from '../kinds/types';
import type { CatalogSnapshot } from './CatalogSnapshot';
import {
  Inherited,
  inheritedObjectiveRefs,
  inheritedOwnerRef,
  objectiveRefsOf,
  Parent,
  parentRefOf,
  parentsThroughSystem,
} from './inheritance';

/**
 * What an entity gets from its chain of parents: the parents themselves,
 * nearest first (its System, then that System's Domain; a System's own
 * Domain), and the owner and objectives they pass down.
 */
export interface Lineage {
  parents: Parent[];
  /** Ref of the first parent that is a System. */
  systemRef?: string;
  /** Ref of the first parent that is a Domain. */
  domainRef?: string;
  system?: Entity;
  domain?: Entity;
  /** The owner inherited from a parent, for entities that declare none. */
  owner?: Inherited<string>;
  /** The objectives inherited from a parent, for entities that list none. */
  objectiveRefs: Inherited<string[]>;
  /** Those of `objectiveRefs` that are in the snapshot. */
  objectives: Entity[];
}

/** Objectives an entity lists itself, resolved. */
export interface DeclaredObjectives {
  objectiveRefs: Inherited<string[]>;
  objectives: Entity[];
}

// Distinct objective annotations are few in a real catalog; the limit only
// guards against a catalog where every entity writes its own.
const DECLARED_LIMIT = 10_000;

/**
 * Lineages by the parent ref that determines them, built once per snapshot
 * (entities point at a few thousand systems, which all their parts share)
 * instead of once per entity. Everything handed out is shared between
 * entities and must not be changed.
 */
export class LineageIndex {
  private readonly snapshot: CatalogSnapshot;
  private readonly empty: Lineage;
  // A System's lineage depends on its Domain ref; everyone else's on the
  // System ref.
  private readonly bySystemRef = new Map<string, Lineage>();
  private readonly byDomainRef = new Map<string, Lineage>();
  private readonly declared = new Map<
    string,
    Map<string, DeclaredObjectives | null>
  >();
  private declaredCount = 0;

  private constructor(snapshot: CatalogSnapshot) {
    this.snapshot = snapshot;
    this.empty = this.build([]);
  }

  /** The snapshot's index, dropped (like its other memos) when it changes. */
  static of(snapshot: CatalogSnapshot): LineageIndex {
    return snapshot.memo('lineage-index', () => new LineageIndex(snapshot));
  }

  /** The lineage of an entity of the given lowercase kind. */
  lineageOf(entity: Entity, kind: string): Lineage {
    const ref = parentRefOf(entity, kind);
    if (!ref) return this.empty;
    const cache = kind === 'system' ? this.byDomainRef : this.bySystemRef;
    let lineage = cache.get(ref);
    if (!lineage) {
      lineage = this.build(
        kind === 'system'
          ? [{ ref, entity: this.snapshot.get(ref) }]
          : parentsThroughSystem(ref, this.snapshot),
      );
      cache.set(ref, lineage);
    }
    return lineage;
  }

  /** The objectives the entity lists itself, or undefined when it lists none. */
  declaredObjectives(entity: Entity): DeclaredObjectives | undefined {
    const text = entity.metadata.annotations?.[ANNOTATION_OBJECTIVES];
    if (typeof text !== 'string' || !text) return undefined;
    const namespace = entity.metadata.namespace ?? 'default';
    let byText = this.declared.get(namespace);
    if (!byText) {
      byText = new Map();
      this.declared.set(namespace, byText);
    }
    let found = byText.get(text);
    if (found === undefined) {
      const refs = objectiveRefsOf(entity);
      found =
        refs.length > 0
          ? { objectiveRefs: { value: refs }, objectives: this.resolve(refs) }
          : null;
      if (this.declaredCount >= DECLARED_LIMIT) {
        this.declared.clear();
        this.declaredCount = 0;
      } else {
        byText.set(text, found);
        this.declaredCount += 1;
      }
    }
    return found ?? undefined;
  }

  private build(parents: Parent[]): Lineage {
    const system = parents.find(p => p.ref.startsWith('system:'));
    const domain = parents.find(p => p.ref.startsWith('domain:'));
    const objectiveRefs = inheritedObjectiveRefs(parents);
    return {
      parents,
      systemRef: system?.ref,
      domainRef: domain?.ref,
      system: system?.entity,
      domain: domain?.entity,
      owner: inheritedOwnerRef(parents),
      objectiveRefs,
      objectives: this.resolve(objectiveRefs.value),
    };
  }

  private resolve(refs: string[]): Entity[] {
    const objectives: Entity[] = [];
    for (const ref of refs) {
      const objective = this.snapshot.get(ref);
      if (objective) objectives.push(objective);
    }
    return objectives;
  }
}
