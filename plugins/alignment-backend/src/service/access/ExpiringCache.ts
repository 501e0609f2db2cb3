/**
 * Values kept for a fixed time after they were computed. Concurrent misses
 * for one key share one computation, a failed computation is not kept, and
 * the oldest entries go first when the cache is full.
 */
export class ExpiringCache<T> {
  private readonly entries = new Map<
    string,
    { value: Promise<T>; expiresAt: number }
  >();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries: number;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** The cached value for `key`, or `compute()`'s, kept for the TTL. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) return hit.value;
    this.entries.delete(key);
    const value = compute();
    this.entries.set(key, {
      value,
      expiresAt: this.now() + this.options.ttlMs,
    });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.options.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
