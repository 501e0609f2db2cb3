import type { Entity } from '@backstage/catalog-model';
import type { PageCaller, PageDeps } from './pageContext';

/** Groups with their sub-groups and direct members, as the catalog relates them. */
export class GroupHierarchy {
  private constructor(
    private readonly children: Map<string, string[]>,
    private readonly members: Map<string, Set<string>>,
  ) {}

  /** Every group the caller may see, read in one request. */
  static async read(deps: PageDeps, caller: PageCaller) {
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
