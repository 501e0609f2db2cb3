import { daysEndingOn, observedAtOf, reportingDays } from './calendar';

describe('the demo calendar', () => {
  const days = daysEndingOn(new Date('2026-11-28T23:59:00Z'), 90);

  it('lists the days ending today, oldest first, across month ends', () => {
    expect(days).toHaveLength(90);
    expect(days.slice(0, 2)).toEqual(['2026-08-31', '2026-09-01']);
    expect(days[89]).toBe('2026-11-28');
    expect(new Set(days).size).toBe(90);
  });

  it('dates observations at the start of their day, never in the future', () => {
    expect(observedAtOf('2026-11-28')).toBe('2026-11-28T00:00:00.000Z');
  });

  it('reports monthly and quarterly measures on the first day of each period and on the last day', () => {
    expect(reportingDays(days, 'monthly')).toEqual([
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-11-28',
    ]);
    expect(reportingDays(days, 'quarterly')).toEqual([
      '2026-10-01',
      '2026-11-28',
    ]);
    expect(reportingDays(days, 'weekly')).toEqual(days);
    expect(reportingDays(days, undefined)).toEqual(days);
    // A last day that opens a period is listed once.
    const toOctober = daysEndingOn(new Date('2026-10-01T08:00:00Z'), 90);
    expect(reportingDays(toOctober, 'quarterly')).toEqual(['2026-10-01']);
  });
});
