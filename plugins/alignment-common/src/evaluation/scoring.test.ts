import type { CheckResult } from '../model/results';
import { DEFAULT_ALIGNMENT_CONFIG, resolveAlignmentConfig } from './config';
import { levelFor, scoreChecks } from './scoring';

const { weights, levelThresholds } = DEFAULT_ALIGNMENT_CONFIG;

function checks(
  ...spec: Array<[CheckResult['status'], CheckResult['severity']]>
): CheckResult[] {
  return spec.map(([status, severity], i) => ({
    id: `c${i}`,
    pillar: 'principles',
    title: `Check ${i}`,
    status,
    severity,
    message: '',
  }));
}

describe('scoreChecks', () => {
  it('weighs passes against applicable checks by severity', () => {
    // passed: high 5 + medium 3 = 8 of applicable 5 + 3 + 10 = 18 -> 44
    expect(
      scoreChecks(
        checks(['pass', 'high'], ['pass', 'medium'], ['fail', 'critical']),
        weights,
      ),
    ).toBe(44);
  });

  it('counts waived as passed and leaves errors and not-applicable out', () => {
    expect(
      scoreChecks(
        checks(
          ['waived', 'high'],
          ['error', 'critical'],
          ['not-applicable', 'low'],
          ['fail', 'low'],
        ),
        weights,
      ),
    ).toBe(83); // 5 / 6
  });

  it('is null when nothing applies', () => {
    expect(scoreChecks(checks(['not-applicable', 'high']), weights)).toBeNull();
  });

  it('uses configured weights', () => {
    const flat = resolveAlignmentConfig({
      weights: { critical: 1, high: 1, medium: 1, low: 1 },
    }).weights;
    expect(
      scoreChecks(checks(['pass', 'low'], ['fail', 'critical']), flat),
    ).toBe(50);
  });
});

describe('levelFor', () => {
  it.each([
    [100, 'aligned'],
    [90, 'aligned'],
    [89, 'at-risk'],
    [70, 'at-risk'],
    [69, 'drifting'],
    [0, 'drifting'],
  ])('puts %i at %s', (score, level) => {
    expect(levelFor(score, [], levelThresholds)).toBe(level);
  });

  it('caps the level at at-risk when a critical check fails', () => {
    expect(levelFor(95, checks(['fail', 'critical']), levelThresholds)).toBe(
      'at-risk',
    );
    expect(levelFor(95, checks(['waived', 'critical']), levelThresholds)).toBe(
      'aligned',
    );
    expect(levelFor(40, checks(['fail', 'critical']), levelThresholds)).toBe(
      'drifting',
    );
  });

  it('honours configured thresholds', () => {
    const thresholds = resolveAlignmentConfig({
      levelThresholds: { aligned: 75, atRisk: 40 },
    }).levelThresholds;
    expect(levelFor(75, [], thresholds)).toBe('aligned');
    expect(levelFor(39, [], thresholds)).toBe('drifting');
  });
});
