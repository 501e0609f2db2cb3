import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import type { AlignmentFilter } from '@lodestar/backstage-plugin-alignment-common';
import { rootRouteRef } from '../../routes';
import { filterSearch } from '../DriftOverviewPage/useEntityQuery';

function useOptionalRootRoute(): (() => string) | undefined {
  try {
    return useRouteRef(rootRouteRef);
  } catch {
    // An app that does not mount the drift overview: no link, not a crash.
    // useRouteRef runs all its hooks before it throws, so the order holds.
    return undefined;
  }
}

/**
 * Returns a function giving the path of the drift overview with its entity
 * table filtered (`/alignment?owner=…&signal=…`), in the same URL form the
 * page itself writes, or undefined when the app has no drift overview.
 */
export function useDriftOverviewLink(): (
  filter: AlignmentFilter,
) => string | undefined {
  const root = useOptionalRootRoute();
  return useCallback(
    (filter: AlignmentFilter) =>
      root
        ? `${root()}${filterSearch(new URLSearchParams(), filter)}`
        : undefined,
    [root],
  );
}
