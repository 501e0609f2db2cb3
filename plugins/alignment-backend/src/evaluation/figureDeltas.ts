import type { DailyAggregate, RunStats, StoredResult } from '../database/types';
import { RunAccumulator } from './RunAccumulator';

/** A result replaced by a re-evaluation: what was served, and what is now. */
export interface ReplacedResult {
  previous?: StoredResult;
  current: StoredResult;
}

/** How re-evaluated results move the figures that whole runs compute. */
export interface FigureDeltas {
  /** Per dimension and key; only those that moved. */
  daily: DailyAggregate[];
  /** Per principle, and per owner and principle; only those that moved. */
  stats: RunStats;
}

type Numbers = Record<string, number>;

// a − b, field by field (all fields are counts); undefined when nothing moved.
function difference<T extends object>(
  a: T | undefined,
  b: T | undefined,
): T | undefined {
  const x = (a ?? {}) as Numbers;
  const y = (b ?? {}) as Numbers;
  const result: Numbers = {};
  let moved = false;
  for (const field of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const value = (x[field] ?? 0) - (y[field] ?? 0);
    result[field] = value;
    if (value !== 0) moved = true;
  }
  return moved ? (result as T) : undefined;
}

function differenceByKey<T extends object>(
  a: Record<string, T>,
  b: Record<string, T>,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const moved = difference(a[key], b[key]);
    if (moved) result[key] = moved;
  }
  return result;
}

/**
 * The change that replacing some published results makes to the day's
 * aggregates and to the served run's statistics: the figures of the new
 * results minus those of the ones they replace. All of them are counts and
 * sums, so adding this to what a whole run stored gives what a whole run
 * would store now.
 */
export function figureDeltas(
  replaced: ReplacedResult[],
  day: string,
): FigureDeltas {
  const now = new RunAccumulator();
  const before = new RunAccumulator();
  for (const { previous, current } of replaced) {
    now.add(current);
    if (previous) before.add(previous);
  }
  const id = (a: DailyAggregate) => `${a.dimension}\u0000${a.key}`;
  const dailyBefore = new Map(before.dailyAggregates(day).map(a => [id(a), a]));
  const daily: DailyAggregate[] = [];
  const seen = new Set<string>();
  const counted = (a: DailyAggregate) => {
    const { day: _day, dimension: _dimension, key: _key, ...counts } = a;
    return counts;
  };
  for (const aggregate of now.dailyAggregates(day)) {
    seen.add(id(aggregate));
    const earlier = dailyBefore.get(id(aggregate));
    const moved = difference(
      counted(aggregate),
      earlier ? counted(earlier) : undefined,
    );
    if (moved) daily.push({ ...aggregate, ...moved });
  }
  for (const [key, earlier] of dailyBefore) {
    if (seen.has(key)) continue;
    const moved = difference(undefined, counted(earlier));
    if (moved) daily.push({ ...earlier, ...moved });
  }
  const statsNow = now.runStats();
  const statsBefore = before.runStats();
  const ownerPrinciples: RunStats['ownerPrinciples'] = {};
  for (const owner of new Set([
    ...Object.keys(statsNow.ownerPrinciples),
    ...Object.keys(statsBefore.ownerPrinciples),
  ])) {
    const moved = differenceByKey(
      statsNow.ownerPrinciples[owner] ?? {},
      statsBefore.ownerPrinciples[owner] ?? {},
    );
    if (Object.keys(moved).length > 0) ownerPrinciples[owner] = moved;
  }
  return {
    daily,
    stats: {
      principles: differenceByKey(statsNow.principles, statsBefore.principles),
      ownerPrinciples,
    },
  };
}
