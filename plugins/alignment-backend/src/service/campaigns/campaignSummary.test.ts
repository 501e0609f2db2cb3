import { burnDown, daysBetween } from './campaignSummary';

const day = (d: string, open: number) => ({
  campaignRef: 'campaign:default/c',
  day: d,
  inScope: 10,
  open,
});

describe('burnDown', () => {
  it('draws the ideal line from the open count on the start day to zero at the deadline', () => {
    const points = burnDown(
      [day('2026-11-01', 8), day('2026-11-03', 6), day('2026-11-05', 1)],
      '2026-11-01',
      '2026-11-05',
    );
    expect(points.map(p => p.ideal)).toEqual([8, 4, 0]);
    expect(points.map(p => p.open)).toEqual([8, 6, 1]);
  });

  it('takes everything in scope as open on the start day when judged only later', () => {
    // Started 2026-11-01 with 10 in scope, first judged on 2026-11-07:
    // halfway to the deadline, the ideal line is at 5, and 8 are open.
    const points = burnDown(
      [day('2026-11-07', 8), day('2026-11-10', 6), day('2026-11-20', 2)],
      '2026-11-01',
      '2026-11-13',
    );
    expect(points.map(p => p.ideal)).toEqual([5, 2.5, 0]);
  });

  it('has no points before anything was recorded', () => {
    expect(burnDown([], '2026-11-01', '2026-12-01')).toEqual([]);
  });
});

describe('daysBetween', () => {
  it('counts whole UTC days, negative once the date passed', () => {
    expect(daysBetween('2026-11-28', '2026-12-01')).toBe(3);
    expect(daysBetween('2026-11-28', '2026-11-20T00:00:00Z')).toBe(-8);
  });
});
