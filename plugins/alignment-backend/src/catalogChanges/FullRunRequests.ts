import type { LoggerService } from '@backstage/backend-plugin-api';

/**
 * Asks the scheduler for a whole-catalog run soon after a change that
 * affects the whole catalog. The scheduler refuses while a run is under
 * way, and that run may have read the catalog before the change, so a
 * refused request is repeated until a run starts after it. Requests that
 * arrive while one waits are answered by the same run.
 */
export class FullRunRequests {
  private waiting?: ReturnType<typeof setTimeout>;
  private stopped = false;

  constructor(
    private readonly options: {
      triggerTask: () => Promise<void>;
      logger: LoggerService;
      /** Pause between attempts while a run is under way. */
      retryMs?: number;
      /** Attempts before the request is left to the schedule. */
      maxAttempts?: number;
    },
  ) {}

  /** Asks for a run; a request already waiting covers this one. */
  request(): void {
    if (this.waiting || this.stopped) return;
    this.attempt(1, 0);
  }

  /** Drops a waiting request. */
  stop(): void {
    this.stopped = true;
    if (this.waiting) clearTimeout(this.waiting);
    this.waiting = undefined;
  }

  private attempt(attempt: number, delayMs: number): void {
    this.waiting = setTimeout(async () => {
      try {
        await this.options.triggerTask();
        this.waiting = undefined;
      } catch (error) {
        const running = (error as Error)?.name === 'ConflictError';
        if (running && attempt < (this.options.maxAttempts ?? 60)) {
          this.attempt(attempt + 1, this.options.retryMs ?? 10_000);
          return;
        }
        this.waiting = undefined;
        this.options.logger.warn(
          `Lodestar could not start a run after a strategy or principle change; the next scheduled run will apply it: ${error}`,
        );
      }
    }, delayMs);
    this.waiting.unref?.();
  }
}
