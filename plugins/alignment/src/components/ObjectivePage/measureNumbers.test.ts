import type { MeasureProgress } from '@lodestar/backstage-plugin-alignment-common';
import { measureFormatter, targetSentence } from './measureNumbers';

const arr: MeasureProgress = {
  id: 'arr',
  title: 'US mid-market ARR',
  unit: 'M USD',
  direction: 'increase',
  target: 12,
  by: '2027-06-30',
  source: 'push',
  status: 'at-risk',
  reason: '',
  trend: [],
};

describe('measureFormatter', () => {
  it('shows one decimal more than the target and baseline are written with', () => {
    expect(measureFormatter(arr)(9.149)).toBe('9.1 M USD');
    const uptime = {
      ...arr,
      unit: '%',
      target: 99.95,
      baseline: { value: 99.5, date: '2026-01-01' },
    };
    expect(measureFormatter(uptime)(99.9449)).toBe('99.945%');
  });

  it('groups thousands and never shows -0', () => {
    const revenue = { ...arr, unit: 'USD', target: 1200000 };
    expect(measureFormatter(revenue)(1234567.04)).toBe('1,234,567 USD');
    expect(measureFormatter(revenue)(-0.01)).toBe('0 USD');
  });
});

describe('targetSentence', () => {
  it('names the bound from the direction, and the date', () => {
    expect(targetSentence(arr)).toBe('target at least 12 M USD by 2027-06-30');
    expect(
      targetSentence({
        ...arr,
        direction: 'decrease',
        unit: 'days',
        by: undefined,
      }),
    ).toBe('target at most 12 days');
  });

  it('has nothing to say without a number', () => {
    expect(targetSentence({ ...arr, target: undefined })).toBeUndefined();
  });
});
