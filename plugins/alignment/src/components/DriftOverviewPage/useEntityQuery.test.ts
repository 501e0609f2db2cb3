import { filterSearch, parseEntityQuery } from './useEntityQuery';

describe('parseEntityQuery', () => {
  it('reads filters, sort and page size from the URL', () => {
    expect(
      parseEntityQuery(
        new URLSearchParams(
          'owner=payments&level=at-risk&signal=strategic&q=%20hub%20&sort=title&order=desc&pageSize=100',
        ),
      ),
    ).toEqual({
      filter: {
        owner: 'payments',
        level: 'at-risk',
        signal: 'strategic',
        q: 'hub',
      },
      sort: 'title',
      order: 'desc',
      pageSize: 100,
    });
  });

  it('falls back to defaults for values the backend would reject', () => {
    expect(
      parseEntityQuery(
        new URLSearchParams(
          'level=great&signal=vibes&sort=bogus&order=sideways&pageSize=100000&kind=',
        ),
      ),
    ).toEqual({ filter: {}, sort: 'score', order: 'asc', pageSize: 25 });
  });
});

describe('filterSearch', () => {
  it('replaces the filter but keeps sorting and page size', () => {
    const current = new URLSearchParams(
      'level=drifting&q=x&sort=owner&order=desc&pageSize=50',
    );
    expect(
      filterSearch(current, {
        owner: 'group:default/payments',
        signal: 'compliance',
      }),
    ).toBe(
      '?sort=owner&order=desc&pageSize=50&owner=group%3Adefault%2Fpayments&signal=compliance',
    );
  });
});
