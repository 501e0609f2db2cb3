/**
 * Answers computed from stored results, kept until results change. Results
 * change only when a run succeeds (whole-catalog or single-entity, on any
 * replica), so the id of the latest succeeded run is the version: it is
 * read at most once per `versionTtlMs`, so an answer is at most that stale.
 * Concurrent misses for one key share one computation; the least recently
 * used answers go first when the cache is full.
 */
export class PublishedResultsCache {
  private readonly entries = new Map<
    string,
    { version: number; value: Promise<unknown> }
  >();
  private version?: { value: Promise<number>; readAt: number };

  constructor(
    private readonly readVersion: () => Promise<number>,
    private readonly options: {
      maxEntries?: number;
      versionTtlMs?: number;
    } = {},
  ) {}

  private currentVersion(): Promise<number> {
    const ttl = this.options.versionTtlMs ?? 1000;
    if (!this.version || Date.now() - this.version.readAt >= ttl) {
      const value = this.readVersion();
      this.version = { value, readAt: Date.now() };
      // A failed read is not remembered.
      value.catch(() => (this.version = undefined));
    }
    return this.version.value;
  }

  /** The cached answer for `key`, or `compute()`'s, stored for this version. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.currentVersion();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      // Re-insert: Map order is the recency order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    const max = this.options.maxEntries ?? 500;
    while (this.entries.size > max) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
