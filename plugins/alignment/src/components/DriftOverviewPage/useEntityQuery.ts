import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  ALIGNMENT_LEVELS,
  type AlignmentFilter,
  type AlignmentLevel,
  type DriftSignalType,
} from '@lodestar/backstage-plugin-alignment-common';

/** The columns the backend can sort the entity list by. */
export type EntitySortKey = 'score' | 'level' | 'entityRef' | 'owner' | 'title';

/** What the entity table shows: the filter plus sorting and page size. */
export interface EntityQuery {
  filter: AlignmentFilter;
  sort: EntitySortKey;
  order: 'asc' | 'desc';
  pageSize: number;
}

/** Free-text filters, in the order the filter bar shows them. */
export const TEXT_FILTER_KEYS = [
  'owner',
  'system',
  'domain',
  'kind',
  'lifecycle',
] as const;

export const SIGNALS: readonly DriftSignalType[] = [
  'ownership',
  'strategic',
  'compliance',
];

export const SORT_KEYS: readonly EntitySortKey[] = [
  'score',
  'level',
  'entityRef',
  'owner',
  'title',
];

export const PAGE_SIZES = [25, 50, 100] as const;

const FILTER_KEYS = [
  ...TEXT_FILTER_KEYS,
  'level',
  'signal',
  'q',
  'needsRevalidation',
] as const;

function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/**
 * Reads the entity query from the URL. A hand-edited or stale link may hold
 * values the backend would reject with a 400; those fall back to defaults
 * so a shared link still opens.
 */
export function parseEntityQuery(params: URLSearchParams): EntityQuery {
  const filter: AlignmentFilter = {};
  for (const key of [...TEXT_FILTER_KEYS, 'q'] as const) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  filter.level = oneOf<AlignmentLevel>(params.get('level'), ALIGNMENT_LEVELS);
  filter.signal = oneOf(params.get('signal'), SIGNALS);
  if (!filter.level) delete filter.level;
  if (!filter.signal) delete filter.signal;
  const review = params.get('needsRevalidation');
  if (review === 'true' || review === 'false') {
    filter.needsRevalidation = review === 'true';
  }

  const pageSize = Number(params.get('pageSize'));
  return {
    filter,
    sort: oneOf(params.get('sort'), SORT_KEYS) ?? 'score',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : PAGE_SIZES[0],
  };
}

/**
 * The URL search string for a filter, keeping the current sorting and page
 * size so following a link changes what is shown, not how.
 */
export function filterSearch(
  current: URLSearchParams,
  filter: AlignmentFilter,
): string {
  const next = new URLSearchParams();
  for (const key of ['sort', 'order', 'pageSize']) {
    const value = current.get(key);
    if (value) next.set(key, value);
  }
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== '') next.set(key, String(value));
  }
  return `?${next.toString()}`;
}

/**
 * The entity query held in the URL, and setters that write it back. Filters
 * live in the URL so a view can be shared and the figures, heatmap and
 * table stay in step without shared React state.
 */
export function useEntityQuery() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Memoised on the string so consumers get a stable object per URL.
  const query = useMemo(
    () => parseEntityQuery(new URLSearchParams(search)),
    [search],
  );

  const update = useCallback(
    (changes: Record<string, string | boolean | undefined>, replace = false) =>
      setParams(
        prev => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value !== undefined && value !== '')
              next.set(key, String(value));
            else next.delete(key);
          }
          return next;
        },
        // Typing in a search box would otherwise add a history entry per pause.
        { replace },
      ),
    [setParams],
  );

  const setFilter = useCallback(
    (
      // The drift page filters on single values; check statuses are the
      // principle page's.
      changes: Partial<Omit<AlignmentFilter, 'checkStatus'>>,
      options?: { replace?: boolean },
    ) => update(changes, options?.replace),
    [update],
  );

  const clearFilters = useCallback(
    () => update(Object.fromEntries(FILTER_KEYS.map(key => [key, undefined]))),
    [update],
  );

  const setSort = useCallback(
    (sort: EntitySortKey, order: 'asc' | 'desc') =>
      update({ sort, order }, true),
    [update],
  );

  const setPageSize = useCallback(
    (pageSize: number) => update({ pageSize: String(pageSize) }, true),
    [update],
  );

  return { query, params, setFilter, clearFilters, setSort, setPageSize };
}

/** True when any filter is set. */
export function hasFilter(filter: AlignmentFilter): boolean {
  return Object.values(filter).some(
    value => value !== undefined && value !== '',
  );
}
