import { PublishedResultsCache } from './PublishedResultsCache';

describe('PublishedResultsCache', () => {
  it('computes once per version, shares concurrent misses and recomputes after a run', async () => {
    let version = 1;
    const cache = new PublishedResultsCache(async () => version, {
      versionTtlMs: 0,
    });
    let computed = 0;
    const compute = async () => {
      computed += 1;
      return { version };
    };
    const [a, b] = await Promise.all([
      cache.get('overview', compute),
      cache.get('overview', compute),
    ]);
    expect(a).toBe(b);
    expect(computed).toBe(1);
    await cache.get('overview', compute);
    expect(computed).toBe(1);

    version = 2;
    expect(await cache.get('overview', compute)).toEqual({ version: 2 });
    expect(computed).toBe(2);
  });

  it('forgets failures and evicts the least recently used', async () => {
    const cache = new PublishedResultsCache(async () => 1, { maxEntries: 2 });
    await expect(
      cache.get('broken', async () => {
        throw new Error('database down');
      }),
    ).rejects.toThrow('database down');
    expect(await cache.get('broken', async () => 'fixed')).toBe('fixed');

    let computed = 0;
    const compute = async () => ++computed;
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('a', compute); // a is now the most recent
    await cache.get('c', compute); // evicts b
    expect(computed).toBe(3);
    await cache.get('a', compute);
    expect(computed).toBe(3);
    await cache.get('b', compute);
    expect(computed).toBe(4);
  });
});
