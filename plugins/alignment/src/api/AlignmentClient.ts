import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
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
import {
  AlignmentApi,
  CampaignPageOptions,
  EntityListOptions,
} from './AlignmentApi';

function entityPath(ref: CompoundEntityRef): string {
  return [ref.kind, ref.namespace, ref.name]
    .map(part => encodeURIComponent(part.toLocaleLowerCase('en-US')))
    .join('/');
}

function query(
  params: Record<string, string | string[] | number | boolean | undefined>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text !== undefined && text !== '') search.set(key, String(text));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Talks to the alignment backend with the signed-in user's credentials.
 * @public
 */
export class AlignmentClient implements AlignmentApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  /** {@inheritDoc AlignmentApi.getScorecard} */
  async getScorecard(
    entityRef: CompoundEntityRef,
  ): Promise<Scorecard | undefined> {
    const response = await this.request(
      `/scorecards/${entityPath(entityRef)}`,
      { allowNotFound: true },
    );
    return response ? response.json() : undefined;
  }

  /** {@inheritDoc AlignmentApi.getHistory} */
  async getHistory(
    entityRef: CompoundEntityRef,
    range?: { from?: string; to?: string },
  ): Promise<ScoreHistory> {
    return this.json(
      `/scorecards/${entityPath(entityRef)}/history${query({ ...range })}`,
    );
  }

  /** {@inheritDoc AlignmentApi.getOverview} */
  async getOverview(filter: AlignmentFilter = {}): Promise<AlignmentOverview> {
    return this.json(`/overview${query({ ...filter })}`);
  }

  /** {@inheritDoc AlignmentApi.listEntities} */
  async listEntities(
    filter: AlignmentFilter = {},
    options: EntityListOptions = {},
  ): Promise<EntityPage> {
    return this.json(`/entities${query({ ...filter, ...options })}`);
  }

  /** {@inheritDoc AlignmentApi.getEntitiesCsvUrl} */
  async getEntitiesCsvUrl(
    filter: AlignmentFilter = {},
    options: Pick<EntityListOptions, 'sort' | 'order'> = {},
  ): Promise<string> {
    const baseUrl = await this.discoveryApi.getBaseUrl('alignment');
    return `${baseUrl}/entities.csv${query({ ...filter, ...options })}`;
  }

  /** {@inheritDoc AlignmentApi.getObjectives} */
  async getObjectives(): Promise<ObjectivesResponse> {
    return this.json('/objectives');
  }

  /** {@inheritDoc AlignmentApi.getPrinciples} */
  async getPrinciples(): Promise<{ items: PrincipleSummary[] }> {
    return this.json('/principles');
  }

  /** {@inheritDoc AlignmentApi.listWaivers} */
  async listWaivers(
    entityRef?: CompoundEntityRef,
  ): Promise<{ items: WaiverResponse[] }> {
    return this.json(
      `/waivers${query({
        entityRef: entityRef && stringifyEntityRef(entityRef),
      })}`,
    );
  }

  /** {@inheritDoc AlignmentApi.createWaiver} */
  async createWaiver(request: CreateWaiverRequest): Promise<WaiverResponse> {
    return this.json('/waivers', { method: 'POST', body: request });
  }

  /** {@inheritDoc AlignmentApi.deleteWaiver} */
  async deleteWaiver(id: string): Promise<void> {
    await this.request(`/waivers/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  /** {@inheritDoc AlignmentApi.evaluateEntity} */
  async evaluateEntity(entityRef: CompoundEntityRef): Promise<Scorecard> {
    const { scorecard } = await this.json<{ scorecard: Scorecard }>(
      '/evaluations',
      {
        method: 'POST',
        body: { entityRef: stringifyEntityRef(entityRef) },
      },
    );
    return scorecard;
  }

  /** {@inheritDoc AlignmentApi.getLatestEvaluation} */
  async getLatestEvaluation(): Promise<EvaluationRun | undefined> {
    const response = await this.request('/evaluations/latest', {
      allowNotFound: true,
    });
    return response ? response.json() : undefined;
  }

  /** {@inheritDoc AlignmentApi.getStrategies} */
  async getStrategies(): Promise<StrategySummary[]> {
    const response = await this.request('/strategy', { allowNotFound: true });
    return response ? (await response.json()).items : [];
  }

  /** {@inheritDoc AlignmentApi.getStrategyPage} */
  async getStrategyPage(
    entityRef: CompoundEntityRef,
  ): Promise<StrategyPageData> {
    return this.json(`/pages/${entityPath(entityRef)}`);
  }

  /** {@inheritDoc AlignmentApi.getObjectivePage} */
  async getObjectivePage(
    entityRef: CompoundEntityRef,
  ): Promise<ObjectivePageData> {
    return this.json(`/pages/${entityPath(entityRef)}`);
  }

  /** {@inheritDoc AlignmentApi.getPrinciplePage} */
  async getPrinciplePage(
    entityRef: CompoundEntityRef,
  ): Promise<PrinciplePageData> {
    return this.json(`/pages/${entityPath(entityRef)}`);
  }

  /** {@inheritDoc AlignmentApi.getTeamPage} */
  async getTeamPage(entityRef: CompoundEntityRef): Promise<TeamPageData> {
    return this.json(`/pages/${entityPath(entityRef)}`);
  }

  /** {@inheritDoc AlignmentApi.getUserPage} */
  async getUserPage(entityRef: CompoundEntityRef): Promise<UserPageData> {
    return this.json(`/pages/${entityPath(entityRef)}`);
  }

  /** {@inheritDoc AlignmentApi.previewPrinciple} */
  async previewPrinciple(
    principle: string | Record<string, unknown>,
  ): Promise<PrinciplePreview> {
    return this.json('/preview', { method: 'POST', body: { principle } });
  }

  /** {@inheritDoc AlignmentApi.getEntityFacts} */
  async getEntityFacts(
    entityRef: CompoundEntityRef,
  ): Promise<EntityFactsResponse> {
    return this.json(`/entities/${entityPath(entityRef)}/facts`);
  }

  /** {@inheritDoc AlignmentApi.getExecutionGap} */
  async getExecutionGap(): Promise<ExecutionGapResponse> {
    return this.json('/execution-gap');
  }

  /** {@inheritDoc AlignmentApi.getCampaigns} */
  async getCampaigns(): Promise<{ items: CampaignSummary[] }> {
    return this.json('/campaigns');
  }

  /** {@inheritDoc AlignmentApi.getCampaign} */
  async getCampaign(
    campaignRef: string | CompoundEntityRef,
    options: CampaignPageOptions = {},
  ): Promise<CampaignProgress | undefined> {
    // The route has no kind segment: only Campaigns live there.
    const { namespace, name } =
      typeof campaignRef === 'string'
        ? parseEntityRef(campaignRef, { defaultKind: 'campaign' })
        : campaignRef;
    const path = [namespace, name]
      .map(part => encodeURIComponent(part.toLocaleLowerCase('en-US')))
      .join('/');
    const response = await this.request(
      `/campaigns/${path}${query({ ...options })}`,
      { allowNotFound: true },
    );
    return response ? response.json() : undefined;
  }

  /** {@inheritDoc AlignmentApi.acceptCampaignProposal} */
  async acceptCampaignProposal(proposalId: string): Promise<void> {
    await this.request(
      `/campaigns/proposals/${encodeURIComponent(proposalId)}/accept`,
      { method: 'POST' },
    );
  }

  private async json<T>(
    path: string,
    init?: { method: string; body?: unknown },
  ): Promise<T> {
    const response = await this.request(path, init);
    return (await response!.json()) as T;
  }

  private async request(
    path: string,
    options: { method?: string; body?: unknown; allowNotFound?: boolean } = {},
  ): Promise<Response | undefined> {
    const baseUrl = await this.discoveryApi.getBaseUrl('alignment');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method: options.method ?? 'GET',
      ...(options.body !== undefined && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(options.body),
      }),
    });
    if (options.allowNotFound && response.status === 404) return undefined;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }
}
