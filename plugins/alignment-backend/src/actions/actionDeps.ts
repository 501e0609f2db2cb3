import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { AlignmentConfig } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import { ExpiringCache } from '../service/access/ExpiringCache';
import type { AlignmentQueries } from '../service/AlignmentQueries';
import { GROUP_HIERARCHY_TTL_MS, PageDeps } from '../service/pages/pageContext';

/** What Lodestar's actions read from: what the REST routes read. */
export interface AlignmentActionDeps {
  db: AlignmentDatabase;
  queries: AlignmentQueries;
  catalog: CatalogService;
  /** The scoring configuration, with the declared fact keys. */
  config: AlignmentConfig;
  /** The time measures and facts are judged at; the system clock when absent. */
  clock?: () => Date;
}

/**
 * The dependencies of the page and outcome builders, so that an action
 * answers with the very code its route runs. The actions read no group
 * hierarchy, but the builders' type holds a cache for one.
 */
export function pageDepsOf(deps: AlignmentActionDeps): PageDeps {
  return {
    db: deps.db,
    queries: deps.queries,
    catalog: deps.catalog,
    config: deps.config,
    clock: deps.clock ?? (() => new Date()),
    groupHierarchies: new ExpiringCache({
      ttlMs: GROUP_HIERARCHY_TTL_MS,
      maxEntries: 100,
    }),
  };
}
