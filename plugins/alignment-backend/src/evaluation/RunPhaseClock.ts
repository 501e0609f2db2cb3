import type { RunPhases } from '@lodestar/backstage-plugin-alignment-common';
import { performance } from 'node:perf_hooks';

/**
 * Where a whole run's time went, by phase, and which phase failed, so
 * that users are told what failed without the raw error.
 */
export class RunPhaseClock {
  readonly phases: RunPhases = { catalogReadMs: 0, evaluateMs: 0, storeMs: 0 };
  /** The phase that failed; evaluation when the failure was elsewhere. */
  failedPhase: keyof RunPhases = 'evaluateMs';

  /** Waits for work already under way, charging the wait to `phase`. */
  async waited<T>(phase: keyof RunPhases, work: Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work;
    } catch (error) {
      this.failedPhase = phase;
      throw error;
    } finally {
      this.phases[phase] += Math.round(performance.now() - start);
    }
  }

  /** Starts work and waits for it, charging the time to `phase`. */
  timed<T>(phase: keyof RunPhases, work: () => Promise<T>): Promise<T> {
    return this.waited(phase, work());
  }
}
