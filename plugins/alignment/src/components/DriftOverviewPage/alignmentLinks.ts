import { useCallback } from 'react';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { safeHref } from '../common/safeHref';

/**
 * Returns a function giving the path of an entity's Alignment tab
 * (`/catalog/:namespace/:kind/:name/alignment`), or undefined when the ref
 * cannot be parsed. The path is built from entity data, so it goes through
 * safeHref like every other entity-derived link.
 */
export function useAlignmentTabLink(): (
  entityRef: string,
) => string | undefined {
  const entityLink = useEntityRefLink();
  return useCallback(
    (entityRef: string) => {
      try {
        return safeHref(`${entityLink(entityRef)}/alignment`);
      } catch {
        // A malformed ref from the backend: render it as text, not a link.
        return undefined;
      }
    },
    [entityLink],
  );
}
