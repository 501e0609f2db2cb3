/**
 * The one query object the routers and MCP actions share. It keeps what must
 * live across requests (the published-results cache, catalog visibility
 * checks, read scopes) and hands the work to ScorecardQueries, entityListing,
 * overviewFigures and strategyCoverage, so that each can be read and changed
 * without the others.
 */
import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  alignmentAggregatesReadPermission,
  AlignmentFilter,
  AlignmentOverview,
  EntityPage,
  ObjectivesResponse,
  PrincipleSummary,
  Scorecard,
  ScoreHistory,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { ResultSummary, RunStats } from '../database/types';
import { CatalogReadScopes } from './access/CatalogReadScopes';
import { inScope, ReadScope } from './access/ReadScope';
import { campaignFigures, CampaignFigures } from './campaigns/campaignFigures';
import { visibleOverview } from './access/visibleOverview';
import { CheckIndex } from './pages/CheckIndex';
import { CatalogVisibility } from './CatalogVisibility';
import { entityPage, EntityQuery } from './entityListing';
import { computeOverview, countPrincipleStatuses } from './overviewFigures';
import { PublishedResultsCache } from './PublishedResultsCache';
import { ScorecardQueries } from './ScorecardQueries';
import { objectiveCoverage, principleSummaries } from './strategyCoverage';

/**
 * The read side of the API and of the MCP actions: scorecards, the entity
 * list, the overview, objective coverage and principle statuses. Everything
 * here reads stored results and aggregates; nothing re-evaluates.
 */
export class AlignmentQueries {
  // The overview and entity pages are the same for every caller and change
  // only with a run: dashboards polled by many people compute them once.
  private readonly cache: PublishedResultsCache;
  private readonly visibility: CatalogVisibility;
  private readonly scorecards: ScorecardQueries;
  private readonly scopes: CatalogReadScopes;

  constructor(
    private readonly db: AlignmentDatabase,
    private readonly catalog: CatalogService,
    private readonly permissions: PermissionsService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.cache = new PublishedResultsCache(() => db.runs.latestSucceededId());
    this.visibility = new CatalogVisibility(catalog);
    this.scopes = new CatalogReadScopes(permissions, catalog);
    this.scorecards = new ScorecardQueries(db, this.visibility, clock);
  }

