import { useApiHolder } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { isPrincipleCheckId } from '@lodestar/backstage-plugin-alignment-common';
import useAsync from 'react-use/esm/useAsync';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The campaign's principle checks whose principle takes effect later, by
 * check id, with the date: read from the principles themselves in one
 * catalog request. Empty while loading, when the app has no catalog API,
 * or when the request fails: the list then reads as it did before.
 */
export function useUpcomingPrinciples(
  checkIds: readonly string[],
): ReadonlyMap<string, string> {
  const catalog = useApiHolder().get(catalogApiRef);
  const principleRefs = checkIds.filter(isPrincipleCheckId);
  const key = principleRefs.join(',');
  const { value } = useAsync(async () => {
    const upcoming = new Map<string, string>();
    if (!catalog || principleRefs.length === 0) return upcoming;
    const today = new Date().toISOString().slice(0, 10);
    const { items } = await catalog.getEntitiesByRefs({
      entityRefs: principleRefs,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'spec.effectiveFrom',
      ],
    });
    items.forEach((entity, i) => {
      const from = (entity?.spec as { effectiveFrom?: unknown } | undefined)
        ?.effectiveFrom;
      if (typeof from === 'string' && DATE.test(from) && from > today)
        upcoming.set(principleRefs[i], from);
    });
    return upcoming;
  }, [catalog, key]);
  return value ?? new Map();
}
