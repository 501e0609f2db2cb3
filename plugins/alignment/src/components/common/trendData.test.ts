import { toTrendData } from './trendData';

const DAY = 24 * 60 * 60 * 1000;
const revision = (date: string) => ({
  strategyRef: 'strategy:default/s',
  date,
  trigger: `t-${date}`,
  summary: '',
});
const point = (day: string, score: number) => ({ day, score, entities: 1 });

describe('toTrendData', () => {
  it('keeps revisions from the year before the first point and drops older ones', () => {
    const data = toTrendData({ points: [point('2026-11-21', 85)] }, [
      revision('2024-01-15'),
      revision('2025-04-07'),
      revision('2026-03-02'),
    ]);
    expect(data.revisions.map(r => r.date)).toEqual(['2026-03-02']);
    expect(data.domain).toEqual([
      Date.parse('2026-03-02T00:00:00Z'),
      Date.parse('2026-11-21T00:00:00Z'),
    ]);
  });

  it('gives a lone point some width so it renders as a dot', () => {
    const data = toTrendData({ points: [point('2026-11-21', 85)] }, []);
    const t = Date.parse('2026-11-21T00:00:00Z');
    expect(data.points).toEqual([
      { t, day: '2026-11-21', score: 85, entities: 1 },
    ]);
    expect(data.domain).toEqual([t - 7 * DAY, t + 7 * DAY]);
  });

  it('keeps the instant of timestamped points, as entity history has', () => {
    const data = toTrendData(
      { points: [{ day: '2026-11-21T15:36:31.749Z', score: 68 }] },
      [revision('2026-03-02')],
    );
    expect(data.points[0].t).toBe(Date.parse('2026-11-21T15:36:31.749Z'));
    expect(data.revisions.map(r => r.date)).toEqual(['2026-03-02']);
  });
});
