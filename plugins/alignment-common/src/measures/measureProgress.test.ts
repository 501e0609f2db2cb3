import { measureProgress } from './measureProgress';
import {
  arr,
  at,
  NOW,
  salesCycle,
  series,
} from './__testUtils__/measureFixtures';
import type { TypedMeasure } from './types';

describe('measureProgress', () => {
  describe('projection over the last 90 days', () => {
    // NOW to the end of 2027-06-30 is 222 days.
    it.each([
      [
        'on track',
        0.02,
        'on-track',
        'Projected 12.4 USD millions by 2027-06-30, meeting the target of 12',
      ],
      [
        'at risk',
        0.015,
        'at-risk',
        'Projected 11.3 USD millions by 2027-06-30, short of the target of 12',
      ],
      [
        'off track',
        0.005,
        'off-track',
        'Projected 9.1 USD millions by 2027-06-30, short of the target of 12',
      ],
    ])('projects an increasing measure %s', (_, perDay, status, reason) => {
      const progress = measureProgress(arr, 0, series(8, perDay), NOW);
      expect(progress.status).toBe(status);
      expect(progress.reason).toBe(reason);
      expect(progress.projected).toBeCloseTo(8 + perDay * 222, 6);
    });

    it.each([
      [
        'on track',
        -0.1,
        'on-track',
        'Projected 37.8 days by 2027-06-30, meeting the target of 45',
      ],
      [
        'at risk',
        -0.04,
        'at-risk',
        'Projected 51.1 days by 2027-06-30, above the target of 45',
      ],
      [
        'off track',
        0,
        'off-track',
        'Projected 60 days by 2027-06-30, above the target of 45',
      ],
    ])('projects a decreasing measure %s', (_, perDay, status, reason) => {
      const progress = measureProgress(salesCycle, 0, series(60, perDay), NOW);
      expect(progress.status).toBe(status);
      expect(progress.reason).toBe(reason);
    });

    it('leaves values older than 90 days out of the fit', () => {
      const progress = measureProgress(
        arr,
        0,
        [at(91, 100), ...series(8, 0.02)],
        NOW,
      );
      expect(progress.projected).toBeCloseTo(12.44, 6);
      expect(progress.status).toBe('on-track');
    });

    it('fits the last value of each day, so a corrected day counts once', () => {
      const observations = [
        at(60, 6.8),
        at(30, 100, 'crm'),
        at(29.9, 7.4, 'finance'),
        at(0, 8),
      ];
      const progress = measureProgress(arr, 0, observations, NOW);
      // The corrected value sits 2.4 hours later than the series' own.
      expect(progress.projected).toBeCloseTo(12.44, 1);
      expect(progress.trend.map(t => t.value)).toEqual([6.8, 7.4, 8]);
    });

    it('starts from the first observation when there is no baseline', () => {
      const measure = { ...arr, target: 10, baseline: undefined };
      delete measure.baseline;
      delete measure.cadence;
      const flat = [at(100, 0), at(60, 8.5), at(30, 8.5), at(0, 8.5)];
      const progress = measureProgress(measure, 0, flat, NOW);
      // 8.5 of the 10 needed from 0 is 85%: at risk, not off track.
      expect(progress.status).toBe('at-risk');
      expect(progress.baseline).toBeUndefined();
    });

    it('meets a target equal to the start when the projection reaches it', () => {
      const measure = { ...arr, target: 4 };
      expect(measureProgress(measure, 0, series(5, 0), NOW).status).toBe(
        'on-track',
      );
      expect(measureProgress(measure, 0, series(3, 0), NOW).status).toBe(
        'off-track',
      );
    });

    it('rounds to one decimal more than the target and joins a % unit', () => {
      const availability: TypedMeasure = {
        id: 'app-availability',
        title: 'Availability',
        unit: '%',
        direction: 'increase',
        target: 99.95,
        by: '2027-03-31',
        baseline: { value: 99.71, date: '2026-02-28' },
      };
      const progress = measureProgress(
        availability,
        0,
        [at(40, 99.93), at(10, 99.93)],
        NOW,
      );
      expect(progress.reason).toBe(
        'Projected 99.93% by 2027-03-31, short of the target of 99.95',
      );
      expect(progress.status).toBe('at-risk');
    });
  });

  describe('with one usable day', () => {
    // From 2026-03-01 to the end of 2027-06-30 the line climbs from 4 to 12;
    // by NOW (265 of 487 days) it expects 8.35.
    it.each([
      [
        8.5,
        'on-track',
        'At 8.5 USD millions on 2026-11-20, on pace for 12 by 2027-06-30 (8.4 expected by now)',
      ],
      [
        7.6,
        'at-risk',
        'At 7.6 USD millions on 2026-11-20, behind the 8.4 expected by now on the way to 12 by 2027-06-30',
      ],
      [
        7,
        'off-track',
        'At 7 USD millions on 2026-11-20, behind the 8.4 expected by now on the way to 12 by 2027-06-30',
      ],
    ])('compares %d with the line to the target', (value, status, reason) => {
      const progress = measureProgress(arr, 0, [at(1, value)], NOW);
      expect(progress).toMatchObject({ status, reason });
      expect(progress.projected).toBeUndefined();
    });

    it('reads a decreasing measure the other way', () => {
      // The line falls from 78 to 45; by NOW it expects 60.04.
      expect(measureProgress(salesCycle, 0, [at(1, 59)], NOW).status).toBe(
        'on-track',
      );
      expect(measureProgress(salesCycle, 0, [at(1, 63)], NOW).status).toBe(
        'at-risk',
      );
      expect(measureProgress(salesCycle, 0, [at(1, 70)], NOW).status).toBe(
        'off-track',
      );
    });

    it('treats several values of the same day as that day, keeping the last', () => {
      const progress = measureProgress(
        arr,
        0,
        [at(0.5, 8.5, 'finance'), at(0.8, 7, 'crm')],
        NOW,
      );
      expect(progress.status).toBe('on-track');
      expect(progress.current).toEqual(at(0.5, 8.5, 'finance'));
      expect(progress.trend).toEqual([{ day: '2026-11-20', value: 8.5 }]);
      expect(progress.projected).toBeUndefined();
    });

    it('keeps the one given last of two values with the same time', () => {
      const progress = measureProgress(
        arr,
        0,
        [at(1, 7, 'crm'), at(1, 9, 'finance')],
        NOW,
      );
      expect(progress.current?.source).toBe('finance');
    });
  });
});
