import type { Entity } from '@backstage/catalog-model';
import type { PageCaller, PageDeps } from './pageContext';

/** Groups with their sub-groups and direct members, as the catalog relates them. */
export class GroupHierarchy {
  private constructor(
    private readonly children: Map<string, string[]>,
    private readonly members: Map<string, Set<string>>,
  ) {}

  /**
   * Every group the caller may see, read in one request. Callers with the
   * same read scope get the same groups from the catalog, so the hierarchy
   * is kept a minute per scope: its relations list every member and owned
   * entity, which makes it costly to read on each page view.
   */
  static read(deps: PageDeps, caller: PageCaller): Promise<GroupHierarchy> {
    const key = caller.scope.kind === 'all' ? 'all' : caller.scope.key;
    return deps.groupHierarchies.get(key, () =>
      GroupHierarchy.readNow(deps, caller),
    );
  }

  private static async readNow(deps: PageDeps, caller: PageCaller) {
    const { items } = await deps.catalog.getEntities(
      {
        filter: { kind: 'Group' },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
      },
      { credentials: caller.credentials },
    );
    return GroupHierarchy.of(items);
  }

  /** The hierarchy of the given Group entities. */
  static of(groups: Entity[]): GroupHierarchy {
    const children = new Map<string, string[]>();
    const members = new Map<string, Set<string>>();
    for (const group of groups) {
      const ref = `group:${group.metadata.namespace ?? 'default'}/${
        group.metadata.name
      }`.toLocaleLowerCase('en-US');
      for (const relation of group.relations ?? []) {
        const target = relation.targetRef.toLocaleLowerCase('en-US');
        if (relation.type === 'parentOf') {
          children.set(ref, [...(children.get(ref) ?? []), target]);
        } else if (relation.type === 'hasMember') {
          members.set(ref, (members.get(ref) ?? new Set()).add(target));
        }
      }
    }
    return new GroupHierarchy(children, members);
  }

  /** The group and all groups below it, the group first. */
  withDescendants(groupRef: string): string[] {
    const seen = new Set<string>();
    const visit = (ref: string) => {
      // A cycle in hand-written hierarchies must not loop forever.
      if (seen.has(ref)) return;
      seen.add(ref);
      for (const child of this.children.get(ref) ?? []) visit(child);
    };
    visit(groupRef);
    return [...seen];
  }

  /** Distinct direct members of the given groups. */
  memberCount(groupRefs: string[]): number {
    const all = new Set<string>();
    for (const ref of groupRefs) {
      for (const member of this.members.get(ref) ?? []) all.add(member);
    }
    return all.size;
  }
}
