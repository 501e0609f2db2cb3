import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { alignmentApiRef } from '../../api/AlignmentApi';

/** Open entities per page of a campaign. */
export const OPEN_PAGE_SIZE = 25;

type PageStart = { cursor?: string; offset: number };

/**
 * Loads one campaign and pages through its open entities. The cursors of
 * the pages visited are kept as a stack, since the backend's cursors only
 * go forward, each with the count of rows before it (counted from what
 * came back, not assumed from the page size); the previous value stays on
 * screen while a page loads.
 */
export function useCampaignProgress(namespace: string, name: string) {
  const api = useApi(alignmentApiRef);
  const [pages, setPages] = useState<PageStart[]>([{ offset: 0 }]);
  const { cursor, offset } = pages[pages.length - 1];
  const state = useAsyncRetry(
    () =>
      api.getCampaign(
        { kind: 'Campaign', namespace, name },
        { cursor, limit: OPEN_PAGE_SIZE },
      ),
    [api, namespace, name, cursor],
  );
  const open = state.value?.open;
  const nextCursor = open?.nextCursor;
  const nextOffset = offset + (open?.items.length ?? 0);
  return {
    ...state,
    offset,
    next: nextCursor
      ? () =>
          setPages(stack => [
            ...stack,
            { cursor: nextCursor, offset: nextOffset },
          ])
      : undefined,
    previous:
      pages.length > 1
        ? () => setPages(stack => stack.slice(0, -1))
        : undefined,
  };
}
