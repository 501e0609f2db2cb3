/**
 * The figures behind the drift overview: entity counts and levels, principle
 * pass rates, the owner-by-principle heatmap and the score trend. They are
 * pure aggregation over stored results, kept apart from the query class so
 * that caching and access control stay in one place and the arithmetic in
 * another. Nothing here caches or checks who is asking: the caller does.
 */
import {
  countPrincipleStatus,
  noPrincipleCounts,
  storedPrincipleCounts,
} from './principleCounts';
import type {
  AlignmentFilter,
  AlignmentOverview,
  RevisionMark,
} from '@lodestar/backstage-plugin-alignment-common';
import { isPrincipleCheckId } from '@lodestar/backstage-plugin-alignment-common';
import type { AlignmentDatabase } from '../database/AlignmentDatabase';
import type {
  OwnerCheckStatuses,
  ResultAggregate,
} from '../database/DatabasePublishedResults';
import type { ResultFilter, RunStats } from '../database/types';

const DAY_MS = 24 * 60 * 60 * 1000;
// A heatmap wider than this is unreadable; the busiest owners say the most.
const HEATMAP_OWNERS = 40;

/** The overview as computed from stored results, before the latest run is added. */
export type OverviewFigures = Omit<AlignmentOverview, 'lastRun'>;

// A filtered view counts in the shape a run's stored statistics have.
type PrincipleCounts = RunStats['principles'];
type OwnerPrincipleCounts = RunStats['ownerPrinciples'];

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

/**
 * The share of passing checks among those that passed or failed, as a
 * percentage with one decimal; `null` when none did. Errors are left out:
 * they say nothing about the entity.
 */
export function passRate(pass: number, fail: number): number | null {
  return percent(pass, pass + fail);
}

/**
 * Every strategy revision recorded, oldest first, as marked on trend lines:
 * the overview's and an entity's score history alike.
 */
export async function strategyRevisions(
  db: AlignmentDatabase,
): Promise<RevisionMark[]> {
  return (await db.trends.revisions()).map(r => ({
    strategyRef: r.strategyRef,
    date: r.date,
    trigger: r.trigger,
    summary: r.summary,
  }));
}

/**
 * Which stored daily trend a filter maps to: the trend is kept per owner,
 * system and domain and for the whole org, so a filter naming exactly one
 * of those gets its own line and any other filter falls back to the org's.
 */
export function trendDimension(filter: ResultFilter): {
  dimension: 'org' | 'owner' | 'system' | 'domain';
  key: string;
} {
  const given = (['owner', 'system', 'domain'] as const).filter(d => filter[d]);
  if (given.length === 1)
    return { dimension: given[0], key: filter[given[0]]! };
  return { dimension: 'org', key: 'org' };
}

/** Check statuses counted per principle, and per owner and principle. */
export type StatusCounts = {
  principles: PrincipleCounts;
  owners: OwnerPrincipleCounts;
};

/**
 * Counts check statuses per principle and per owner and principle for the
 * given entities: what a run's stored statistics hold for the whole
 * catalog, computed when a filter or the caller's permissions narrow it.
 */
export function countPrincipleStatuses(
  statuses: OwnerCheckStatuses[],
): StatusCounts {
  const principles: PrincipleCounts = {};
  const owners: OwnerPrincipleCounts = {};
  for (const { owner, checkStatuses } of statuses) {
    for (const [id, status] of Object.entries(checkStatuses)) {
      if (!isPrincipleCheckId(id)) continue;
      const counts = (principles[id] ??= noPrincipleCounts());
      countPrincipleStatus(counts, status);
      if (
        owner &&
        (status === 'pass' || status === 'fail' || status === 'waived')
      ) {
        const cell = ((owners[owner] ??= {})[id] ??= {
          pass: 0,
          fail: 0,
        });
        cell[status === 'fail' ? 'fail' : 'pass'] += 1;
      }
    }
  }
  return { principles, owners };
}

/** A year of the daily trend that matches the filter. */
export async function trendOf(
  db: AlignmentDatabase,
  filter: ResultFilter,
  clock: () => Date,
): Promise<OverviewFigures['trend']> {
  const { dimension, key } = trendDimension(filter);
  const since = new Date(clock().getTime() - 365 * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const points = (await db.trends.daily(dimension, key, since)).map(d => ({
    day: d.day,
    score: d.entities === 0 ? null : Math.round(d.scoreSum / d.entities),
    entities: d.entities,
    aligned: d.aligned,
    atRisk: d.atRisk,
    drifting: d.drifting,
  }));
  return { dimension, key, points };
}

/**
 * The overview from its parts, however they were gathered: from the
 * database for callers who may see every entity, or over the entities a
 * caller may see.
 */
export function assembleOverview(parts: {
  filter: AlignmentFilter;
  aggregate: ResultAggregate;
  counts: StatusCounts;
  trend: OverviewFigures['trend'];
  revisions: RevisionMark[];
}): OverviewFigures {
  const { filter, aggregate, counts, trend, revisions } = parts;
  const principles = Object.entries(counts.principles)
    .map(([id, stored]) => {
      const c = storedPrincipleCounts(stored);
      return { id, ...c, passRate: passRate(c.pass + c.waived, c.fail) };
    })
    .sort(
      (a, b) =>
        (a.passRate ?? 101) - (b.passRate ?? 101) || a.id.localeCompare(b.id),
    );
  const owners = Object.entries(counts.owners)
    .map(([owner, cells]) => ({
      owner,
      total: Object.values(cells).reduce((n, c) => n + c.pass + c.fail, 0),
      cells,
    }))
    .sort((a, b) => b.total - a.total || a.owner.localeCompare(b.owner))
    .slice(0, HEATMAP_OWNERS);

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
    activeObjectivePercent: percent(aggregate.servesActive, aggregate.entities),
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
    trend,
    revisions,
  };
}

/**
 * Org-wide (or filtered) figures, pass rates, heatmap and a year of trend,
 * read from the published results.
 *
 * @param clock - today, for the start of the trend's year
 */
export async function computeOverview(
  db: AlignmentDatabase,
  filter: AlignmentFilter,
  clock: () => Date,
): Promise<OverviewFigures> {
  const published = await db.results.publishedRunId();
  const unfiltered = Object.values(filter).every(v => v === undefined);
  // Whole-catalog statistics are kept per run; a filtered view computes them.
  const stats =
    unfiltered && published !== undefined
      ? await db.runs.stats(published)
      : undefined;
  return assembleOverview({
    filter,
    aggregate: await db.published.aggregate(filter),
    counts: stats
      ? { principles: stats.principles, owners: stats.ownerPrinciples }
      : countPrincipleStatuses(await db.published.checkStatuses(filter)),
    trend: await trendOf(db, filter, clock),
    revisions: await strategyRevisions(db),
  });
}
