import { BatchLoader } from './BatchLoader';

describe('BatchLoader', () => {
  it('loads the keys asked for in one turn with one call, each key once', async () => {
    const loadMany = jest.fn(async (keys: string[]) => keys.map(k => `v-${k}`));
    const loader = new BatchLoader(loadMany);
    const values = await Promise.all([
      loader.load('a', undefined),
      loader.load('b', undefined),
      loader.load('a', undefined),
    ]);
    expect(values).toEqual(['v-a', 'v-b', 'v-a']);
    expect(loadMany).toHaveBeenCalledTimes(1);
    expect(loadMany).toHaveBeenCalledWith(['a', 'b'], undefined);
  });

  it('caches nothing: a later turn loads again', async () => {
    let version = 0;
    const loader = new BatchLoader(async (keys: string[]) =>
      keys.map(() => ++version),
    );
    expect(await loader.load('a', undefined)).toBe(1);
    expect(await loader.load('a', undefined)).toBe(2);
  });

  it('loads each group with its own call and the context of its first key', async () => {
    const loadMany = jest.fn(async (keys: string[], caller: string) =>
      keys.map(key => `${caller}:${key}`),
    );
    const loader = new BatchLoader(loadMany);
    const values = await Promise.all([
      loader.load('a', 'ada', 'ada'),
      loader.load('a', 'bob', 'bob'),
      loader.load('b', 'ada', 'ada'),
    ]);
    expect(values).toEqual(['ada:a', 'bob:a', 'ada:b']);
    expect(loadMany).toHaveBeenCalledTimes(2);
  });

  it('splits batches at the maximum size', async () => {
    const loadMany = jest.fn(async (keys: string[]) => keys);
    const loader = new BatchLoader(loadMany, 2);
    const keys = ['a', 'b', 'c', 'd', 'e'];
    expect(await Promise.all(keys.map(k => loader.load(k, undefined)))).toEqual(
      keys,
    );
    expect(loadMany.mock.calls.map(([batch]) => batch)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
  });

  it('rejects every key of a batch whose load failed', async () => {
    const loader = new BatchLoader<string>(async () => {
      throw new Error('catalog unreachable');
    });
    const outcomes = await Promise.allSettled([
      loader.load('a', undefined),
      loader.load('b', undefined),
    ]);
    expect(outcomes).toEqual([
      { status: 'rejected', reason: new Error('catalog unreachable') },
      { status: 'rejected', reason: new Error('catalog unreachable') },
    ]);
  });
});
