import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  AlignmentFilter,
  AlignmentOverview,
  CreateWaiverRequest,
  EntityPage,
  EvaluationRun,
  ObjectivesResponse,
  PrincipleSummary,
  Scorecard,
  ScoreHistory,
  StrategySummary,
  WaiverResponse,
} from '@lodestar/backstage-plugin-alignment-common';

/** Sorting and paging of the entity list. @public */
export interface EntityListOptions {
  sort?: 'score' | 'level' | 'entityRef' | 'owner' | 'title' | 'evaluatedAt';
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
}

/**
 * What the Lodestar frontend reads from and writes to the alignment backend.
 * @public
 */
export interface AlignmentApi {
  /** The latest scorecard of an entity, or undefined when it was never evaluated. */
  getScorecard(entityRef: CompoundEntityRef): Promise<Scorecard | undefined>;
  /** Score and level over time, with the strategy revisions to mark. */
  getHistory(
    entityRef: CompoundEntityRef,
    range?: { from?: string; to?: string },
  ): Promise<ScoreHistory>;
  getOverview(filter?: AlignmentFilter): Promise<AlignmentOverview>;
  listEntities(
    filter?: AlignmentFilter,
    options?: EntityListOptions,
  ): Promise<EntityPage>;
  /** The URL of the CSV export of the filtered entity list. */
  getEntitiesCsvUrl(
    filter?: AlignmentFilter,
    options?: Pick<EntityListOptions, 'sort' | 'order'>,
  ): Promise<string>;
  getObjectives(): Promise<ObjectivesResponse>;
  getPrinciples(): Promise<{ items: PrincipleSummary[] }>;
  listWaivers(
    entityRef?: CompoundEntityRef,
  ): Promise<{ items: WaiverResponse[] }>;
  createWaiver(request: CreateWaiverRequest): Promise<WaiverResponse>;
  deleteWaiver(id: string): Promise<void>;
  /** Re-evaluates one entity now and returns its new scorecard. */
  evaluateEntity(entityRef: CompoundEntityRef): Promise<Scorecard>;
  getLatestEvaluation(): Promise<EvaluationRun | undefined>;
  /** The strategies in the catalog; empty when none is defined yet. */
  getStrategies(): Promise<StrategySummary[]>;
}

/** @public */
export const alignmentApiRef = createApiRef<AlignmentApi>({
  id: 'plugin.alignment.api',
});
