import { entitiesEvaluated, runSubtitle } from './runText';

describe('runText', () => {
  it('counts one entity in the singular and others in the plural', () => {
    expect(entitiesEvaluated(1)).toBe('1 entity evaluated');
    expect(entitiesEvaluated(0)).toBe('0 entities evaluated');
    expect(entitiesEvaluated(66)).toBe('66 entities evaluated');
  });

  it('says how many entities the latest successful run evaluated', () => {
    expect(
      runSubtitle({
        id: 1,
        status: 'succeeded',
        trigger: 'schedule',
        startedAt: '2026-11-21T15:41:00Z',
        finishedAt: '2026-11-21T15:42:00Z',
        evaluated: 1,
        historyRows: 1,
      }),
    ).toMatch(/^Latest run .* · 1 entity evaluated$/);
  });
});
