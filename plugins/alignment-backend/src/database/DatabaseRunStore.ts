import type { Knex } from 'knex';
import type { RunPhases } from '@lodestar/backstage-plugin-alignment-common';
import type { RunRecord, RunStats } from './types';
import { storedPrincipleCounts } from '../service/principleCounts';

const RUNS = 'lodestar_runs';
// Everything a RunRecord shows: not the statistics, which run to megabytes
// at 50k entities and are read on their own when needed.
const RECORD_COLUMNS = [
  'id',
  'status',
  'trigger',
  'entity_ref',
  'started_at',
  'finished_at',
  'duration_ms',
  'evaluated',
  'history_rows',
  'reused',
  'phases',
  'error',
];

function fromRow(row: Record<string, any>): RunRecord {
  return {
    id: Number(row.id),
    status: row.status,
    trigger: row.trigger,
    entityRef: row.entity_ref ?? undefined,
    startedAt: row.started_at,
    finishedAt: row.finished_at ?? undefined,
    durationMs: row.duration_ms === null ? undefined : Number(row.duration_ms),
    evaluated: Number(row.evaluated),
    historyRows: Number(row.history_rows),
    reused: row.reused === null ? undefined : Number(row.reused),
    phases: row.phases ? JSON.parse(row.phases) : undefined,
    error: row.error ?? undefined,
  };
}

/** The record of evaluation runs: started, succeeded or failed with their error. */
export class DatabaseRunStore {
  constructor(private readonly knex: Knex) {}

  async start(
    trigger: RunRecord['trigger'],
    startedAt: Date,
    entityRef?: string,
  ): Promise<number> {
    const [row] = await this.knex(RUNS)
      .insert({
        status: 'running',
        trigger,
        entity_ref: entityRef ?? null,
        started_at: startedAt.toISOString(),
      })
      .returning('id');
    return Number(typeof row === 'object' ? row.id : row);
  }

  async succeed(
    id: number,
    outcome: {
      finishedAt: Date;
      durationMs: number;
      evaluated: number;
      historyRows: number;
      reused?: number;
      stats?: RunStats;
      phases?: RunPhases;
    },
  ): Promise<void> {
    await this.knex(RUNS)
      .where({ id })
      .update({
        status: 'succeeded',
        finished_at: outcome.finishedAt.toISOString(),
        duration_ms: outcome.durationMs,
        evaluated: outcome.evaluated,
        history_rows: outcome.historyRows,
        reused: outcome.reused ?? null,
        stats: outcome.stats ? JSON.stringify(outcome.stats) : null,
        phases: outcome.phases ? JSON.stringify(outcome.phases) : null,
      });
    if (outcome.stats) {
      // Only the served run's statistics are read; older ones would make
      // the table grow with the catalog on every run.
      await this.knex(RUNS)
        .whereNot({ id })
        .whereNotNull('stats')
        .update({ stats: null });
    }
  }

  async fail(
    id: number,
    outcome: {
      finishedAt: Date;
      durationMs: number;
      evaluated: number;
      error: string;
    },
  ): Promise<void> {
    await this.knex(RUNS)
      .where({ id })
      .update({
        status: 'failed',
        finished_at: outcome.finishedAt.toISOString(),
        duration_ms: outcome.durationMs,
        evaluated: outcome.evaluated,
        error: outcome.error.slice(0, 4000),
      });
  }

  /**
   * Id of the latest succeeded run of any kind: stored results change only
   * when it does, so it versions answers computed from them.
   */
  async latestSucceededId(): Promise<number> {
    const row = await this.knex(RUNS)
      .where({ status: 'succeeded' })
      .max({ id: 'id' })
      .first();
    return Number(row?.id ?? 0);
  }

  /** The most recent whole-catalog run, whatever its outcome. */
  async latest(): Promise<RunRecord | undefined> {
    const row = await this.knex(RUNS)
      .whereNot({ trigger: 'entity' })
      .orderBy('id', 'desc')
      .first(RECORD_COLUMNS);
    return row ? fromRow(row) : undefined;
  }

  /** Whole-catalog runs marked running, oldest first. */
  async running(): Promise<RunRecord[]> {
    const rows = await this.knex(RUNS)
      .where({ status: 'running' })
      .whereNot({ trigger: 'entity' })
      .orderBy('id', 'asc')
      .select(RECORD_COLUMNS);
    return rows.map(fromRow);
  }

  /**
   * Adds re-evaluations' deltas to a run's statistics, so the unfiltered
   * overview stays true to the served results between whole runs.
   */
  async adjustStats(id: number, deltas: RunStats): Promise<void> {
    await this.knex.transaction(async trx => {
      const row = await trx(RUNS).where({ id }).select('stats').first();
      if (!row?.stats) return;
      const stats: RunStats = JSON.parse(row.stats);
      for (const [checkId, delta] of Object.entries(deltas.principles)) {
        const counts = storedPrincipleCounts(stats.principles[checkId]);
        // Upcoming checks are counted only where there are any, so the
        // delta may bring the field.
        const fields = new Set([...Object.keys(counts), ...Object.keys(delta)]);
        for (const field of fields as Set<keyof typeof counts>) {
          const value = Math.max(0, (counts[field] ?? 0) + (delta[field] ?? 0));
          if (field !== 'upcoming' || value > 0 || field in counts)
            counts[field] = value;
        }
        stats.principles[checkId] = counts;
      }
      for (const [owner, cells] of Object.entries(deltas.ownerPrinciples)) {
        const byOwner = (stats.ownerPrinciples[owner] ??= {});
        for (const [checkId, delta] of Object.entries(cells)) {
          const cell = (byOwner[checkId] ??= { pass: 0, fail: 0 });
          cell.pass = Math.max(0, cell.pass + delta.pass);
          cell.fail = Math.max(0, cell.fail + delta.fail);
        }
      }
      await trx(RUNS)
        .where({ id })
        .update({ stats: JSON.stringify(stats) });
    });
  }

  /** Statistics of a succeeded run. */
  async stats(id: number): Promise<RunStats | undefined> {
    const row = await this.knex(RUNS).where({ id }).select('stats').first();
    return row?.stats ? JSON.parse(row.stats) : undefined;
  }

  /** Deletes old finished runs in batches, keeping the most recent ones. */
  async prune(olderThan: string, batchSize = 1000): Promise<number> {
    let total = 0;
    for (;;) {
      const ids = await this.knex(RUNS)
        .where('started_at', '<', olderThan)
        .whereNot({ status: 'running' })
        .limit(batchSize)
        .pluck('id');
      if (ids.length === 0) return total;
      total += await this.knex(RUNS).whereIn('id', ids).delete();
    }
  }
}
