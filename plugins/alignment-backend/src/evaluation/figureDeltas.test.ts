import type { StoredResult } from '../database/types';
import { figureDeltas } from './figureDeltas';

function result(fields: Partial<StoredResult>): StoredResult {
  return {
    entityRef: 'component:default/orders',
    kind: 'component',
    owner: 'group:default/payments',
    score: 90,
    level: 'aligned',
    signals: [],
    needsRevalidation: false,
    validOwner: true,
    servesActive: true,
    objectiveRefs: [],
    checkStatuses: { 'principle:default/docs': 'pass' },
    failingChecks: 0,
    noDataChecks: 0,
    fingerprint: 'f',
    scorecard: {} as any,
    evaluatedAt: '2026-11-28T10:00:00.000Z',
    ...fields,
  };
}

describe('figureDeltas', () => {
  it('moves counts from what a result was to what it is', () => {
    const deltas = figureDeltas(
      [
        {
          previous: result({}),
          current: result({
            score: 40,
            level: 'drifting',
            checkStatuses: { 'principle:default/docs': 'fail' },
          }),
        },
      ],
      '2026-11-28',
    );
    const org = deltas.daily.find(d => d.dimension === 'org')!;
    expect(org).toMatchObject({
      day: '2026-11-28',
      key: 'org',
      entities: 0,
      scoreSum: -50,
      aligned: -1,
      drifting: 1,
    });
    expect(deltas.stats.principles['principle:default/docs']).toMatchObject({
      pass: -1,
      fail: 1,
    });
    expect(deltas.stats.ownerPrinciples).toEqual({
      'group:default/payments': {
        'principle:default/docs': { pass: -1, fail: 1 },
      },
    });
  });

  it('counts a new entity whole, and leaves out what did not move', () => {
    const unchanged = result({ entityRef: 'component:default/search' });
    const deltas = figureDeltas(
      [{ current: result({}) }, { previous: unchanged, current: unchanged }],
      '2026-11-28',
    );
    expect(deltas.daily.map(d => [d.dimension, d.entities]).sort()).toEqual([
      ['org', 1],
      ['owner', 1],
    ]);
  });

  it('takes an entity out of the owner it left', () => {
    const deltas = figureDeltas(
      [
        {
          previous: result({}),
          current: result({ owner: 'group:default/platform' }),
        },
      ],
      '2026-11-28',
    );
    const owners = Object.fromEntries(
      deltas.daily
        .filter(d => d.dimension === 'owner')
        .map(d => [d.key, d.entities]),
    );
    expect(owners).toEqual({
      'group:default/payments': -1,
      'group:default/platform': 1,
    });
    expect(deltas.daily.some(d => d.dimension === 'org')).toBe(false);
  });
});
