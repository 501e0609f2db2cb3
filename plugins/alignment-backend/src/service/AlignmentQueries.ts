import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AlignmentFilter,
  AlignmentOverview,
  compileRule,
  EntityPage,
  EntityRow,
  isLodestarEntity,
  normalizeRef,
  ObjectiveEntity,
  ObjectivesResponse,
  PrincipleEntity,
  PrincipleSummary,
  refOf,
  Scorecard,
  ScoreHistory,
  validateLodestarEntity,
} from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type { SortKey } from '../database/DatabaseResultStore';
import type { ResultFilter, StoredResult } from '../database/types';
import { BatchLoader } from './BatchLoader';
import { CatalogVisibility } from './CatalogVisibility';
import { PublishedResultsCache } from './PublishedResultsCache';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_REFS = 100;
const HEATMAP_OWNERS = 40;

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

function passRate(pass: number, fail: number): number | null {
  return percent(pass, pass + fail);
}

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
    return { entityRef, points, revisions: await this.revisions() };
  }

  private async revisions() {
    return (await this.db.trends.revisions()).map(r => ({
      strategyRef: r.strategyRef,
      date: r.date,
      trigger: r.trigger,
      summary: r.summary,
    }));
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
        this.computeOverview(filter),
      ),
      // Not cached: a run that starts or fails shows at once.
      this.db.runs.latest(),
    ]);
    return { ...figures, lastRun };
  }

  private async computeOverview(
    filter: AlignmentFilter,
  ): Promise<Omit<AlignmentOverview, 'lastRun'>> {
    const aggregate = await this.db.results.aggregate(filter);
    const published = await this.db.results.publishedRunId();
    const unfiltered = Object.values(filter).every(v => v === undefined);

    // Whole-catalog statistics are kept per run; a filtered view computes them.
    let principleCounts: Record<
      string,
      { pass: number; fail: number; error: number; waived: number }
    > = {};
    let ownerCounts: Record<
      string,
      Record<string, { pass: number; fail: number }>
    > = {};
    const stats =
      unfiltered && published !== undefined
        ? await this.db.runs.stats(published)
        : undefined;
    if (stats) {
      principleCounts = stats.principles;
      ownerCounts = stats.ownerPrinciples;
    } else {
      for (const {
        owner,
        checkStatuses,
      } of await this.db.results.checkStatuses(filter)) {
        for (const [id, status] of Object.entries(checkStatuses)) {
          if (!id.startsWith('principle.')) continue;
          const counts = (principleCounts[id] ??= {
            pass: 0,
            fail: 0,
            error: 0,
            waived: 0,
          });
          if (status in counts) counts[status as keyof typeof counts] += 1;
          if (owner && status !== 'error' && status !== 'not-applicable') {
            const cell = ((ownerCounts[owner] ??= {})[id] ??= {
              pass: 0,
              fail: 0,
            });
            cell[status === 'fail' ? 'fail' : 'pass'] += 1;
          }
        }
      }
    }

    const principles = Object.entries(principleCounts)
      .map(([id, c]) => ({
        id,
        ...c,
        passRate: passRate(c.pass + c.waived, c.fail),
      }))
      .sort(
        (a, b) =>
          (a.passRate ?? 101) - (b.passRate ?? 101) || a.id.localeCompare(b.id),
      );
    const owners = Object.entries(ownerCounts)
      .map(([owner, cells]) => ({
        owner,
        total: Object.values(cells).reduce((n, c) => n + c.pass + c.fail, 0),
        cells,
      }))
      .sort((a, b) => b.total - a.total || a.owner.localeCompare(b.owner))
      .slice(0, HEATMAP_OWNERS);

    const { dimension, key } = this.trendDimension(filter);
    const since = new Date(this.clock().getTime() - 365 * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const trend = (await this.db.trends.daily(dimension, key, since)).map(
      d => ({
        day: d.day,
        score: d.entities === 0 ? null : Math.round(d.scoreSum / d.entities),
        entities: d.entities,
        aligned: d.aligned,
        atRisk: d.atRisk,
        drifting: d.drifting,
      }),
    );

    return {
      filter,
      entities: aggregate.entities,
      score:
        aggregate.entities === 0
          ? null
          : Math.round(aggregate.scoreSum / aggregate.entities),
      levels: {
        aligned: aggregate.aligned,
        atRisk: aggregate.atRisk,
        drifting: aggregate.drifting,
      },
      validOwnerPercent: percent(aggregate.validOwner, aggregate.entities),
      activeObjectivePercent: percent(
        aggregate.servesActive,
        aggregate.entities,
      ),
      needsRevalidationPercent: percent(
        aggregate.needsRevalidation,
        aggregate.entities,
      ),
      principles,
      heatmap: {
        owners: owners.map(o => o.owner),
        principles: principles.map(p => p.id),
        cells: owners.flatMap(o =>
          Object.entries(o.cells).map(([principle, c]) => ({
            owner: o.owner,
            principle,
            pass: c.pass,
            fail: c.fail,
            passRate: passRate(c.pass, c.fail),
          })),
        ),
      },
      trend: { dimension, key, points: trend },
      revisions: await this.revisions(),
    };
  }

  private trendDimension(filter: ResultFilter): {
    dimension: 'org' | 'owner' | 'system' | 'domain';
    key: string;
  } {
    const given = (['owner', 'system', 'domain'] as const).filter(
      d => filter[d],
    );
    if (given.length === 1)
      return { dimension: given[0], key: filter[given[0]]! };
    return { dimension: 'org', key: 'org' };
  }

  /** Each objective with the entities serving it, plus those serving retired or no objectives. */
  async objectives(
    credentials: BackstageCredentials,
  ): Promise<ObjectivesResponse> {
    const { items } = await this.catalog.getEntities(
      { filter: { kind: 'Objective' } },
      { credentials },
    );
    const objectives = items.filter(isLodestarEntity) as ObjectiveEntity[];
    const links = await this.db.results.objectiveLinks();
    const serving = new Map<string, { refs: string[]; scoreSum: number }>();
    for (const link of links) {
      for (const ref of link.objectiveRefs) {
        const entry = serving.get(ref) ?? { refs: [], scoreSum: 0 };
        entry.refs.push(link.entityRef);
        entry.scoreSum += link.score;
        serving.set(ref, entry);
      }
    }
    const statusOf = new Map(objectives.map(o => [refOf(o), o.spec.status]));
    const retiredRefs = links
      .filter(l => l.objectiveRefs.some(ref => statusOf.get(ref) === 'retired'))
      .map(l => l.entityRef);
    const noneRefs = links
      .filter(l => l.objectiveRefs.length === 0)
      .map(l => l.entityRef);
    return {
      objectives: objectives
        .map(o => {
          const ref = refOf(o);
          const entry = serving.get(ref);
          return {
            entityRef: ref,
            title: o.metadata.title ?? o.metadata.name,
            status: o.spec.status,
            owner:
              normalizeRef(o.spec.owner, {
                defaultKind: 'group',
                defaultNamespace: o.metadata.namespace,
              }) ?? o.spec.owner,
            horizon: o.spec.horizon,
            successor: o.spec.successor
              ? normalizeRef(o.spec.successor, {
                  defaultKind: 'objective',
                  defaultNamespace: o.metadata.namespace,
                })
              : undefined,
            supportingCount: entry?.refs.length ?? 0,
            meanScore: entry
              ? Math.round(entry.scoreSum / entry.refs.length)
              : null,
            supportingRefs: (entry?.refs ?? []).slice(0, MAX_REFS),
          };
        })
        .sort(
          (a, b) =>
            a.status.localeCompare(b.status) ||
            a.entityRef.localeCompare(b.entityRef),
        ),
      servingRetired: {
        count: retiredRefs.length,
        entityRefs: retiredRefs.slice(0, MAX_REFS),
      },
      servingNone: {
        count: noneRefs.length,
        entityRefs: noneRefs.slice(0, MAX_REFS),
      },
    };
  }

  /** Every principle with its validity, compile status and pass rate. */
  async principles(
    credentials: BackstageCredentials,
  ): Promise<{ items: PrincipleSummary[] }> {
    const { items } = await this.catalog.getEntities(
      { filter: { kind: 'Principle' } },
      { credentials },
    );
    const published = await this.db.results.publishedRunId();
    const stats =
      published !== undefined ? await this.db.runs.stats(published) : undefined;
    return {
      items: items
        .filter(isLodestarEntity)
        .map(entity => {
          const principle = entity as PrincipleEntity;
          const problems = validateLodestarEntity(principle);
          const compiled =
            typeof principle.spec.rule === 'string'
              ? compileRule(principle.spec.rule)
              : undefined;
          const counts = stats?.principles[
            `principle.${principle.metadata.name}`
          ] ?? { pass: 0, fail: 0, error: 0, waived: 0 };
          return {
            entityRef: stringifyEntityRef(principle),
            name: principle.metadata.name,
            title: principle.metadata.title ?? principle.metadata.name,
            severity: principle.spec.severity,
            status: principle.spec.status ?? 'active',
            valid: problems.length === 0,
            problems: problems.map(p => `${p.path}: ${p.message}`),
            compiled: Boolean(compiled?.ok),
            compileError: compiled && !compiled.ok ? compiled.error : undefined,
            passRate: passRate(counts.pass + counts.waived, counts.fail),
            failingCount: counts.fail,
            errorCount: counts.error,
            ...counts,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
}
