import type { OwnershipLoad } from '@lodestar/backstage-plugin-alignment-common';
import type { ResultSummary } from '../../database/types';
import type { GroupHierarchy } from './groupHierarchy';

type Spread = {
  entitiesPerMember: number | null;
  systems: number;
  domains: number;
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2
      ? sorted[middle]
      : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 10) / 10;
}

function spreadOf(results: readonly ResultSummary[], members: number): Spread {
  return {
    entitiesPerMember:
      members > 0 ? Math.round((10 * results.length) / members) / 10 : null,
    systems: new Set(results.map(r => r.system).filter(Boolean)).size,
    domains: new Set(results.map(r => r.domain).filter(Boolean)).size,
  };
}

/**
 * How spread a team is (entities per member, systems and domains), beside
 * the median of every group that owns something: one owner's figures
 * alone say little about whether they are unusual.
 */
export function ownershipLoad(options: {
  owners: string[];
  teamResults: readonly ResultSummary[];
  allResults: readonly ResultSummary[];
  hierarchy: GroupHierarchy;
}): OwnershipLoad {
  const { owners, teamResults, allResults, hierarchy } = options;
  const members = hierarchy.memberCount(owners);
  const byOwner = new Map<string, ResultSummary[]>();
  for (const r of allResults) {
    if (!r.owner?.startsWith('group:')) continue;
    const owned = byOwner.get(r.owner);
    if (owned) owned.push(r);
    else byOwner.set(r.owner, [r]);
  }
  const spreads = [...byOwner].map(([owner, results]) =>
    spreadOf(results, hierarchy.memberCount([owner])),
  );
  return {
    members,
    ...spreadOf(teamResults, members),
    orgMedian: {
      entitiesPerMember: median(
        spreads
          .map(s => s.entitiesPerMember)
          .filter((v): v is number => v !== null),
      ),
      systems: median(spreads.map(s => s.systems)),
      domains: median(spreads.map(s => s.domains)),
    },
  };
}
