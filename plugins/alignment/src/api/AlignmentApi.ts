import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  AlignmentFilter,
  AlignmentOverview,
  CampaignProgress,
  CampaignSummary,
  CreateWaiverRequest,
  EntityFactsResponse,
  EntityPage,
  EvaluationRun,
  ExecutionGapResponse,
  ObjectivePageData,
  ObjectivesResponse,
  PrinciplePageData,
  PrinciplePreview,
  PrincipleSummary,
  Scorecard,
  ScoreHistory,
  StrategyPageData,
  StrategySummary,
  TeamPageData,
  UserPageData,
  WaiverResponse,
} from '@lodestar/backstage-plugin-alignment-common';

/** Sorting and paging of the entity list. @public */
export interface EntityListOptions {
  /** Column to sort by; ties are broken by entity ref. Backend default: `score`. */
  sort?: 'score' | 'level' | 'entityRef' | 'owner' | 'title' | 'evaluatedAt';
  /** Sort direction. Backend default: `asc`. */
  order?: 'asc' | 'desc';
  /** Rows per page, 1 to 500. Backend default: 50. */
  limit?: number;
  /** The `nextCursor` of the previous page, requested with the same sort and order. */
  cursor?: string;
}

/** Paging of a campaign's open entities. @public */
export interface CampaignPageOptions {
  /** The `open.nextCursor` of the previous page. */
  cursor?: string;
  /** Open entities per page; the backend picks a default when absent. */
  limit?: number;
}

/**
 * What the Lodestar frontend reads from and writes to the alignment backend.
 * @public
 */
export interface AlignmentApi {
  /** The entity's latest scorecard; undefined if never evaluated or not visible to the caller. */
  getScorecard(entityRef: CompoundEntityRef): Promise<Scorecard | undefined>;
  /** Score and level over time, with the strategy revisions to mark. */
  getHistory(
    entityRef: CompoundEntityRef,
    range?: { from?: string; to?: string },
  ): Promise<ScoreHistory>;
  /** Figures, principle pass rates, heatmap and trend of the entities matching the filter. */
  getOverview(filter?: AlignmentFilter): Promise<AlignmentOverview>;
  /** One page of the evaluated entities matching the filter; follow `nextCursor` for more. */
  listEntities(
    filter?: AlignmentFilter,
    options?: EntityListOptions,
  ): Promise<EntityPage>;
  /** The URL of the CSV export of the filtered entity list. */
  getEntitiesCsvUrl(
    filter?: AlignmentFilter,
    options?: Pick<EntityListOptions, 'sort' | 'order'>,
  ): Promise<string>;
  /** Each objective with the entities serving it, and those serving retired or no objectives. */
  getObjectives(): Promise<ObjectivesResponse>;
  /** Every principle the user may see, with its validity, compile status and pass counts. */
  getPrinciples(): Promise<{ items: PrincipleSummary[] }>;
  /** Waivers, expired ones included, of one entity or, without a ref, of all entities. */
  listWaivers(
    entityRef?: CompoundEntityRef,
  ): Promise<{ items: WaiverResponse[] }>;
  /**
   * Records a waiver; needs the `lodestar.waiver.create` permission and fails
   * (409) when the check already has an active waiver.
   */
  createWaiver(request: CreateWaiverRequest): Promise<WaiverResponse>;
  /** Deletes a waiver by id; needs the `lodestar.waiver.delete` permission. */
  deleteWaiver(id: string): Promise<void>;
  /** Re-evaluates one entity now and returns its new scorecard. */
  evaluateEntity(entityRef: CompoundEntityRef): Promise<Scorecard>;
  /** The latest whole-catalog run, whatever its outcome; undefined before the first one. */
  getLatestEvaluation(): Promise<EvaluationRun | undefined>;
  /** The strategies in the catalog; empty when none is defined yet. */
  getStrategies(): Promise<StrategySummary[]>;
  /** What the page of a Strategy entity shows beyond the entity's own text. */
  getStrategyPage(entityRef: CompoundEntityRef): Promise<StrategyPageData>;
  /** What the page of an Objective entity shows; its supporters are in {@link AlignmentApi.listEntities} with `objective`. */
  getObjectivePage(entityRef: CompoundEntityRef): Promise<ObjectivePageData>;
  /** What the page of a Principle entity shows; who fails it is in {@link AlignmentApi.listEntities} with `check`. */
  getPrinciplePage(entityRef: CompoundEntityRef): Promise<PrinciplePageData>;
  /** A group's alignment: its entities, what to fix first, its waivers and its load. */
  getTeamPage(entityRef: CompoundEntityRef): Promise<TeamPageData>;
  /** The figures of a user's teams. */
  getUserPage(entityRef: CompoundEntityRef): Promise<UserPageData>;
  /**
   * What a draft principle (an entity object, or its YAML) would do to the
   * estate, storing nothing; needs the `lodestar.principle.preview` permission.
   */
  previewPrinciple(
    principle: string | Record<string, unknown>,
  ): Promise<PrinciplePreview>;
  /**
   * The entity's facts (DORA keys and others pushed from CI/CD), every
   * declared key, and the keys its principles read; fails with 404 for an
   * unknown entity and 403 when the caller may not read it.
   */
  getEntityFacts(entityRef: CompoundEntityRef): Promise<EntityFactsResponse>;
  /**
   * Every active objective the caller may see, with the alignment and
   * delivery of its supporters beside whether its measures are on track.
   */
  getExecutionGap(): Promise<ExecutionGapResponse>;
  /** Every campaign the caller may see, with its counts and deadline. */
  getCampaigns(): Promise<{ items: CampaignSummary[] }>;
  /**
   * One campaign with its progress by owner, burn-down and a page of its
   * open entities; undefined when the backend knows no such campaign.
   *
   * @param campaignRef - the Campaign's ref (`campaign:default/x` or `default/x`) or compound ref
   */
  getCampaign(
    campaignRef: string | CompoundEntityRef,
    options?: CampaignPageOptions,
  ): Promise<CampaignProgress | undefined>;
  /**
   * Accepts a campaign Lodestar proposed from a strategy revision, making
   * it active; fails with 403 without `lodestar.campaign.accept`, 404 for
   * an unknown proposal and 409 when someone already accepted it.
   *
   * @param proposalId - the `proposal.id` of the proposed campaign's summary
   */
  acceptCampaignProposal(proposalId: string): Promise<void>;
}

/** Reference to the {@link AlignmentApi}; the plugin provides {@link AlignmentClient}. @public */
export const alignmentApiRef = createApiRef<AlignmentApi>({
  id: 'plugin.alignment.api',
});
