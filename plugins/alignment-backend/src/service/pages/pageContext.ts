import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AlignmentConfig,
  LODESTAR_API_VERSION,
  EntitySetFigures,
  OwnerCount,
  WithheldSeries,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../../database/AlignmentDatabase';
import type { ResultSummary } from '../../database/types';
import type { ReadScope } from '../access/ReadScope';
import type { ExpiringCache } from '../access/ExpiringCache';
import type { AlignmentQueries } from '../AlignmentQueries';
import type { GroupHierarchy } from './groupHierarchy';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What every page builder reads from. */
export interface PageDeps {
  db: AlignmentDatabase;
  queries: AlignmentQueries;
  catalog: CatalogService;
  config: AlignmentConfig;
  clock: () => Date;
  /** Group hierarchies read from the catalog, kept a while per read scope. */
  groupHierarchies: ExpiringCache<GroupHierarchy>;
}

/** How long a read of the group hierarchy is used. */
export const GROUP_HIERARCHY_TTL_MS = 60_000;

/** Who is asking, and what they may see. */
export interface PageCaller {
  credentials: BackstageCredentials;
  scope: ReadScope;
}

/**
 * The entity a page is about, as the catalog shows it to the caller, with
 * its canonical ref: a page never says more about an entity than its
 * catalog page does. Lodestar's own kinds must be Lodestar's, not another
 * plugin's kind of the same name.
 */
export async function pageEntity(
  deps: PageDeps,
  caller: PageCaller,
  entityRef: string,
  kind: 'Strategy' | 'Objective' | 'Principle' | 'Group' | 'User',
): Promise<{ entity: Entity; ref: string }> {
  const entity = await deps.catalog.getEntityByRef(entityRef, {
    credentials: caller.credentials,
  });
  const ours =
    kind === 'Group' || kind === 'User'
      ? true
      : entity?.apiVersion === LODESTAR_API_VERSION;
  if (!entity || entity.kind !== kind || !ours) {
    throw new NotFoundError(
      `No ${kind} ${entityRef} in the catalog, or you may not see it`,
    );
  }
  return {
    entity,
    ref: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
  };
}

/** The first day of the year of daily points a page shows. */
export function yearAgo(deps: PageDeps): string {
  return new Date(deps.clock().getTime() - 365 * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * A series kept for entities the caller may not all see: shown only to a
 * caller who sees every entity or may read aggregates.
 */
export async function unlessWithheld<T>(
  deps: PageDeps,
  caller: PageCaller,
  read: () => Promise<T[]>,
): Promise<WithheldSeries<T>> {
  if (
    caller.scope.kind === 'all' ||
    (await deps.queries.mayReadAggregates(caller.credentials))
  ) {
    return { points: await read() };
  }
  return { withheld: true, points: [] };
}

/** Count, mean score and levels of a set of results. */
export function figuresOf(results: readonly ResultSummary[]): EntitySetFigures {
  const levels = { aligned: 0, atRisk: 0, drifting: 0 };
  let scoreSum = 0;
  for (const r of results) {
    scoreSum += r.score;
    if (r.level === 'aligned') levels.aligned += 1;
    else if (r.level === 'at-risk') levels.atRisk += 1;
    else levels.drifting += 1;
  }
  return {
    entities: results.length,
    score: results.length ? Math.round(scoreSum / results.length) : null,
    levels,
  };
}

/** Results counted per owner, most first, then by owner ref. */
export function countByOwner(results: readonly ResultSummary[]): OwnerCount[] {
  const counts = new Map<string, number>();
  for (const r of results) {
    counts.set(r.owner ?? '', (counts.get(r.owner ?? '') ?? 0) + 1);
  }
  return [...counts]
    .map(([owner, count]) => ({ owner, count }))
    .sort((a, b) => b.count - a.count || a.owner.localeCompare(b.owner));
}
