/**
 * Lodestar alignment: the Alignment tab and card on entity pages and the
 * org-wide drift overview page.
 *
 * @packageDocumentation
 */

export {
  alignmentPlugin,
  DriftOverviewPage,
  EntityAlignmentCard,
  EntityAlignmentContent,
} from './plugin';
export { isAlignmentAvailable } from './components/isAlignmentAvailable';
export { alignmentApiRef } from './api/AlignmentApi';
export type { AlignmentApi, EntityListOptions } from './api/AlignmentApi';
export { AlignmentClient } from './api/AlignmentClient';
export { rootRouteRef as alignmentRootRouteRef } from './routes';
