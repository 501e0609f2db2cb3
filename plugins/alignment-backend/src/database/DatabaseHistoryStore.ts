import type { Knex } from 'knex';
import { HISTORY, Row } from './resultRows';
import type { HistoryPoint } from './types';

/**
 * Each entity's score and level over time: a row whenever they (or its
 * check statuses) change, written by the result store as runs publish.
 */
export class DatabaseHistoryStore {
  constructor(private readonly knex: Knex) {}

  /** Score and level of an entity over time, oldest first. */
  async history(
    entityRef: string,
    from: string,
    to: string,
  ): Promise<HistoryPoint[]> {
    const rows = await this.knex(HISTORY)
      .where({ entity_ref: entityRef })
      .andWhere('recorded_at', '>=', from)
      .andWhere('recorded_at', '<=', to)
      .orderBy('recorded_at', 'asc')
      .select('recorded_at', 'score', 'level');
    return rows.map((row: Row) => ({
      recordedAt: row.recorded_at,
      score: Number(row.score),
      level: row.level,
    }));
  }

  /** Each entity's score as of a moment (its last history row before it). */
  async scoresAsOf(
    entityRefs: string[],
    asOf: string,
  ): Promise<Map<string, number>> {
    const scores = new Map<string, number>();
    if (entityRefs.length === 0) return scores;
    const rows = await this.knex(HISTORY)
      .whereIn('entity_ref', entityRefs)
      .andWhere('recorded_at', '<=', asOf)
      .orderBy('recorded_at', 'asc')
      .select('entity_ref', 'score');
    for (const row of rows) scores.set(row.entity_ref, Number(row.score));
    return scores;
  }
}
