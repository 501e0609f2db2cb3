import type { ResultSummary } from '../../database/types';
import { aggregateOf, matchesFilter, pageOf } from './visibleResults';

function summary(
  name: string,
  fields: Partial<ResultSummary> = {},
): ResultSummary {
  return {
    entityRef: `component:default/${name}`,
    kind: 'Component',
    title: name.toUpperCase(),
    owner: 'group:default/payments',
    score: 50,
    level: 'at-risk',
    signals: [],
    needsRevalidation: false,
    validOwner: true,
    servesActive: true,
    objectiveRefs: [],
    failingChecks: 0,
    noDataChecks: 0,
    evaluatedAt: '2026-11-01T00:00:00.000Z',
    ...fields,
  };
}

describe('matchesFilter', () => {
  const billing = summary('billing', {
    title: 'Billing Service',
    owner: 'group:default/finance',
    signals: ['compliance'],
    level: 'drifting',
  });

  it('matches each column exactly and free text in ref or title, ignoring case', () => {
    expect(matchesFilter(billing, {})).toBe(true);
    expect(matchesFilter(billing, { owner: 'group:default/finance' })).toBe(
      true,
    );
    expect(matchesFilter(billing, { owner: 'group:default/fin' })).toBe(false);
    expect(matchesFilter(billing, { level: 'drifting' })).toBe(true);
    expect(matchesFilter(billing, { level: 'aligned' })).toBe(false);
    expect(matchesFilter(billing, { signal: 'compliance' })).toBe(true);
    expect(matchesFilter(billing, { signal: 'ownership' })).toBe(false);
    expect(matchesFilter(billing, { q: 'SERVICE' })).toBe(true);
    expect(matchesFilter(billing, { q: 'default/bill' })).toBe(true);
    expect(matchesFilter(billing, { q: 'ledger' })).toBe(false);
  });
});

describe('pageOf', () => {
  const rows = [
    summary('c', { score: 40 }),
    summary('a', { score: 90 }),
    summary('b', { score: 40 }),
    summary('d', { score: 10 }),
  ];

  it('sorts by the key, breaking ties by ref ascending in either order', () => {
    const refs = (page: { items: ResultSummary[] }) =>
      page.items.map(r => r.entityRef.slice(-1));
    expect(
      refs(pageOf(rows, { sort: 'score', order: 'asc', limit: 10 })),
    ).toEqual(['d', 'b', 'c', 'a']);
    expect(
      refs(pageOf(rows, { sort: 'score', order: 'desc', limit: 10 })),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(
      refs(pageOf(rows, { sort: 'entityRef', order: 'desc', limit: 10 })),
    ).toEqual(['d', 'c', 'b', 'a']);
  });

  it('walks every row exactly once by following nextCursor', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = pageOf(rows, {
        sort: 'score',
        order: 'asc',
        limit: 1,
        cursor,
      });
      expect(page.totalItems).toBe(4);
      seen.push(...page.items.map(r => r.entityRef.slice(-1)));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['d', 'b', 'c', 'a']);
  });

  it('rejects a cursor made for another order', () => {
    const { nextCursor } = pageOf(rows, {
      sort: 'score',
      order: 'asc',
      limit: 1,
    });
    expect(() =>
      pageOf(rows, {
        sort: 'score',
        order: 'desc',
        limit: 1,
        cursor: nextCursor,
      }),
    ).toThrow(/different sort or order/);
  });
});

describe('aggregateOf', () => {
  it('counts levels and flags and sums scores', () => {
    expect(
      aggregateOf([
        summary('a', { score: 90, level: 'aligned' }),
        summary('b', {
          score: 20,
          level: 'drifting',
          validOwner: false,
          needsRevalidation: true,
        }),
      ]),
    ).toEqual({
      entities: 2,
      scoreSum: 110,
      aligned: 1,
      atRisk: 0,
      drifting: 1,
      validOwner: 1,
      servesActive: 2,
      needsRevalidation: 1,
    });
  });
});
