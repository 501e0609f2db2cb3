import type { CheckResult, PillarResult } from '../model/results';
import { compareAlignment, driftSignals } from './drift';

function make(
  id: string,
  pillar: CheckResult['pillar'],
  status: CheckResult['status'],
): CheckResult {
  return {
    id,
    pillar,
    title: id,
    status,
    severity: 'high',
    message: `${id} is ${status}`,
  };
}

function result(
  score: number,
  ...list: CheckResult[]
): { score: number; pillars: PillarResult[] } {
  return { score, pillars: [{ id: 'ownership', score, checks: list }] };
}

describe('driftSignals', () => {
  it('raises one signal per pillar with failures, with the reasons', () => {
    expect(
      driftSignals([
        make('ownership.resolves', 'ownership', 'fail'),
        make('intent.active-objectives', 'intent', 'fail'),
        make('intent.declared', 'intent', 'pass'),
        make('principle:default/x', 'principles', 'waived'),
        make('principle:default/y', 'principles', 'error'),
      ]),
    ).toEqual([
      {
        type: 'ownership',
        reasons: ['ownership.resolves: ownership.resolves is fail'],
      },
      {
        type: 'strategic',
        reasons: ['intent.active-objectives: intent.active-objectives is fail'],
      },
    ]);
  });
});

describe('compareAlignment', () => {
  it('reports the delta, the trend and the checks that changed', () => {
    const before = result(
      60,
      make('a', 'ownership', 'fail'),
      make('b', 'ownership', 'pass'),
      make('c', 'ownership', 'fail'),
    );
    const after = result(
      75,
      make('a', 'ownership', 'pass'),
      make('b', 'ownership', 'fail'),
      make('c', 'ownership', 'waived'),
    );
    expect(compareAlignment(before, after)).toEqual({
      scoreDelta: 15,
      trend: 'improving',
      newlyFailing: ['b'],
      newlyPassing: ['a', 'c'],
    });
    expect(compareAlignment(after, before).trend).toBe('worsening');
    expect(compareAlignment(after, after)).toMatchObject({
      trend: 'stable',
      newlyFailing: [],
      newlyPassing: [],
    });
  });
});
