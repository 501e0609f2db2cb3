import type { RevisionMark } from '@lodestar/backstage-plugin-alignment-common';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A trend point on a numeric time axis. */
export interface TrendDatum {
  t: number;
  day: string;
  score: number | null;
  entities?: number;
}

/** A score at a day (YYYY-MM-DD) or instant (ISO timestamp). */
export interface ScorePoint {
  day: string;
  score: number | null;
  entities?: number;
}

/** What a trend chart draws: points, the revisions in view, and the x domain. */
export interface TrendData {
  points: TrendDatum[];
  revisions: Array<RevisionMark & { t: number }>;
  domain: [number, number];
}

function dayToTime(day: string): number {
  return day.length > 10 ? Date.parse(day) : Date.parse(`${day}T00:00:00Z`);
}

/**
 * Places points and revisions on one time axis. Revisions are drawn when
 * they fall within a year before the first point: the strategy change that
 * started the current era should show even before the data does, but one
 * from years ago would squash the line into a sliver.
 */
export function toTrendData(
  trend: { points: ScorePoint[] },
  revisions: RevisionMark[],
): TrendData {
  const points = trend.points.map(p => ({
    t: dayToTime(p.day),
    day: p.day,
    score: p.score,
    entities: p.entities,
  }));
  const first = points.length ? points[0].t : Date.now();
  const last = points.length ? points[points.length - 1].t : first;
  const inView = revisions
    .map(r => ({ ...r, t: dayToTime(r.date) }))
    .filter(
      r =>
        !Number.isNaN(r.t) &&
        r.t >= first - 365 * DAY_MS &&
        r.t <= last + DAY_MS,
    );
  const times = [...points.map(p => p.t), ...inView.map(r => r.t)];
  let min = Math.min(...times, first);
  let max = Math.max(...times, last);
  // A lone point (or point and revision on one day) needs some width around it.
  if (max - min < 14 * DAY_MS) {
    min -= 7 * DAY_MS;
    max += 7 * DAY_MS;
  }
  return { points, revisions: inView, domain: [min, max] };
}

/** An axis tick or tooltip label: the ISO day. */
export function formatDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
