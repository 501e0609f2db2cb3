import { chartPoints } from './BurnDownChart';

const time = (day: string) => Date.parse(day);

describe('chartPoints', () => {
  it('carries the ideal line out to the start and the deadline', () => {
    // Started 2026-03-02, due 2026-03-12; first judged halfway, on the 7th,
    // when the ideal line stood at 5 of 10.
    expect(
      chartPoints(
        [{ day: '2026-03-07', inScope: 10, open: 8, ideal: 5 }],
        '2026-03-02',
        '2026-03-12',
      ),
    ).toEqual([
      { time: time('2026-03-02'), ideal: 10 },
      { time: time('2026-03-07'), open: 8, ideal: 5 },
      { time: time('2026-03-12'), ideal: 0 },
    ]);
  });

  it('adds no end the recorded days already reach', () => {
    const points = chartPoints(
      [
        { day: '2026-03-02', inScope: 10, open: 10, ideal: 10 },
        { day: '2026-03-14', inScope: 10, open: 1, ideal: 0 },
      ],
      '2026-03-02',
      '2026-03-12',
    );
    expect(points.map(p => p.time)).toEqual([
      time('2026-03-02'),
      time('2026-03-14'),
    ]);
  });
});
