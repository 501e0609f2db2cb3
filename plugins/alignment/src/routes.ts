import { createRouteRef } from '@backstage/core-plugin-api';

/** Route of the org-wide drift overview page. @public */
export const rootRouteRef = createRouteRef({
  id: 'alignment',
});

/**
 * Route of the campaigns page (by convention `/alignment/campaigns`); one
 * campaign is at `<path>/:namespace/:name` below it.
 * @public
 */
export const campaignsRouteRef = createRouteRef({
  id: 'alignment-campaigns',
});
