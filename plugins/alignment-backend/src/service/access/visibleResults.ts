/**
 * The entity list and its figures computed in memory over the entities a
 * caller may see: the path a conditional `catalog.entity.read` decision
 * takes. It gives the same answers as the database queries the shared path
 * runs, over a subset no query could name without listing it.
 */
import { decodeCursor, encodeCursor, SortKey } from '../../database/listCursor';
import {
  emptyAggregate,
  EQUALITY_FILTERS,
  ResultAggregate,
} from '../../database/DatabasePublishedResults';
import type { ResultFilter, ResultSummary } from '../../database/types';

/** Whether a result matches the filter, as the database's query decides it. */
export function matchesFilter(
  result: ResultSummary,
  filter: ResultFilter,
): boolean {
  for (const column of EQUALITY_FILTERS) {
    const wanted = filter[column];
    if (wanted !== undefined && result[column] !== wanted) return false;
  }
  if (filter.signal && !result.signals.some(s => s.includes(filter.signal!))) {
    return false;
  }
  if (filter.objective && !result.objectiveRefs.includes(filter.objective)) {
    return false;
  }
  if (
    filter.needsRevalidation !== undefined &&
    result.needsRevalidation !== filter.needsRevalidation
  ) {
    return false;
  }
  if (filter.q) {
    const term = filter.q.toLowerCase();
    return (
      result.entityRef.toLowerCase().includes(term) ||
      (result.title ?? '').toLowerCase().includes(term)
    );
  }
  return true;
}

function sortValue(result: ResultSummary, sort: SortKey): string | number {
  // The sort keys are the summary's own field names.
  return sort === 'score' ? result.score : String(result[sort] ?? '');
}

function compare(a: string | number, b: string | number): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** A sorted page of the given results, with the cursor the database path uses. */
export function pageOf(
  results: readonly ResultSummary[],
  options: {
    sort: SortKey;
    order: 'asc' | 'desc';
    limit: number;
    cursor?: string;
  },
): { items: ResultSummary[]; totalItems: number; nextCursor?: string } {
  const { sort, order, limit } = options;
  const direction = order === 'asc' ? 1 : -1;
  // Ties are broken by ref, ascending in either order, as in the database.
  const byOrder = (
    a: { value: string | number; ref: string },
    b: { value: string | number; ref: string },
  ) => direction * compare(a.value, b.value) || compare(a.ref, b.ref);
  let rows = results
    .map(result => ({
      result,
      value: sortValue(result, sort),
      ref: result.entityRef,
    }))
    .sort(byOrder);
  if (options.cursor) {
    const cursor = decodeCursor(options.cursor, sort, order);
    rows = rows.filter(row => byOrder(row, cursor) > 0);
  }
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page[page.length - 1] : undefined;
  return {
    items: page.map(row => row.result),
    totalItems: results.length,
    nextCursor: last
      ? encodeCursor({ sort, order, value: last.value, ref: last.ref })
      : undefined,
  };
}

/** Counts and sums over the given results, as the database aggregates them. */
export function aggregateOf(
  results: readonly ResultSummary[],
): ResultAggregate {
  const totals = emptyAggregate();
  for (const r of results) {
    totals.entities += 1;
    totals.scoreSum += r.score;
    if (r.level === 'aligned') totals.aligned += 1;
    if (r.level === 'at-risk') totals.atRisk += 1;
    if (r.level === 'drifting') totals.drifting += 1;
    if (r.validOwner) totals.validOwner += 1;
    if (r.servesActive) totals.servesActive += 1;
    if (r.needsRevalidation) totals.needsRevalidation += 1;
  }
  return totals;
}
