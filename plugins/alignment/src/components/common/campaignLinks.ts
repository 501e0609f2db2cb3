import { useCallback } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { campaignsRouteRef } from '../../routes';
import { safeHref } from './safeHref';

function useOptionalCampaignsRoute(): (() => string) | undefined {
  try {
    return useRouteRef(campaignsRouteRef);
  } catch {
    // An app that does not mount the campaigns page: no link, not a crash.
    // useRouteRef runs all its hooks before it throws, so the order holds.
    return undefined;
  }
}

/**
 * Links to the campaigns page: `list()` gives the page itself and
 * `campaign(ref)` one campaign (`<page>/:namespace/:name`). Both are
 * undefined when the app does not mount the page, and `campaign` also when
 * the ref cannot be parsed, so callers render plain text instead.
 */
export function useCampaignLinks(): {
  list: () => string | undefined;
  campaign: (campaignRef: string) => string | undefined;
} {
  const root = useOptionalCampaignsRoute();
  const list = useCallback(() => root?.(), [root]);
  const campaign = useCallback(
    (campaignRef: string) => {
      if (!root) return undefined;
      try {
        const { namespace, name } = parseEntityRef(campaignRef, {
          defaultKind: 'campaign',
        });
        // Refs come from the backend: encode each part and vet the result.
        return safeHref(
          `${root()}/${encodeURIComponent(namespace)}/${encodeURIComponent(
            name,
          )}`,
        );
      } catch {
        return undefined;
      }
    },
    [root],
  );
  return { list, campaign };
}
