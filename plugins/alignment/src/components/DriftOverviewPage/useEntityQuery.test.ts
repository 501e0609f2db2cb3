import { filterSearch, parseEntityQuery } from './useEntityQuery';

describe('parseEntityQuery', () => {
  it('reads filters, sort and page size from the URL', () => {
    expect(
      parseEntityQuery(
        new URLSearchParams(
          'owner=payments&level=at-risk&signal=strategic&q=%20hub%20&needsRevalidation=true&sort=title&order=desc&pageSize=100',
        ),
      ),
    ).toEqual({
      filter: {
        owner: 'payments',
        level: 'at-risk',
        signal: 'strategic',
        q: 'hub',
        needsRevalidation: true,
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
          'level=great&signal=vibes&sort=bogus&order=sideways&pageSize=100000&kind=&needsRevalidation=maybe',
        ),
      ),
    ).toEqual({ filter: {}, sort: 'score', order: 'asc', pageSize: 25 });
  });
});

describe('filterSearch', () => {
  it('writes a false review filter, which is a filter too', () => {
    expect(
      filterSearch(new URLSearchParams(), { needsRevalidation: false }),
    ).toBe('?needsRevalidation=false');
  });

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
