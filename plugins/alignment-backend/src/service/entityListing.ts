import type { EntityPage } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { SortKey } from '../database/listCursor';
import type { ResultFilter, ResultSummary } from '../database/types';
import type { ReadScope } from './access/ReadScope';
import { matchesFilter, pageOf } from './access/visibleResults';
import { rowsWithDelta, withCheckOutcome } from './entityRow';
import type { CheckIndex } from './pages/CheckIndex';

/** What `GET /entities` asks for: a filtered, sorted page. */
export type EntityQuery = {
  filter: ResultFilter;
  sort: SortKey;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string;
};

/** What a page of entities is computed from. */
export interface EntityListingDeps {
  db: AlignmentDatabase;
  /** The run's summaries in the scope, read once per run. */
  resultsIn: (scope: ReadScope) => Promise<ResultSummary[]>;
  /** Which entities each check fails on, read once per run. */
  checkIndex: () => Promise<CheckIndex>;
  clock: () => Date;
}

/**
 * A page of the entities in scope, with their 30-day score change. The
 * objective and check filters, and a narrower scope, are answered in
 * memory from the run's summaries; the rest by the database, whose indexes
 * serve the common sorted, filtered page.
 */
export async function entityPage(
  deps: EntityListingDeps,
  options: EntityQuery,
  scope: ReadScope,
): Promise<EntityPage> {
  const { db } = deps;
  const { filter } = options;
  let page;
  if (scope.kind === 'all' && !filter.objective && !filter.check) {
    page = await db.published.list(options);
  } else {
    let rows = (await deps.resultsIn(scope)).filter(r =>
      matchesFilter(r, filter),
    );
    if (filter.check) {
      const index = await deps.checkIndex();
      const wanted = new Set(filter.checkStatus ?? ['fail', 'error']);
      rows = rows.filter(r =>
        wanted.has(index.statusOf(filter.check!, r.entityRef)!),
      );
    }
    page = pageOf(rows, options);
  }
  const items = await rowsWithDelta(db, page.items, deps.clock());
  return {
    ...page,
    items: filter.check
      ? await withCheckOutcome(db, items, filter.check)
      : items,
  };
}
