import type { Knex } from 'knex';
import type { DailyAggregate, RevisionRecord } from './types';

const DAILY = 'lodestar_daily';
const HISTORY = 'lodestar_history';
const REVISIONS = 'lodestar_revisions';
const NOTIFICATIONS = 'lodestar_notifications';

/**
 * What trend lines are drawn from: daily aggregates per dimension and the
 * strategy revisions seen; plus the record of notifications already sent.
 */
export class DatabaseTrendStore {
  constructor(private readonly knex: Knex) {}

  /** Replaces a day's aggregates (the day's last run wins). */
  async saveDaily(day: string, aggregates: DailyAggregate[]): Promise<void> {
    await this.knex.transaction(async trx => {
      await trx(DAILY).where({ day }).delete();
      await trx.batchInsert(
        DAILY,
        aggregates.map(a => ({
          day: a.day,
          dimension: a.dimension,
          key: a.key,
          entities: a.entities,
          score_sum: a.scoreSum,
          aligned: a.aligned,
          at_risk: a.atRisk,
          drifting: a.drifting,
          needs_revalidation: a.needsRevalidation,
        })),
        500,
      );
    });
  }

  /**
   * Adds re-evaluations' deltas to a day's aggregates. A day no whole run
   * has written yet is left alone: the day's first run writes it whole.
   */
  async adjustDaily(day: string, deltas: DailyAggregate[]): Promise<void> {
    if (deltas.length === 0) return;
    await this.knex.transaction(async trx => {
      if (!(await trx(DAILY).where({ day }).first('day'))) return;
      const stored = await trx(DAILY)
        .where({ day })
        .whereIn(
          'key',
          deltas.map(d => d.key),
        );
      const byId = new Map(
        stored.map(row => [`${row.dimension}\u0000${row.key}`, row]),
      );
      for (const delta of deltas) {
        const row = byId.get(`${delta.dimension}\u0000${delta.key}`);
        // Counts cannot fall below zero; clamping keeps a day that drifted
        // (a run raced a re-evaluation) from showing negative entities.
        const sum = (column: string, value: number) =>
          Math.max(0, Number(row?.[column] ?? 0) + value);
        const values = {
          entities: sum('entities', delta.entities),
          score_sum: sum('score_sum', delta.scoreSum),
          aligned: sum('aligned', delta.aligned),
          at_risk: sum('at_risk', delta.atRisk),
          drifting: sum('drifting', delta.drifting),
          needs_revalidation: sum(
            'needs_revalidation',
            delta.needsRevalidation,
          ),
        };
        const key = { day, dimension: delta.dimension, key: delta.key };
        if (row) await trx(DAILY).where(key).update(values);
        else await trx(DAILY).insert({ ...key, ...values });
      }
    });
  }

  /** Daily points of one dimension value, oldest first. */
  async daily(
    dimension: DailyAggregate['dimension'],
    key: string,
    from: string,
  ): Promise<DailyAggregate[]> {
    const rows = await this.knex(DAILY)
      .where({ dimension, key })
      .andWhere('day', '>=', from)
      .orderBy('day', 'asc');
    return rows.map(row => ({
      day: row.day,
      dimension: row.dimension,
      key: row.key,
      entities: Number(row.entities),
      scoreSum: Number(row.score_sum),
      aligned: Number(row.aligned),
      atRisk: Number(row.at_risk),
      drifting: Number(row.drifting),
      needsRevalidation: Number(row.needs_revalidation),
    }));
  }

  /** Records revisions; returns those never seen before. */
  async recordRevisions(
    revisions: Omit<RevisionRecord, 'firstSeenAt'>[],
    seenAt: string,
  ): Promise<RevisionRecord[]> {
    const fresh: RevisionRecord[] = [];
    for (const revision of revisions) {
      const existing = await this.knex(REVISIONS)
        .where({ strategy_ref: revision.strategyRef, date: revision.date })
        .first();
      if (existing) continue;
      await this.knex(REVISIONS)
        .insert({
          strategy_ref: revision.strategyRef,
          date: revision.date,
          trigger: revision.trigger,
          summary: revision.summary,
          first_seen_at: seenAt,
        })
        .onConflict(['strategy_ref', 'date'])
        .ignore();
      fresh.push({ ...revision, firstSeenAt: seenAt });
    }
    return fresh;
  }

  async revisions(): Promise<RevisionRecord[]> {
    const rows = await this.knex(REVISIONS).orderBy('date', 'asc');
    return rows.map(row => ({
      strategyRef: row.strategy_ref,
      date: row.date,
      trigger: row.trigger,
      summary: row.summary,
      firstSeenAt: row.first_seen_at,
    }));
  }

  /** Remembers a notification; false when it was already sent. */
  async markNotified(key: string, at: string): Promise<boolean> {
    const inserted = await this.knex(NOTIFICATIONS)
      .insert({ key: key.slice(0, 255), sent_at: at })
      .onConflict('key')
      .ignore();
    // Drivers report ignored inserts differently: check what is stored.
    const row = await this.knex(NOTIFICATIONS)
      .where({ key: key.slice(0, 255) })
      .first();
    return Boolean(inserted) && row?.sent_at === at;
  }

  /** Forgets notifications, so the next of the same key is sent again. */
  async forgetNotified(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.knex(NOTIFICATIONS)
      .whereIn(
        'key',
        keys.map(k => k.slice(0, 255)),
      )
      .delete();
  }

  /**
   * Deletes history and aggregates past their retention, in batches so a
   * large backlog never holds long locks.
   */
  async prune(options: {
    historyBefore: string;
    dailyBefore: string;
    batchSize?: number;
  }): Promise<number> {
    const batchSize = options.batchSize ?? 5000;
    let deleted = 0;
    for (;;) {
      const ids = await this.knex(HISTORY)
        .where('recorded_at', '<', options.historyBefore)
        .limit(batchSize)
        .pluck('id');
      if (ids.length === 0) break;
      deleted += await this.knex(HISTORY).whereIn('id', ids).delete();
    }
    for (;;) {
      const days = await this.knex(DAILY)
        .where('day', '<', options.dailyBefore)
        .distinct('day')
        .limit(Math.max(1, Math.floor(batchSize / 100)))
        .pluck('day');
      if (days.length === 0) break;
      deleted += await this.knex(DAILY).whereIn('day', days).delete();
    }
    return deleted;
  }
}
