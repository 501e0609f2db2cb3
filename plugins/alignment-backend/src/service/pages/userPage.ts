import type { UserPageData } from '@lodestar/backstage-plugin-alignment-common';
import { GroupHierarchy } from './groupHierarchy';
import { figuresOf, PageCaller, PageDeps, pageEntity } from './pageContext';
import { ownedBy, teamWaivers } from './teamPage';

/** The figures of each team a user is a direct member of. */
export async function userPage(
  deps: PageDeps,
  caller: PageCaller,
  entityRef: string,
): Promise<UserPageData> {
  const { entity, ref: userRef } = await pageEntity(
    deps,
    caller,
    entityRef,
    'User',
  );
  const teams = (entity.relations ?? [])
    .filter(r => r.type === 'memberOf')
    .map(r => r.targetRef.toLocaleLowerCase('en-US'))
    .filter(ref => ref.startsWith('group:'));
  const [hierarchy, results, index] = await Promise.all([
    GroupHierarchy.read(deps, caller),
    deps.queries.resultsIn(caller.scope),
    deps.queries.checkIndex(),
  ]);
  return {
    userRef,
    teams: await Promise.all(
      [...new Set(teams)].sort().map(async groupRef => {
        const owned = ownedBy(results, hierarchy.withDescendants(groupRef));
        const refs = new Set(owned.map(r => r.entityRef));
        let failingChecks = 0;
        for (const checks of index.openChecksOf(refs).values())
          failingChecks += checks.length;
        const { expiringSoon } = await teamWaivers(deps, refs);
        return {
          groupRef,
          ...figuresOf(owned),
          failingChecks,
          expiringSoon,
        };
      }),
    ),
  };
}
