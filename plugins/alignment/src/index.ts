/**
 * Lodestar alignment: the Alignment tab and card on entity pages, the pages
 * of the strategy kinds and of teams, and the org-wide drift overview page.
 *
 * @packageDocumentation
 */

export {
  alignmentPlugin,
  CampaignsPage,
  DriftOverviewPage,
  EntityAlignmentCard,
  EntityAlignmentContent,
  EntityGroupAlignmentCard,
  EntityGroupAlignmentContent,
  EntityObjectiveContent,
  EntityPrincipleContent,
  EntityStrategyContent,
  EntityUserAlignmentCard,
} from './plugin';
export { isAlignmentAvailable } from './components/isAlignmentAvailable';
export {
  isObjectiveEntity,
  isPrincipleEntity,
  isStrategyEntity,
} from './components/isLodestarKind';
export { alignmentApiRef } from './api/AlignmentApi';
export type {
  AlignmentApi,
  CampaignPageOptions,
  EntityListOptions,
} from './api/AlignmentApi';
export { AlignmentClient } from './api/AlignmentClient';
export {
  rootRouteRef as alignmentRootRouteRef,
  campaignsRouteRef as alignmentCampaignsRouteRef,
} from './routes';
