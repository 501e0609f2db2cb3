export { AlignmentEngine } from './AlignmentEngine';
export type {
  EvaluateOptions,
  PrincipleCompileStatus,
  PrinciplePreviewResult,
} from './AlignmentEngine';
export type { EvaluationInputs } from './timeDependence';
export { preparePrinciple } from './principles';
export type { PreparedPrinciple } from './principles';
export { CatalogSnapshot } from './CatalogSnapshot';
export { CHECKS } from './checkDefinitions';
export type { CheckDefinition } from './checkDefinitions';
export type { LatestRevision } from './checks/intentChecks';
export { DEFAULT_ALIGNMENT_CONFIG, resolveAlignmentConfig } from './config';
export type { AlignmentConfig } from './config';
export { compareAlignment, driftSignals } from './drift';
export type { AlignmentChange } from './drift';
export { createAppliesToMatcher } from './appliesTo';
export type { AppliesToMatcher } from './appliesTo';
export {
  addCheck,
  levelFor,
  scoreChecks,
  scoreOfParts,
  scorePartsOf,
} from './scoring';
export type { ScoreParts } from './scoring';
export { isWaiverActive } from './waivers';
export type { Waiver } from './waivers';
export {
  campaignStandings,
  indexCampaigns,
  prepareCampaign,
  prepareCampaigns,
} from './campaigns';
export type { CampaignIndex, PreparedCampaign } from './campaigns';
