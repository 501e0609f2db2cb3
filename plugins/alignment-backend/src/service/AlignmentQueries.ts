/**
 * The one query object the routers and MCP actions share. It keeps what must
 * live across requests (the published-results cache, catalog visibility
 * checks, scorecard batching) and hands the arithmetic to overviewFigures and
 * strategyCoverage, so that each can be read and changed without the others.
 */
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AlignmentFilter,
  AlignmentOverview,
  EntityPage,
  EntityRow,
  ObjectivesResponse,
  PrincipleSummary,
  Scorecard,
  ScoreHistory,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { SortKey } from '../database/DatabaseResultStore';
import type { ResultFilter, StoredResult } from '../database/types';
import { BatchLoader } from './BatchLoader';
import { CatalogVisibility } from './CatalogVisibility';
import { computeOverview, strategyRevisions } from './overviewFigures';
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

  constructor(
    private readonly db: AlignmentDatabase,
    private readonly catalog: CatalogService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.cache = new PublishedResultsCache(() => db.runs.latestSucceededId());
    this.visibility = new CatalogVisibility(catalog);
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
    const points = await this.db.results.history(
      entityRef,
      from
        ? new Date(from).toISOString()
        : new Date(now.getTime() - 365 * DAY_MS).toISOString(),
      to ? new Date(to).toISOString() : now.toISOString(),
    );
    return { entityRef, points, revisions: await strategyRevisions(this.db) };
  }

  private toRow(result: StoredResult, delta: number | null): EntityRow {
    return {
      entityRef: result.entityRef,
      title: result.title,
      kind: result.kind,
      owner: result.owner,
      system: result.system,
      domain: result.domain,
      lifecycle: result.lifecycle,
      score: result.score,
      level: result.level,
      delta30d: delta,
      signals: result.signals,
      needsRevalidation: result.needsRevalidation,
      evaluatedAt: result.evaluatedAt,
    };
  }

  /**
   * Free text (`q`) takes any value a caller types, so answers to it are
   * computed, never cached: random searches could otherwise push every
   * shared dashboard answer out of the cache.
   */
  private cached<T>(
    key: string,
    filter: AlignmentFilter,
    compute: () => Promise<T>,
  ): Promise<T> {
    return filter.q ? compute() : this.cache.get(key, compute);
  }

  /** A page of entities with their 30-day score change. */
  async entities(options: EntityQuery): Promise<EntityPage> {
    return this.cached(
      `entities:${JSON.stringify(options)}`,
      options.filter,
      () => this.computeEntities(options),
    );
  }

  private async computeEntities(options: EntityQuery): Promise<EntityPage> {
    const page = await this.db.results.list(options);
    const monthAgo = new Date(
      this.clock().getTime() - 30 * DAY_MS,
    ).toISOString();
    const before = await this.db.results.scoresAsOf(
      page.items.map(r => r.entityRef),
      monthAgo,
    );
    return {
      items: page.items.map(r =>
        this.toRow(
          r,
          before.has(r.entityRef) ? r.score - before.get(r.entityRef)! : null,
        ),
      ),
      totalItems: page.totalItems,
      nextCursor: page.nextCursor,
    };
  }

  /** Org-wide (or filtered) figures, pass rates, heatmap and trend. */
  async overview(filter: AlignmentFilter): Promise<AlignmentOverview> {
    const [figures, lastRun] = await Promise.all([
      this.cached(`overview:${JSON.stringify(filter)}`, filter, () =>
        computeOverview(this.db, filter, this.clock),
      ),
      // Not cached: a run that starts or fails shows at once.
      this.db.runs.latest(),
    ]);
    return { ...figures, lastRun };
  }

  /** Each objective with the entities serving it, plus those serving retired or no objectives. */
  async objectives(
    credentials: BackstageCredentials,
  ): Promise<ObjectivesResponse> {
    return objectiveCoverage(this.db, this.catalog, credentials);
  }

  /** Every principle with its validity, compile status and pass rate. */
  async principles(
    credentials: BackstageCredentials,
  ): Promise<{ items: PrincipleSummary[] }> {
    return principleSummaries(this.db, this.catalog, credentials);
  }
}
