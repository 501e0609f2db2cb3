import type {
  CampaignCounts,
  CampaignEntityState,
  CampaignEntityTodo,
  CampaignOwnerProgress,
} from '@lodestar/backstage-plugin-alignment-common';
import type { StoredStandings } from '../../database/types';

/** The owner key of entities without an owner. */
export const UNOWNED = 'unowned';

/** One campaign's figures over a set of entities. */
export interface CampaignFigures {
  counts: CampaignCounts;
  byOwner: CampaignOwnerProgress[];
  /** Entities not done and not waived, most urgent first, then by ref. */
  open: CampaignEntityTodo[];
}

/** Most urgent first: a failure asks the owner for work, data for a push. */
const OPEN_ORDER: Partial<Record<CampaignEntityState, number>> = {
  remaining: 0,
  errored: 1,
  'no-data': 2,
};

/** Whether an entity in this state still needs something done. */
export function isOpen(state: CampaignEntityState): boolean {
  return OPEN_ORDER[state] !== undefined;
}

/** The sort position of an open state. */
export function openRank(state: CampaignEntityState): number {
  return OPEN_ORDER[state] ?? Number.MAX_SAFE_INTEGER;
}

/** All zero. */
export function noCounts(): CampaignCounts {
  return {
    inScope: 0,
    done: 0,
    remaining: 0,
    waived: 0,
    errored: 0,
    noData: 0,
  };
}

/** Entities not yet done: remaining, errored or lacking data. */
export function openCount(counts: CampaignCounts): number {
  return counts.remaining + counts.errored + counts.noData;
}

function count(counts: CampaignCounts, state: CampaignEntityState) {
  counts.inScope += 1;
  if (state === 'no-data') counts.noData += 1;
  else counts[state] += 1;
}

/**
 * Every campaign's figures over the stored standings the caller may see,
 * by campaign ref. Computed once per published results and read scope; a
 * page view then only slices the result.
 */
export function campaignFigures(
  stored: readonly StoredStandings[],
  canSee: (entityRef: string) => boolean,
): Map<string, CampaignFigures> {
  const building = new Map<
    string,
    {
      counts: CampaignCounts;
      owners: Map<string, CampaignCounts>;
      open: CampaignEntityTodo[];
    }
  >();
  for (const entity of stored) {
    if (!canSee(entity.entityRef)) continue;
    for (const standing of entity.standings) {
      let campaign = building.get(standing.campaignRef);
      if (!campaign) {
        campaign = { counts: noCounts(), owners: new Map(), open: [] };
        building.set(standing.campaignRef, campaign);
      }
      count(campaign.counts, standing.state);
      const ownerKey = entity.owner ?? UNOWNED;
      let owner = campaign.owners.get(ownerKey);
      if (!owner) campaign.owners.set(ownerKey, (owner = noCounts()));
      count(owner, standing.state);
      if (isOpen(standing.state)) {
        campaign.open.push({
          entityRef: entity.entityRef,
          ...(entity.owner && { owner: entity.owner }),
          state: standing.state,
          openChecks: standing.openChecks ?? [],
        });
      }
    }
  }
  const figures = new Map<string, CampaignFigures>();
  for (const [ref, campaign] of building) {
    figures.set(ref, {
      counts: campaign.counts,
      // The owners with most left to do first: that is whom to chase.
      byOwner: [...campaign.owners]
        .map(([owner, counts]) => ({ owner, counts }))
        .sort(
          (a, b) =>
            openCount(b.counts) - openCount(a.counts) ||
            a.owner.localeCompare(b.owner),
        ),
      open: campaign.open.sort(compareTodos),
    });
  }
  return figures;
}

/** Code-point order: the same on every replica, whatever its locale. */
function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Most urgent state first, then by entity ref. */
export function compareTodos(
  a: Pick<CampaignEntityTodo, 'state' | 'entityRef'>,
  b: Pick<CampaignEntityTodo, 'state' | 'entityRef'>,
): number {
  return (
    openRank(a.state) - openRank(b.state) ||
    byCodePoint(a.entityRef, b.entityRef)
  );
}
