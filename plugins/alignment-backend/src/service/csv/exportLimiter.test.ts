import { ExportLimiter, TooManyExportsError } from './exportLimiter';

describe('ExportLimiter', () => {
  it('lets each caller run up to its limit at once, and frees slots on release', () => {
    const limiter = new ExportLimiter(2);
    const first = limiter.acquire('user:default/ada');
    const second = limiter.acquire('user:default/ada');
    expect(() => limiter.acquire('user:default/ada')).toThrow(
      new TooManyExportsError(
        'At most 2 exports at a time; wait for one to finish',
      ),
    );
    // Another caller is not held up.
    expect(() => limiter.acquire('user:default/grace')).not.toThrow();
    first();
    // Releasing twice frees one slot, not two.
    first();
    const third = limiter.acquire('user:default/ada');
    expect(() => limiter.acquire('user:default/ada')).toThrow(
      TooManyExportsError,
    );
    second();
    third();
    expect(() => limiter.acquire('user:default/ada')).not.toThrow();
  });

  it('is served as 429 Too Many Requests', () => {
    expect(new TooManyExportsError('x').statusCode).toBe(429);
  });
});
