import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CampaignEntityState,
  CampaignProgress,
  CampaignSummary,
  prepareCampaigns,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../../database/AlignmentDatabase';
import { decodeCursor, encodeCursor } from '../../database/listCursor';
import type { ReadScope } from '../access/ReadScope';
import type { AlignmentQueries } from '../AlignmentQueries';
import { CampaignFigures, compareTodos, isOpen } from './campaignFigures';
import { burnDown, compareSummaries } from './campaignSummary';
import {
  proposedCampaigns,
  ServedCampaign,
  servedSummary,
} from './proposedCampaigns';

/** What the campaign answers read from. */
export interface CampaignDeps {
  db: AlignmentDatabase;
  queries: AlignmentQueries;
  catalog: CatalogService;
  clock: () => Date;
}

/** Who is asking, and which entities they may see. */
export interface CampaignCaller {
  credentials: BackstageCredentials;
  scope: ReadScope;
}

// The open list orders by state then ref, so the cursor is the last of both.
const CURSOR_SORT = 'entityRef';
const CURSOR_ORDER = 'asc';
// A burn-down needs no more than a year of days.
const BURN_DOWN_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The campaigns the catalog shows the caller, as Lodestar prepares them (a
 * campaign is listed only to whoever may see its entity), and those that
 * live proposals stand for (listed to whoever may see their strategy).
 */
async function visibleCampaigns(
  deps: CampaignDeps,
  caller: CampaignCaller,
): Promise<ServedCampaign[]> {
  const proposals = await deps.db.campaignProposals.list();
  // One catalog query: a kind-filtered read costs time that grows with the
  // catalog, and strategies matter only when there are proposals.
  const { items } = await deps.catalog.getEntities(
    {
      filter:
        proposals.length > 0
          ? [{ kind: 'Campaign' }, { kind: 'Strategy' }]
          : { kind: 'Campaign' },
    },
    { credentials: caller.credentials },
  );
  const campaigns = items.filter(e => e.kind === 'Campaign');
  const strategies = items.filter(e => e.kind === 'Strategy');
  return [
    ...prepareCampaigns(campaigns).map(prepared => ({ prepared })),
    ...proposedCampaigns(proposals, strategies, campaigns, today(deps)),
  ];
}

/**
 * One campaign the caller may see: a catalog campaign is read by its ref
 * (one entity, not every campaign); a proposal's campaign is not in the
 * catalog, so it is found among the served ones.
 */
async function visibleCampaign(
  deps: CampaignDeps,
  caller: CampaignCaller,
  campaignRef: string,
): Promise<ServedCampaign | undefined> {
  const entity = await deps.catalog.getEntityByRef(campaignRef, {
    credentials: caller.credentials,
  });
  const [prepared] = entity ? prepareCampaigns([entity]) : [];
  if (prepared) return { prepared };
  return (await visibleCampaigns(deps, caller)).find(
    c => c.prepared.ref === campaignRef,
  );
}

function today(deps: CampaignDeps): string {
  return deps.clock().toISOString().slice(0, 10);
}

/** `GET /campaigns`: every campaign not cancelled, and every live proposal, with its counts. */
export async function listCampaigns(
  deps: CampaignDeps,
  caller: CampaignCaller,
): Promise<CampaignSummary[]> {
  const [campaigns, figures] = await Promise.all([
    visibleCampaigns(deps, caller),
    deps.queries.campaignFigures(caller.scope),
  ]);
  return campaigns
    .map(c => servedSummary(c, figures.get(c.prepared.ref), today(deps)))
    .sort(compareSummaries);
}

/** The open entities after the cursor, and the cursor after them. */
function openPage(
  figures: CampaignFigures | undefined,
  limit: number,
  cursor: string | undefined,
): CampaignProgress['open'] {
  const open = figures?.open ?? [];
  let start = 0;
  if (cursor) {
    const after = decodeCursor(cursor, CURSOR_SORT, CURSOR_ORDER);
    const state = after.value as CampaignEntityState;
    if (typeof after.value !== 'string' || !isOpen(state)) {
      throw new InputError(
        'cursor is not valid; use the nextCursor of a previous page',
      );
    }
    const last = { state, entityRef: after.ref };
    start = open.findIndex(todo => compareTodos(todo, last) > 0);
    if (start < 0) start = open.length;
  }
  const items = open.slice(start, start + limit);
  const end = items[items.length - 1];
  return {
    items,
    totalCount: open.length,
    ...(start + limit < open.length &&
      end && {
        nextCursor: encodeCursor({
          sort: CURSOR_SORT,
          order: CURSOR_ORDER,
          value: end.state,
          ref: end.entityRef,
        }),
      }),
  };
}

/**
 * `GET /campaigns/:namespace/:name`: one campaign's progress over the
 * entities the caller may see. The burn-down counts every entity, so it
 * is shown only to callers who see them all or may read aggregates.
 */
export async function campaignProgress(
  deps: CampaignDeps,
  caller: CampaignCaller,
  campaignRef: string,
  page: { limit: number; cursor?: string },
): Promise<CampaignProgress> {
  const served = await visibleCampaign(deps, caller, campaignRef);
  if (!served) {
    throw new NotFoundError(
      `No campaign ${campaignRef} in the catalog (or it was cancelled), or you may not see it`,
    );
  }
  const campaign = served.prepared;
  const figures = (await deps.queries.campaignFigures(caller.scope)).get(
    campaign.ref,
  );
  const open = openPage(figures, page.limit, page.cursor);
  const showBurnDown =
    caller.scope.kind === 'all' ||
    (await deps.queries.mayReadAggregates(caller.credentials));
  const since = new Date(deps.clock().getTime() - BURN_DOWN_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const days = showBurnDown
    ? await deps.db.campaignDays.daily(campaign.ref, since)
    : [];
  return {
    campaign: servedSummary(served, figures, today(deps)),
    byOwner: figures?.byOwner ?? [],
    burnDown: burnDown(days, campaign.startsAt, campaign.deadline),
    // Said outright, so an empty chart is not read as "nothing recorded yet".
    ...(!showBurnDown && { burnDownWithheld: true }),
    open,
  };
}
