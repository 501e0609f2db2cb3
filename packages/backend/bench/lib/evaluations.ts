import type { EvaluationRun } from '@lodestar/backstage-plugin-alignment-common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackend } from './BenchBackend';
import { CpuTime, cpuTime, cpuUsedBetween } from './cpuTime';

/** One measured evaluation run. */
export interface MeasuredRun {
  run: EvaluationRun;
  wallMs: number;
  /** Peak resident memory during the run, above what it was before. */
  peakRssGrowth: number;
  peakRss: number;
  maxEventLoopDelayMs: number;
  /**
   * CPU seconds used from the request to the run's end: whether a run is
   * bound by the machine's cores, and how much of them the backend took.
   */
  cpu: CpuTime;
}

async function latest(
  backend: BenchBackend,
): Promise<EvaluationRun | undefined> {
  return backend
    .api<EvaluationRun>('/api/alignment/evaluations/latest')
    .catch(() => undefined);
}

/**
 * Asks for a whole-catalog evaluation through the API (as a steward would)
 * and follows it until it finishes, measuring memory and the event loop.
 */
export async function measureRun(backend: BenchBackend): Promise<MeasuredRun> {
  const before = (await latest(backend))?.id ?? 0;
  let rssBefore = 0;
  let start = 0;
  let cpuBefore: CpuTime;
  // The task stays busy for a moment after a run is recorded (notifications,
  // retention); the scheduler answers 409 until it is free.
  for (;;) {
    await backend.resetProbes();
    rssBefore = backend.memory().rss;
    cpuBefore = cpuTime(backend.pid);
    start = Date.now();
    try {
      await backend.api('/api/alignment/evaluations', {
        method: 'POST',
        body: '{}',
      });
      break;
    } catch (error) {
      if (!String(error).includes(': 409 ')) throw error;
      await sleep(500);
    }
  }
  for (;;) {
    await sleep(250);
    const run = await latest(backend);
    if (run && run.id > before && run.status !== 'running') {
      const cpu = cpuUsedBetween(cpuBefore, cpuTime(backend.pid));
      const { peakRss } = backend.memory();
      if (run.status !== 'succeeded')
        throw new Error(`Run ${run.id} failed: ${run.error}`);
      const measured = {
        run,
        wallMs: Date.now() - start,
        peakRss,
        peakRssGrowth: peakRss - rssBefore,
        maxEventLoopDelayMs: backend.probe().maxDelayMs,
        cpu,
      };
      // Closes the run's CPU profile, when the backend is profiled.
      await backend.resetProbes();
      return measured;
    }
  }
}

/**
 * Waits until the evaluation task is idle: no run under way (such as the
 * start-up run), and nothing after it (notifications, retention) either.
 * The scheduler's own view is asked, since a backend stopped while its task
 * is busy leaves the task locked for its timeout (15 minutes), and the next
 * backend on the same database could not start a run until then.
 */
export async function waitUntilIdle(backend: BenchBackend): Promise<void> {
  for (;;) {
    const { tasks } = await backend.api<{
      tasks: Array<{ taskId: string; taskState?: { status: string } }>;
    }>('/api/alignment/.backstage/scheduler/v1/tasks');
    const task = tasks.find(t => t.taskId === 'lodestar-evaluation');
    if (task?.taskState?.status !== 'running') return;
    await sleep(500);
  }
}
