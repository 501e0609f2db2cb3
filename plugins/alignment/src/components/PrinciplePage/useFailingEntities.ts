import { useState } from 'react';
import type { ListedCheckStatus } from '@lodestar/backstage-plugin-alignment-common';
import { useEntityPage } from '../DriftOverviewPage/useEntityPage';
import { PAGE_SIZES } from '../DriftOverviewPage/useEntityQuery';

// A check without data asks for something too: a fact to push.
const FAILING: ListedCheckStatus[] = ['fail', 'error', 'no-data'];

/**
 * One server page of the entities on which the principle fails, errs or
 * lacks a fact it reads,
 * sorted by owner so each owner's entities come together, with cursor
 * paging. The list can be 50k long, so only the current page is loaded.
 *
 * @param checkId - the principle's check id, its lowercase entity ref
 */
export function useFailingEntities(checkId: string) {
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  const page = useEntityPage({
    filter: { check: checkId, checkStatus: FAILING },
    sort: 'owner',
    order: 'asc',
    pageSize,
  });
  return { ...page, pageSize, setPageSize };
}

/** What {@link useFailingEntities} returns. */
export type FailingEntities = ReturnType<typeof useFailingEntities>;
