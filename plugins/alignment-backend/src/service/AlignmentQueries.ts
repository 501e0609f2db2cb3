/**
 * The one query object the routers and MCP actions share. It keeps what must
 * live across requests (the published-results cache, catalog visibility
 * checks, scorecard batching) and hands the arithmetic to overviewFigures and
 * strategyCoverage, so that each can be read and changed without the others.
 */
import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
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
import type { SortKey } from '../database/listCursor';
import type { ResultFilter, ResultSummary, RunStats } from '../database/types';
import { CatalogReadScopes } from './access/CatalogReadScopes';
import type { ReadScope } from './access/ReadScope';
import { visibleOverview } from './access/visibleOverview';
import { matchesFilter, pageOf } from './access/visibleResults';
import { BatchLoader } from './BatchLoader';
import { CheckIndex } from './pages/CheckIndex';
import { rowsWithDelta, withCheckOutcome } from './entityRow';
import { CatalogVisibility } from './CatalogVisibility';
import {
  computeOverview,
  countPrincipleStatuses,
  strategyRevisions,
} from './overviewFigures';
import { PublishedResultsCache } from './PublishedResultsCache';
import { objectiveCoverage, principleSummaries } from './strategyCoverage';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What `GET /entities` asks for: a filtered, sorted page. */
type EntityQuery = {
  filter: ResultFilter;
  sort: SortKey;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string;
};

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
  // Scorecards asked for at once are read from the database at once.
  private readonly scorecards: BatchLoader<string | undefined>;

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
    this.scorecards = new BatchLoader(refs =>
      db.results.publishedScorecards(refs),
    );
  }

  /** An entity's scorecard, if the caller may see the entity. */
  async scorecard(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Scorecard> {
    return JSON.parse(await this.scorecardJson(entityRef, credentials));
  }

  /**
   * An entity's scorecard as stored JSON text, if the caller may see the
   * entity: what `GET /scorecards` serves, without parsing it to print it
   * again.
   */
  async scorecardJson(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    // The catalog applies catalog.entity.read for the caller; the stored
    // scorecard is read meanwhile, and returned only if it may be seen.
    const [visible, stored] = await Promise.all([
      this.visibility.canSee(entityRef, credentials),
      this.scorecards.load(entityRef, undefined),
    ]);
    if (!visible) {
      throw new NotFoundError(
        `No entity ${entityRef} in the catalog, or you may not see it`,
      );
    }
    if (!stored) {
      const latest = await this.db.runs.latest();
      throw new NotFoundError(
        `${entityRef} has not been evaluated yet${
          latest
            ? `; the last run (${latest.status}) started ${latest.startedAt}`
            : '; no evaluation has run yet'
        }. Lodestar evaluates Components, APIs, Resources and Systems on a schedule.`,
      );
    }
    return stored;
  }

  async history(
    entityRef: string,
    credentials: BackstageCredentials,
    from?: string,
    to?: string,
  ): Promise<ScoreHistory> {
    await this.scorecardJson(entityRef, credentials);
    const now = this.clock();
    const points = await this.db.history.history(
      entityRef,
      from
        ? new Date(from).toISOString()
        : new Date(now.getTime() - 365 * DAY_MS).toISOString(),
      to ? new Date(to).toISOString() : now.toISOString(),
    );
    return { entityRef, points, revisions: await strategyRevisions(this.db) };
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

  /**
   * A page of the entities in scope, with their 30-day score change. The
   * objective and check filters, and a narrower scope, are answered in
   * memory from the run's summaries; the rest by the database.
   */
  async entities(options: EntityQuery, scope: ReadScope): Promise<EntityPage> {
    const { filter } = options;
    return this.cached(
      `entities:${JSON.stringify(options)}`,
      filter,
      scope,
      async () => {
        let page;
        if (scope.kind === 'all' && !filter.objective && !filter.check) {
          page = await this.db.published.list(options);
        } else {
          let rows = (await this.resultsIn(scope)).filter(r =>
            matchesFilter(r, filter),
          );
          if (filter.check) {
            const index = await this.checkIndex();
            const wanted = new Set(filter.checkStatus ?? ['fail', 'error']);
            rows = rows.filter(r =>
              wanted.has(index.statusOf(filter.check!, r.entityRef)!),
            );
          }
          page = pageOf(rows, options);
        }
        const items = await rowsWithDelta(this.db, page.items, this.clock());
        return {
          ...page,
          items: filter.check
            ? await withCheckOutcome(this.db, items, filter.check)
            : items,
        };
      },
    );
  }

  /** The published results in scope, without their JSON. */
  resultsIn(scope: ReadScope): Promise<ResultSummary[]> {
    return scope.kind === 'all'
      ? this.summaries()
      : this.visibleSummaries(scope);
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
