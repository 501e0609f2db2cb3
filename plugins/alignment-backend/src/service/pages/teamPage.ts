import type {
  Scorecard,
  TeamPageData,
  WaiverResponse,
} from '@lodestar/backstage-plugin-alignment-common';
import type { ResultSummary, WaiverRecord } from '../../database/types';
import { fixCandidates } from './fixFirst';
import { GroupHierarchy } from './groupHierarchy';
import { ownershipLoad } from './ownershipLoad';
import { figuresOf, PageCaller, PageDeps, pageEntity } from './pageContext';
import { teamCampaignTodos } from './teamCampaigns';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_ENTITIES = 200;
const MAX_FIXES = 25;
// Fixes are looked for among the lowest-scoring entities: they hold the
// biggest gains, and a team of thousands must not read every scorecard.
const MAX_SCORECARDS = 500;
/** Waivers that expire within this many days are "about to expire". */
export const EXPIRING_SOON_DAYS = 14;

/** The waivers active now: what a team's waivers are picked from. */
export function activeWaivers(deps: PageDeps): Promise<WaiverRecord[]> {
  return deps.db.waivers.list({ activeAt: deps.clock().toISOString() });
}

/**
 * Of the active waivers, those on the team's entities, soonest expiry
 * first, and how many expire soon.
 */
export function teamWaivers(
  active: WaiverRecord[],
  entityRefs: ReadonlySet<string>,
  now: Date,
): { waivers: WaiverResponse[]; expiringSoon: number } {
  const soon = new Date(
    now.getTime() + EXPIRING_SOON_DAYS * DAY_MS,
  ).toISOString();
  const waivers = active
    .filter(w => entityRefs.has(w.entityRef))
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  return {
    waivers,
    expiringSoon: waivers.filter(w => w.expiresAt <= soon).length,
  };
}

/** The results owned by the given owners. */
export function ownedBy(
  results: readonly ResultSummary[],
  owners: string[],
): ResultSummary[] {
  const wanted = new Set(owners);
  return results.filter(r => r.owner && wanted.has(r.owner));
}

/**
 * A group's alignment: what it and its sub-groups own, the fixes worth
 * most, its waivers, how spread it is and what campaigns still need.
 */
export async function teamPage(
  deps: PageDeps,
  caller: PageCaller,
  entityRef: string,
): Promise<TeamPageData> {
  const { ref: groupRef } = await pageEntity(deps, caller, entityRef, 'Group');
  const [hierarchy, results] = await Promise.all([
    GroupHierarchy.read(deps, caller),
    deps.queries.resultsIn(caller.scope),
  ]);
  const owners = hierarchy.withDescendants(groupRef);
  const team = ownedBy(results, owners).sort(
    (a, b) => a.score - b.score || a.entityRef.localeCompare(b.entityRef),
  );
  const [scorecards, active, campaignTodos] = await Promise.all([
    deps.db.results.publishedScorecards(
      team.slice(0, MAX_SCORECARDS).map(r => r.entityRef),
    ),
    activeWaivers(deps),
    teamCampaignTodos(deps, caller, owners),
  ]);
  return {
    groupRef,
    owners,
    figures: figuresOf(team),
    entities: team.slice(0, MAX_ENTITIES).map(r => ({
      entityRef: r.entityRef,
      ...(r.title && { title: r.title }),
      kind: r.kind,
      owner: r.owner!,
      score: r.score,
      level: r.level,
    })),
    fixFirst: fixCandidates(
      scorecards
        .filter((json): json is string => Boolean(json))
        .map(json => JSON.parse(json) as Scorecard),
      deps.config,
      MAX_FIXES,
    ),
    ...teamWaivers(active, new Set(team.map(r => r.entityRef)), deps.clock()),
    load: ownershipLoad({
      owners,
      teamResults: team,
      allResults: results,
      hierarchy,
    }),
    campaignTodos,
  };
}
