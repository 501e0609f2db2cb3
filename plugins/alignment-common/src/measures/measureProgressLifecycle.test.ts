import { measureProgress } from './measureProgress';
import { arr, at, NOW, salesCycle } from './__testUtils__/measureFixtures';
import type { TypedMeasure } from './types';

describe('measureProgress', () => {
  describe('stale values', () => {
    it('is stale when the last value is older than 1.5 cadence periods', () => {
      const weekly = { ...arr, cadence: 'weekly' as const };
      const progress = measureProgress(weekly, 0, [at(11, 8)], NOW);
      expect(progress.status).toBe('stale');
      expect(progress.reason).toBe(
        'The last value arrived on 2026-11-10, 11 days ago, and a weekly measure expects one every 7 days',
      );
      expect(progress.current?.value).toBe(8);
    });

    it('is not stale within 1.5 periods', () => {
      const weekly = { ...arr, cadence: 'weekly' as const };
      expect(measureProgress(weekly, 0, [at(10, 9)], NOW).status).not.toBe(
        'stale',
      );
      expect(measureProgress(arr, 0, [at(44, 9)], NOW).status).not.toBe(
        'stale',
      );
      expect(measureProgress(arr, 0, [at(46, 9)], NOW).status).toBe('stale');
    });

    it('is never stale without a cadence', () => {
      const measure = { ...arr };
      delete measure.cadence;
      const progress = measureProgress(measure, 0, [at(200, 11)], NOW);
      expect(progress.status).toBe('on-track');
    });
  });

  describe('after the deadline', () => {
    const after = new Date('2027-07-02T00:00:00Z');
    const recent = (value: number) => [
      {
        value,
        observedAt: '2027-07-01T09:00:00Z',
        source: 'finance',
      },
    ];

    it('is on track when the latest value meets the target', () => {
      expect(measureProgress(arr, 0, recent(12.4), after)).toMatchObject({
        status: 'on-track',
        reason:
          'The deadline 2027-06-30 has passed and the latest value, 12.4 USD millions, meets the target of 12',
      });
    });

    it('is off track otherwise, in either direction', () => {
      expect(measureProgress(arr, 0, recent(9), after)).toMatchObject({
        status: 'off-track',
        reason:
          'The deadline 2027-06-30 has passed and the latest value, 9 USD millions, falls short of the target of 12',
      });
      expect(measureProgress(salesCycle, 0, recent(50), after)).toMatchObject({
        status: 'off-track',
        reason:
          'The deadline 2027-06-30 has passed and the latest value, 50 days, is still above the target of 45',
      });
    });

    it('still projects during the day of the deadline', () => {
      const lastDay = new Date('2027-06-30T12:00:00Z');
      const progress = measureProgress(
        arr,
        0,
        [
          { value: 11, observedAt: '2027-06-01T00:00:00Z', source: 'finance' },
          {
            value: 11.5,
            observedAt: '2027-06-30T00:00:00Z',
            source: 'finance',
          },
        ],
        lastDay,
      );
      expect(progress.projected).toBeDefined();
    });
  });

  describe('without values', () => {
    it('describes a typed measure that has no observation yet', () => {
      expect(measureProgress(arr, 0, [], NOW)).toEqual({
        id: 'midmarket-arr',
        title: 'US mid-market ARR',
        unit: 'USD millions',
        direction: 'increase',
        target: 12,
        by: '2027-06-30',
        baseline: { value: 4, date: '2026-03-01' },
        cadence: 'monthly',
        source: 'push',
        status: 'not-measured',
        reason: 'No value has arrived yet',
        trend: [],
      });
    });

    it('ignores observations dated after now', () => {
      const progress = measureProgress(arr, 0, [at(-1, 8)], NOW);
      expect(progress.status).toBe('not-measured');
      expect(progress.current).toBeUndefined();
    });

    it('keeps the source of a catalog measure', () => {
      const measure: TypedMeasure = {
        ...arr,
        source: 'catalog',
        catalog: { aggregate: 'count', where: 'true' },
      };
      expect(measureProgress(measure, 0, [], NOW).source).toBe('catalog');
    });

    it('shows a free-text measure as not measured, named by its position', () => {
      const progress = measureProgress(
        { metric: 'SOC 2 Type II report issued', target: 'by 2026-09-30' },
        2,
        [at(1, 1)],
        NOW,
      );
      expect(progress).toEqual({
        id: 'measure-3',
        title: 'SOC 2 Type II report issued',
        targetText: 'by 2026-09-30',
        source: 'text',
        status: 'not-measured',
        reason: 'This measure has a free-text target, so it records no values',
        trend: [],
      });
    });
  });

  describe('trend', () => {
    it('lists the last value of each day of the last 365 days, oldest first', () => {
      const measure = { ...arr };
      delete measure.cadence;
      const progress = measureProgress(
        measure,
        0,
        [at(1.5, 8), at(400, 1), at(364, 5), at(1.8, 7), at(365, 4)],
        NOW,
      );
      expect(progress.trend).toEqual([
        { day: '2025-11-22', value: 5 },
        { day: '2026-11-19', value: 8 },
      ]);
      expect(progress.current?.value).toBe(8);
    });
  });
});
