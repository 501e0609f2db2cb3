import { isPrincipleCheckId } from '@lodestar/backstage-plugin-alignment-common';
import type { DailyAggregate, RunStats, StoredResult } from '../database/types';
import {
  countPrincipleStatus,
  noPrincipleCounts,
} from '../service/principleCounts';

/** What a run's figures count of one result. */
export type ResultFigures = Pick<
  StoredResult,
  | 'owner'
  | 'system'
  | 'domain'
  | 'objectiveRefs'
  | 'score'
  | 'level'
  | 'needsRevalidation'
  | 'checkStatuses'
>;

type Counts = Omit<DailyAggregate, 'day' | 'dimension' | 'key'>;

/**
 * What an accumulator has counted, as plain data that a worker thread can
 * send: adding it to another accumulator counts the same results there.
 */
export interface RunTally {
  stats: RunStats;
  daily: Map<DailyAggregate['dimension'], Map<string, Counts>>;
}

function noCounts(): Counts {
  return {
    entities: 0,
    scoreSum: 0,
    aligned: 0,
    atRisk: 0,
    drifting: 0,
    needsRevalidation: 0,
  };
}

/** Adds every count of `from` to `to`, key by key. */
function addCounts<T extends object>(to: T, from: T): void {
  for (const key of Object.keys(from) as Array<keyof T>) {
    (to[key] as number) =
      ((to[key] as number | undefined) ?? 0) + (from[key] as number);
  }
}

/**
 * Collects a run's statistics while results stream past, so the run never
 * has to re-read what it wrote: per-principle pass rates, owner × principle
 * counts for the heatmap, and the day's aggregates for trend lines.
 */
export class RunAccumulator {
  private readonly stats: RunStats = { principles: {}, ownerPrinciples: {} };
  /** Counts by dimension, then key: no key string is built per entity. */
  private readonly daily = new Map<
    DailyAggregate['dimension'],
    Map<string, Counts>
  >();

  add(result: ResultFigures): void {
    const statuses = result.checkStatuses;
    for (const id in statuses) {
      if (!isPrincipleCheckId(id)) continue;
      const status = statuses[id];
      const counts = (this.stats.principles[id] ??= noPrincipleCounts());
      countPrincipleStatus(counts, status);
      if (
        result.owner &&
        (status === 'pass' || status === 'fail' || status === 'waived')
      ) {
        const byOwner = (this.stats.ownerPrinciples[result.owner] ??= {});
        const cell = (byOwner[id] ??= { pass: 0, fail: 0 });
        cell[status === 'fail' ? 'fail' : 'pass'] += 1;
      }
    }
    this.count('org', 'org', result);
    if (result.owner) this.count('owner', result.owner, result);
    if (result.system) this.count('system', result.system, result);
    if (result.domain) this.count('domain', result.domain, result);
    for (const objective of result.objectiveRefs)
      this.count('objective', objective, result);
  }

  /** Adds what another accumulator counted, e.g. on a worker thread. */
  merge(tally: RunTally): void {
    for (const [id, counts] of Object.entries(tally.stats.principles)) {
      addCounts((this.stats.principles[id] ??= noPrincipleCounts()), counts);
    }
    for (const [owner, byPrinciple] of Object.entries(
      tally.stats.ownerPrinciples,
    )) {
      const mine = (this.stats.ownerPrinciples[owner] ??= {});
      for (const [id, cell] of Object.entries(byPrinciple)) {
        addCounts((mine[id] ??= { pass: 0, fail: 0 }), cell);
      }
    }
    for (const [dimension, byKey] of tally.daily) {
      for (const [key, counts] of byKey) {
        addCounts(this.countsOf(dimension, key), counts);
      }
    }
  }

  /** Everything counted so far, to be merged elsewhere. */
  tally(): RunTally {
    return { stats: this.stats, daily: this.daily };
  }

  private countsOf(dimension: DailyAggregate['dimension'], key: string) {
    let byKey = this.daily.get(dimension);
    if (!byKey) {
      byKey = new Map();
      this.daily.set(dimension, byKey);
    }
    let counts = byKey.get(key);
    if (!counts) {
      counts = noCounts();
      byKey.set(key, counts);
    }
    return counts;
  }

  private count(
    dimension: DailyAggregate['dimension'],
    key: string,
    result: ResultFigures,
  ) {
    const counts = this.countsOf(dimension, key);
    counts.entities += 1;
    counts.scoreSum += result.score;
    if (result.level === 'aligned') counts.aligned += 1;
    else if (result.level === 'at-risk') counts.atRisk += 1;
    else counts.drifting += 1;
    if (result.needsRevalidation) counts.needsRevalidation += 1;
  }

  runStats(): RunStats {
    return this.stats;
  }

  dailyAggregates(day: string): DailyAggregate[] {
    return [...this.daily].flatMap(([dimension, byKey]) =>
      [...byKey].map(([key, counts]) => ({ day, dimension, key, ...counts })),
    );
  }
}
