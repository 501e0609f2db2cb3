import type { Entity } from '@backstage/catalog-model';
import { normalizeRef, refOf } from '../kinds/refs';

// Entities that other entities point at and the checks look inside of.
const CONTEXT_KINDS = new Set([
  'group',
  'system',
  'domain',
  'objective',
  'strategy',
  'principle',
  'campaign',
]);

/**
 * What the checks know about the rest of the catalog: the groups, systems,
 * domains and objectives that entities refer to, which users exist, and who
 * is a member of which group. Users and evaluated entities are not kept, so
 * memory stays proportional to the organisation, not to the catalog.
 *
 * A snapshot is `complete` when it holds the whole catalog (the backend);
 * a partial one (the CLI reading a few files) reports references it cannot
 * resolve as not-applicable instead of failing them.
 * @public
 */
export class CatalogSnapshot {
  /**
   * True (the default) for the whole catalog; false makes unresolved refs
   * not-applicable, not failures.
   */
  readonly complete: boolean;
  private readonly byRef = new Map<string, Entity>();
  private readonly users = new Set<string>();
  private readonly members = new Map<string, Set<string>>();
  // Built on first use and dropped on every add: evaluation reads a
  // snapshot many times after it is filled.
  private kindIndex?: Map<string, Entity[]>;
  private readonly memos = new Map<string, unknown>();
  // Every entity as added, in order, so that the snapshot can be rebuilt
  // elsewhere (a worker thread) from plain data.
  private readonly added: Entity[] = [];

  constructor(options?: { complete?: boolean }) {
    this.complete = options?.complete ?? true;
  }

  /** A snapshot of the given entities. */
  static of(
    entities: Iterable<Entity>,
    options?: { complete?: boolean },
  ): CatalogSnapshot {
    const snapshot = new CatalogSnapshot(options);
    for (const entity of entities) snapshot.add(entity);
    return snapshot;
  }

  /** Records an entity; kinds nobody refers to are ignored. */
  add(entity: Entity): void {
    this.added.push(entity);
    this.kindIndex = undefined;
    this.memos.clear();
    const kind = entity.kind.toLowerCase();
    const ref = refOf(entity);
    if (CONTEXT_KINDS.has(kind)) {
      this.byRef.set(ref, entity);
    }
    if (kind === 'user') {
      this.users.add(ref);
      const memberOf = (entity.spec as { memberOf?: unknown } | undefined)
        ?.memberOf;
      if (Array.isArray(memberOf)) {
        for (const group of memberOf) {
          if (typeof group !== 'string') continue;
          const groupRef = normalizeRef(group, {
            defaultKind: 'group',
            defaultNamespace: entity.metadata.namespace,
          });
          if (groupRef) this.addMember(groupRef, ref);
        }
      }
    }
    for (const relation of entity.relations ?? []) {
      if (relation.type === 'hasMember' && kind === 'group') {
        this.addMember(ref, relation.targetRef.toLowerCase());
      } else if (relation.type === 'memberOf' && kind === 'user') {
        this.addMember(relation.targetRef.toLowerCase(), ref);
      }
    }
  }

  /**
   * Every entity added, in the order added: `CatalogSnapshot.of` them gives
   * an equal snapshot.
   */
  entities(): readonly Entity[] {
    return this.added;
  }

  /** The entity with this canonical (lowercase) ref, if it is known. */
  get(ref: string): Entity | undefined {
    return this.byRef.get(ref);
  }

  /** True when the canonical ref names a known entity (users included). */
  has(ref: string): boolean {
    return this.byRef.has(ref) || this.users.has(ref);
  }

  /** Number of distinct members of a group. */
  memberCount(groupRef: string): number {
    return this.members.get(groupRef)?.size ?? 0;
  }

  /** Every known entity of a kind (lowercase), e.g. all objectives. */
  ofKind(kind: string): readonly Entity[] {
    if (!this.kindIndex) {
      this.kindIndex = new Map();
      for (const entity of this.byRef.values()) {
        const key = entity.kind.toLowerCase();
        const list = this.kindIndex.get(key) ?? [];
        list.push(entity);
        this.kindIndex.set(key, list);
      }
    }
    return this.kindIndex.get(kind) ?? [];
  }

  /**
   * A value derived from the snapshot, computed once until the snapshot
   * changes (e.g. the names of the active objectives, which every failing
   * entity's remediation lists).
   */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  private addMember(groupRef: string, userRef: string) {
    let set = this.members.get(groupRef);
    if (!set) {
      set = new Set();
      this.members.set(groupRef, set);
    }
    set.add(userRef);
  }
}
