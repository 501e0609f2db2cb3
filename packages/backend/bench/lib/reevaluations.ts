import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBackendOptions } from './BenchBackend';
import { withLodestarDatabase } from './lodestarDatabase';

/** Where a backend keeps Lodestar's database. */
export type LodestarData = Pick<
  BenchBackendOptions,
  'engine' | 'dataName' | 'workDir'
>;

/** The entity re-evaluations recorded after some run. */
export interface Reevaluations {
  /** Batches evaluated: each is one `entity` run. */
  batches: number;
  /** Entities evaluated, counted once per batch they were in. */
  entities: number;
  /** Time the batches took, added up. */
  busyMs: number;
  /** Batches still under way. */
  running: number;
  /** The newest run's id. */
  lastRunId: number;
}

const read = (data: LodestarData, afterRunId: number) =>
  withLodestarDatabase(data.engine, data.dataName, data.workDir, query =>
    query(
      `select count(*) as batches,
              coalesce(sum(evaluated), 0) as entities,
              coalesce(sum(duration_ms), 0) as busy,
              coalesce(sum(case when status = 'running' then 1 else 0 end), 0) as running,
              coalesce(max(id), ?) as last
         from lodestar_runs where trigger = 'entity' and id > ?`,
      [afterRunId, afterRunId],
    ),
  ).then(
    ([row]): Reevaluations => ({
      batches: Number(row.batches),
      entities: Number(row.entities),
      busyMs: Number(row.busy),
      running: Number(row.running),
      lastRunId: Number(row.last),
    }),
  );

/**
 * Waits until the backend's queue of entities to re-evaluate (filled by
 * accepted pushes) is empty: no batch under way and none started for a
 * while longer than the queue's gathering delay (250 ms). The API does not
 * tell, so the runs table is read. `afterRunId` must be a run from before
 * the pushes: a batch already under way when it was read would go unseen.
 */
async function waitForQuiet(
  data: LodestarData,
  afterRunId: number,
  timeoutMs: number,
  quietMs = 1500,
): Promise<Reevaluations & { waitedMs: number }> {
  const started = Date.now();
  let last = await read(data, afterRunId);
  let quietSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    await sleep(250);
    const now = await read(data, afterRunId);
    if (now.running > 0 || now.lastRunId !== last.lastRunId)
      quietSince = Date.now();
    last = now;
    if (Date.now() - quietSince >= quietMs)
      return { ...now, waitedMs: quietSince - started };
  }
  throw new Error(
    `Re-evaluations were still under way after ${timeoutMs} ms (${last.batches} batches so far)`,
  );
}

/**
 * Follows the re-evaluations that pushes cause, from a moment when none
 * was queued (after the published run).
 */
export class ReevaluationLog {
  private constructor(
    private readonly data: LodestarData,
    private mark: number,
  ) {}

  /** Starts following; call it while nothing is queued. */
  static async start(data: LodestarData): Promise<ReevaluationLog> {
    const [row] = await withLodestarDatabase(
      data.engine,
      data.dataName,
      data.workDir,
      query => query('select coalesce(max(id), 0) as id from lodestar_runs'),
    );
    return new ReevaluationLog(data, Number(row.id));
  }

  /**
   * Waits until everything pushed so far is re-evaluated. Returns what was
   * re-evaluated since the previous call (or the start), and how long after
   * this call the last of it finished.
   */
  async caughtUp(
    timeoutMs = 3_600_000,
  ): Promise<Reevaluations & { waitedMs: number }> {
    const done = await waitForQuiet(this.data, this.mark, timeoutMs);
    this.mark = done.lastRunId;
    return done;
  }
}
