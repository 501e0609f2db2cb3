import type { MeasureProgress } from '@lodestar/backstage-plugin-alignment-common';
import type { PageCaller, PageDeps } from '../pages/pageContext';

/**
 * Measures computed from the catalog count every entity, seen or not: an
 * organisation-wide figure like the score trend. A caller who may not see
 * every entity, and may not read aggregates, gets them without values.
 */
export async function withholdCatalogMeasures<
  T extends { progress?: MeasureProgress } | MeasureProgress,
>(deps: PageDeps, caller: PageCaller, items: T[]): Promise<T[]> {
  const progressOf = (item: T) =>
    'status' in item ? (item as MeasureProgress) : item.progress;
  if (!items.some(item => progressOf(item)?.source === 'catalog')) return items;
  if (
    caller.scope.kind === 'all' ||
    (await deps.queries.mayReadAggregates(caller.credentials))
  )
    return items;
  const withhold = (progress: MeasureProgress): MeasureProgress => {
    if (progress.source !== 'catalog') return progress;
    const { current, projected, ...rest } = progress;
    return {
      ...rest,
      status: 'not-measured',
      reason:
        'Computed over the whole catalog; shown to those who may read organisation-wide figures',
      trend: [],
      withheld: true,
    };
  };
  return items.map(item =>
    'status' in item
      ? (withhold(item as MeasureProgress) as T)
      : { ...item, progress: item.progress && withhold(item.progress) },
  );
}
