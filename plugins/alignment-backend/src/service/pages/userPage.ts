import type { UserPageData } from '@lodestar/backstage-plugin-alignment-common';
import { GroupHierarchy } from './groupHierarchy';
import { figuresOf, PageCaller, PageDeps, pageEntity } from './pageContext';
import { activeWaivers, ownedBy, teamWaivers } from './teamPage';

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
  // Read once, then picked from for each team.
  const [hierarchy, results, index, active] = await Promise.all([
    GroupHierarchy.read(deps, caller),
    deps.queries.resultsIn(caller.scope),
    deps.queries.checkIndex(),
    activeWaivers(deps),
  ]);
  const now = deps.clock();
  return {
    userRef,
    teams: [...new Set(teams)].sort().map(groupRef => {
      const owned = ownedBy(results, hierarchy.withDescendants(groupRef));
      const refs = new Set(owned.map(r => r.entityRef));
      let failingChecks = 0;
      for (const checks of index.openChecksOf(refs).values())
        failingChecks += checks.length;
      const { expiringSoon } = teamWaivers(active, refs, now);
      return {
        groupRef,
        ...figuresOf(owned),
        failingChecks,
        expiringSoon,
      };
    }),
  };
}
