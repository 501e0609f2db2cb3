import type { Knex } from 'knex';
import type { RunStats } from './types';

const DAILY_CHECKS = 'lodestar_daily_checks';

/** A principle's outcome counts on one day. */
export interface DailyCheckCounts {
  day: string;
  pass: number;
  fail: number;
  error: number;
  waived: number;
  /** Entities lacking a fact the rule needs. */
  noData: number;
}

/**
 * Each principle's outcome counts per day: what a principle's pass rate
 * over time is drawn from, without keeping any run's full statistics.
 */
export class DatabaseCheckTrendStore {
  constructor(private readonly knex: Knex) {}

  /** Replaces a day's counts (the day's last run wins). */
  async saveDaily(
    day: string,
    principles: RunStats['principles'],
  ): Promise<void> {
    await this.knex.transaction(async trx => {
      await trx(DAILY_CHECKS).where({ day }).delete();
      await trx.batchInsert(
        DAILY_CHECKS,
        Object.entries(principles).map(([checkId, counts]) => ({
          day,
          check_id: checkId,
          pass: counts.pass,
          fail: counts.fail,
          error: counts.error,
          waived: counts.waived,
          no_data: counts.noData ?? 0,
        })),
        500,
      );
    });
  }

  /**
   * Adds re-evaluations' deltas to a day's counts. A day no whole run has
   * written yet is left alone: the day's first run writes it whole.
   */
  async adjustDaily(
    day: string,
    deltas: RunStats['principles'],
  ): Promise<void> {
    const checkIds = Object.keys(deltas);
    if (checkIds.length === 0) return;
    await this.knex.transaction(async trx => {
      if (!(await trx(DAILY_CHECKS).where({ day }).first('day'))) return;
      const stored = new Map(
        (
          await trx(DAILY_CHECKS).where({ day }).whereIn('check_id', checkIds)
        ).map(row => [row.check_id, row]),
      );
      for (const checkId of checkIds) {
        const delta = deltas[checkId];
        const row = stored.get(checkId);
        const sum = (column: string, value: number | undefined) =>
          Math.max(0, Number(row?.[column] ?? 0) + (value ?? 0));
        const values = {
          pass: sum('pass', delta.pass),
          fail: sum('fail', delta.fail),
          error: sum('error', delta.error),
          waived: sum('waived', delta.waived),
          no_data: sum('no_data', delta.noData),
        };
        if (row) {
          await trx(DAILY_CHECKS)
            .where({ day, check_id: checkId })
            .update(values);
        } else {
          await trx(DAILY_CHECKS).insert({ day, check_id: checkId, ...values });
        }
      }
    });
  }

  /** One check's days from `from` on, oldest first. */
  async daily(checkId: string, from: string): Promise<DailyCheckCounts[]> {
    const rows = await this.knex(DAILY_CHECKS)
      .where({ check_id: checkId })
      .andWhere('day', '>=', from)
      .orderBy('day', 'asc');
    return rows.map(row => ({
      day: row.day,
      pass: Number(row.pass),
      fail: Number(row.fail),
      error: Number(row.error),
      waived: Number(row.waived),
      noData: Number(row.no_data ?? 0),
    }));
  }

  /** Deletes the days before `before`; returns the number of rows. */
  async prune(before: string): Promise<number> {
    return this.knex(DAILY_CHECKS).where('day', '<', before).delete();
  }
}
