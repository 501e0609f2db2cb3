type Settle<V> = (value: V | Error) => void;

interface Batch<V, C> {
  context: C;
  waiters: Map<string, Array<Settle<V>>>;
}

/**
 * Gathers the keys asked for during one turn of the event loop and loads
 * them with one call, per group. Under concurrent requests this turns many
 * small lookups (a database round trip, a catalog request) into one, and
 * adds no wait when a request comes alone. Nothing is cached: each answer
 * comes from a load started after the key was asked for.
 */
export class BatchLoader<V, C = undefined> {
  private readonly batches = new Map<string, Batch<V, C>>();

  /**
   * @param loadMany - loads the keys of one batch, in the order given; the
   *   context is the one the batch's first key was asked with.
   * @param maxBatch - the most keys one call loads.
   */
  constructor(
    private readonly loadMany: (keys: string[], context: C) => Promise<V[]>,
    private readonly maxBatch = 100,
  ) {}

  /**
   * Loads `key`. Keys of the same `group` share a call, and so its context:
   * callers group only keys whose context is interchangeable.
   */
  load(key: string, context: C, group = ''): Promise<V> {
    let batch = this.batches.get(group);
    if (!batch) {
      const created: Batch<V, C> = { context, waiters: new Map() };
      this.batches.set(group, created);
      setImmediate(() => this.flush(group, created));
      batch = created;
    }
    const waiters = batch.waiters.get(key) ?? [];
    batch.waiters.set(key, waiters);
    const value = new Promise<V>((resolve, reject) =>
      waiters.push(settled =>
        settled instanceof Error ? reject(settled) : resolve(settled),
      ),
    );
    if (batch.waiters.size >= this.maxBatch) this.flush(group, batch);
    return value;
  }

  private flush(group: string, batch: Batch<V, C>): void {
    // A full batch is flushed early; its timer then finds it gone.
    if (this.batches.get(group) !== batch) return;
    this.batches.delete(group);
    const keys = [...batch.waiters.keys()];
    const settle = (key: string, value: V | Error) =>
      batch.waiters.get(key)!.forEach(waiter => waiter(value));
    this.loadMany(keys, batch.context).then(
      values => keys.forEach((key, i) => settle(key, values[i])),
      error =>
        keys.forEach(key =>
          settle(
            key,
            error instanceof Error ? error : new Error(String(error)),
          ),
        ),
    );
  }
}
