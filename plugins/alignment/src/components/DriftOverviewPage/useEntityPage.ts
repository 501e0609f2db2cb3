import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';
import type { EntityQuery } from './useEntityQuery';

/**
 * Loads one page of entities for a query and pages through them by cursor.
 * Cursors of the pages visited are kept on a stack so Previous is just a
 * pop; any change to the query starts over at the first page, because a
 * cursor is only valid for the sort it was issued for.
 */
export function useEntityPage(query: EntityQuery) {
  const api = useApi(alignmentApiRef);
  const key = JSON.stringify(query);
  const [paging, setPaging] = useState<{
    key: string;
    cursors: Array<string | undefined>;
  }>({ key, cursors: [undefined] });
  // Derived rather than reset in an effect, so a new query never fetches
  // once with the old cursor first.
  const cursors = paging.key === key ? paging.cursors : [undefined];
  const cursor = cursors[cursors.length - 1];

  const state = useAsyncRetry(
    () =>
      api.listEntities(query.filter, {
        sort: query.sort,
        order: query.order,
        limit: query.pageSize,
        cursor,
      }),
    // `query` is rebuilt from the URL; its JSON key says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key, cursor],
  );

  const nextCursor = state.value?.nextCursor;
  return {
    ...state,
    pageIndex: cursors.length - 1,
    hasPrevious: cursors.length > 1,
    hasNext: Boolean(nextCursor),
    next: () => {
      if (nextCursor) setPaging({ key, cursors: [...cursors, nextCursor] });
    },
    previous: () => setPaging({ key, cursors: cursors.slice(0, -1) }),
  };
}
