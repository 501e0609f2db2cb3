import { measureText } from './measureText';

describe('measureText', () => {
  it('shows free text as written', () => {
    expect(measureText('  Churn under 2% a month ')).toBe(
      'Churn under 2% a month',
    );
  });

  it('reads a metric with its target, the shape the schema has today', () => {
    expect(
      measureText({ metric: 'US mid-market ARR', target: '$12M by 2027-06' }),
    ).toBe('US mid-market ARR: target $12M by 2027-06');
  });

  it('reads a measured objective with its unit, direction, date and baseline', () => {
    expect(
      measureText({
        id: 'arr',
        title: 'US mid-market ARR',
        unit: 'M$',
        direction: 'increase',
        target: 12,
        by: '2027-06-30',
        baseline: 3,
        cadence: 'monthly',
      }),
    ).toBe(
      'US mid-market ARR: target at least 12 M$, by 2027-06-30, baseline 3 M$, measured monthly',
    );
    expect(
      measureText({
        id: 'mttr',
        direction: 'decrease',
        target: 60,
        unit: 'min',
      }),
    ).toBe('mttr: target at most 60 min');
  });

  it('keeps the fields of an unknown shape as text', () => {
    expect(measureText({ kpi: 'NPS', goal: { value: 50 } })).toBe(
      'kpi: NPS, goal: {"value":50}',
    );
  });

  it('leaves out empty measures', () => {
    expect(measureText('')).toBeUndefined();
    expect(measureText(null)).toBeUndefined();
    expect(measureText({})).toBeUndefined();
  });
});