  /** An entity's scorecard, if the caller may see the entity. */
  scorecard(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Scorecard> {
    return this.scorecards.scorecard(entityRef, credentials);
  }

  /** An entity's scorecard as stored JSON text, if the caller may see it. */
  scorecardJson(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    return this.scorecards.scorecardJson(entityRef, credentials);
  }

  /** An entity's score history, if the caller may see the entity. */
  history(
    entityRef: string,
    credentials: BackstageCredentials,
    from?: string,
    to?: string,
  ): Promise<ScoreHistory> {
    return this.scorecards.history(entityRef, credentials, from, to);
  }

  /**
   * Free text (`q`) takes any value a caller types, so answers to it are
   * computed, never cached: random searches could otherwise push every
   * shared dashboard answer out of the cache. Answers over a caller's
   * visible entities are cached under that set's key.
   */
  private cached<T>(
    key: string,
    filter: AlignmentFilter,
    scope: ReadScope,
    compute: () => Promise<T>,
  ): Promise<T> {
    if (filter.q) return compute();
    const scoped = scope.kind === 'all' ? key : `${scope.key}:${key}`;
    return this.cache.get(scoped, compute);
  }

  /** Every published result without its JSON, read once per run. */
  private summaries(): Promise<ResultSummary[]> {
    return this.cache.get('summaries', () => this.db.published.summaries());
  }

  /** The published results in the scope, without their JSON. */
  private async visibleSummaries(
    scope: Extract<ReadScope, { kind: 'some' }>,
  ): Promise<ResultSummary[]> {
    if (scope.refs.size === 0) return [];
    return (await this.summaries()).filter(r => scope.refs.has(r.entityRef));
  }

  /** The entities the caller may see (one permission decision). */
  readScope(
    credentials: BackstageCredentials,
    options?: { fresh?: boolean },
  ): Promise<ReadScope> {
    return this.scopes.forCaller(credentials, options);
  }

  /** Whether the catalog shows the entity (normalized ref) to the caller. */
  canSee(
    entityRef: string,
    credentials: BackstageCredentials,
    options?: { fresh?: boolean },
  ) {
    return this.visibility.canSee(entityRef, credentials, options);
  }

  /** A page of the entities in scope, with their 30-day score change. */
  entities(options: EntityQuery, scope: ReadScope): Promise<EntityPage> {
    return this.cached(
      `entities:${JSON.stringify(options)}`,
      options.filter,
      scope,
      () =>
        entityPage(
          {
            db: this.db,
            resultsIn: s => this.resultsIn(s),
            checkIndex: () => this.checkIndex(),
            clock: this.clock,
          },
          options,
          scope,
        ),
    );
  }

  /** The published results in scope, without their JSON. */
  resultsIn(scope: ReadScope): Promise<ResultSummary[]> {
    return scope.kind === 'all'
      ? this.summaries()
      : this.visibleSummaries(scope);
  }

  /**
   * Every campaign's figures over the entities in scope, once per run and
   * scope: the standings are read once per run for everyone.
   */
  campaignFigures(scope: ReadScope): Promise<Map<string, CampaignFigures>> {
    return this.cached('campaignFigures', {}, scope, async () =>
      campaignFigures(
        await this.cache.get('campaignStandings', () =>
          this.db.published.campaignStandings(),
        ),
        ref => inScope(scope, ref),
      ),
    );
  }

  /** Which entities each check fails, errors or is waived on; once per run. */
  checkIndex(): Promise<CheckIndex> {
    return this.cache.get('checkIndex', async () =>
      CheckIndex.of(await this.db.published.openChecks()),
    );
  }

  /**
   * Figures, pass rates, heatmap and trend over the entities in scope (see
   * visibleOverview for what a caller with a narrower scope gets).
   */
  async overview(
    filter: AlignmentFilter,
    caller: { scope: ReadScope; credentials: BackstageCredentials },
  ): Promise<AlignmentOverview> {
    const { scope, credentials } = caller;
    const [figures, lastRun] = await Promise.all([
      this.cached(`overview:${JSON.stringify(filter)}`, filter, scope, () =>
        scope.kind === 'all'
          ? computeOverview(this.db, filter, this.clock)
          : this.visibleSummaries(scope).then(visible =>
              visibleOverview({
                db: this.db,
                filter,
                clock: this.clock,
                visible,
                canSee: ref => scope.refs.has(ref),
                mayReadAggregates: () => this.mayReadAggregates(credentials),
              }),
            ),
      ),
      // Not cached: a run that starts or fails shows at once.
      this.db.runs.latest(),
    ]);
    return { ...figures, lastRun };
  }

  /**
   * Whether series kept for the whole organisation (or a whole owner,
   * objective or principle) may be shown to a caller who cannot see every
   * entity behind them.
   */
  async mayReadAggregates(credentials: BackstageCredentials): Promise<boolean> {
    const [decision] = await this.permissions.authorize(
      [{ permission: alignmentAggregatesReadPermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Each objective with the entities in scope serving it, plus those serving retired or no objectives. */
  async objectives(
    credentials: BackstageCredentials,
    scope: ReadScope,
  ): Promise<ObjectivesResponse> {
    // The run's summaries, read once per run, hold every objective link.
    return objectiveCoverage(
      await this.resultsIn(scope),
      this.catalog,
      credentials,
    );
  }

  /** Every principle with its validity, compile status and pass rate over the entities in scope. */
  async principles(
    credentials: BackstageCredentials,
    scope: ReadScope,
  ): Promise<{ items: PrincipleSummary[] }> {
    let counts: RunStats['principles'];
    if (scope.kind === 'all') {
      // The run's statistics are read and parsed once per run.
      counts = await this.cache.get('principleCounts', async () => {
        const published = await this.db.results.publishedRunId();
        return published === undefined
          ? {}
          : (await this.db.runs.stats(published))?.principles ?? {};
      });
    } else {
      const visible = await this.visibleSummaries(scope);
      counts = countPrincipleStatuses(
        await this.db.published.checkStatusesOf(visible.map(r => r.entityRef)),
      ).principles;
    }
    return principleSummaries(this.catalog, credentials, counts);
  }
}
