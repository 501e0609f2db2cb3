/**
 * Entities waiting to be re-evaluated because something they depend on
 * changed (a fact arrived). Refs are gathered for a moment and evaluated
 * in batches, one batch at a time, so a pipeline pushing facts for
 * thousands of entities costs a few batch evaluations, not thousands of
 * single ones, and a ref pushed twice while it waits is evaluated once.
 */
export class EntityRefreshQueue {
  private readonly pending = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private running?: Promise<void>;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly evaluate: (entityRefs: string[]) => Promise<unknown>,
    private readonly options: { delayMs?: number; batchSize?: number } = {},
  ) {}

  /** Queues refs for re-evaluation. */
  add(entityRefs: Iterable<string>): void {
    for (const ref of entityRefs) this.pending.add(ref);
    this.schedule();
  }

  /** Resolves once nothing is queued or being evaluated. */
  idle(): Promise<void> {
    if (!this.timer && !this.running && this.pending.size === 0) {
      return Promise.resolve();
    }
    return new Promise(resolve => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.timer || this.running || this.pending.size === 0) {
      if (!this.timer && !this.running) this.settle();
      return;
    }
    this.timer = setTimeout(() => this.flush(), this.options.delayMs ?? 250);
  }

  private flush(): void {
    this.timer = undefined;
    const batch = [...this.pending].slice(0, this.options.batchSize ?? 500);
    for (const ref of batch) this.pending.delete(ref);
    this.running = this.evaluate(batch)
      // The evaluation records and logs its own failures.
      .catch(() => undefined)
      .then(() => {
        this.running = undefined;
        this.schedule();
      });
  }

  private settle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach(resolve => resolve());
  }
}
