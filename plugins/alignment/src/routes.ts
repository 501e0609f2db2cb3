import { createRouteRef } from '@backstage/core-plugin-api';

/** Route of the org-wide drift overview page. @public */
export const rootRouteRef = createRouteRef({
  id: 'alignment',
});
