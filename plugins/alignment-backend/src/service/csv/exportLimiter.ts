/** Refuses an export past the caller's limit; served as 429. */
export class TooManyExportsError extends Error {
  readonly statusCode = 429;

  constructor(message: string) {
    super(message);
    this.name = 'TooManyExportsError';
  }
}

/**
 * Caps how many exports one caller streams at once, so nobody can tie up
 * the database with parallel full-table reads. Each export holds a slot
 * until its response ends, however it ends.
 */
export class ExportLimiter {
  private readonly running = new Map<string, number>();

  constructor(private readonly perCaller: number) {}

  /** Takes a slot for `caller`, or throws {@link TooManyExportsError}. */
  acquire(caller: string): () => void {
    const count = this.running.get(caller) ?? 0;
    if (count >= this.perCaller) {
      throw new TooManyExportsError(
        `At most ${this.perCaller} exports at a time; wait for one to finish`,
      );
    }
    this.running.set(caller, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(caller) ?? 1) - 1;
      if (left > 0) this.running.set(caller, left);
      else this.running.delete(caller);
    };
  }
}
