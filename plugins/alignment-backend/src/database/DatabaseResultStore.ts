import type { Knex } from 'knex';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { BATCH, fromRow, HISTORY, RESULTS, Row, toRow } from './resultRows';
import type { PreviousResult, StoredResult } from './types';

const STATE = 'lodestar_state';
const PUBLISHED = 'published_run';
const RESULT_BATCH = 100;

/**
 * Latest results per entity, written per run and published atomically:
 * readers only ever see the published run, so a run that fails part-way
 * leaves the previous results untouched.
 */
export class DatabaseResultStore {
  constructor(private readonly knex: Knex) {}

  /** Id of the run whose results are served, if any. */
  async publishedRunId(trx: Knex = this.knex): Promise<number | undefined> {
    const row = await trx(STATE).where({ key: PUBLISHED }).first();
    return row ? Number(row.value) : undefined;
  }

  /**
   * Stores a page of a run's results, and a history row for each entity
   * whose score, level or check statuses differ from the published result.
   * Returns the previous published result of each entity in the page.
   */
  async writeRunResults(
    runId: number,
    results: StoredResult[],
  ): Promise<{ historyRows: number; previous: Map<string, PreviousResult> }> {
    const previous = await this.previousResults(results.map(r => r.entityRef));
    const history = results
      .filter(r => previous.get(r.entityRef)?.fingerprint !== r.fingerprint)
      .map(r => ({
        entity_ref: r.entityRef,
        run_id: runId,
        recorded_at: r.evaluatedAt,
        score: r.score,
        level: r.level,
        fingerprint: r.fingerprint,
      }));
    await this.knex.transaction(async trx => {
      // Result rows carry whole scorecards (kilobytes each). SQLite writes
      // synchronously, so small statements with a turn of the event loop
      // between them keep requests flowing while a run stores its pages.
      for (let i = 0; i < results.length; i += RESULT_BATCH) {
        await trx(RESULTS).insert(
          results.slice(i, i + RESULT_BATCH).map(r => toRow(runId, r)),
        );
        await yieldToEventLoop();
      }
      if (history.length > 0) await trx.batchInsert(HISTORY, history, BATCH);
    });
    return { historyRows: history.length, previous };
  }

  /** Makes a run's results the served ones, then drops older runs' rows. */
  async publishRun(runId: number): Promise<void> {
    await this.knex.transaction(async trx => {
      const updated = await trx(STATE)
        .where({ key: PUBLISHED })
        .update({ value: String(runId) });
      if (!updated)
        await trx(STATE).insert({ key: PUBLISHED, value: String(runId) });
    });
    // Outside the transaction (readers already filter on the published
    // run), and in batches: one statement deleting a whole catalog's rows
    // would hold SQLite, and the event loop with it, for seconds.
    for (;;) {
      const stale = await this.knex(RESULTS)
        .whereNot({ run_id: runId })
        .limit(BATCH)
        .select('run_id', 'entity_ref');
      if (stale.length === 0) return;
      const byRun = new Map<number, string[]>();
      for (const row of stale) {
        const refs = byRun.get(row.run_id) ?? [];
        refs.push(row.entity_ref);
        byRun.set(row.run_id, refs);
      }
      for (const [staleRun, refs] of byRun) {
        await this.knex(RESULTS)
          .where({ run_id: staleRun })
          .whereIn('entity_ref', refs)
          .delete();
      }
      await yieldToEventLoop();
    }
  }

  /** Removes everything a failed run wrote. */
  async discardRun(runId: number): Promise<void> {
    const published = await this.publishedRunId();
    if (published === runId) return;
    await this.knex(RESULTS).where({ run_id: runId }).delete();
    await this.knex(HISTORY).where({ run_id: runId }).delete();
  }

  /**
   * Replaces one entity's published result (single-entity re-evaluation);
   * adds a history row when it changed. Returns the previous result.
   */
  async replacePublished(
    result: StoredResult,
    runId: number,
  ): Promise<StoredResult | undefined> {
    return (await this.replacePublishedMany([result], runId)).get(
      result.entityRef,
    );
  }

  /**
   * Replaces some entities' published results in one transaction (a batch
   * re-evaluated after their facts arrived), adding a history row for each
   * that changed. Returns the previous results by ref.
   */
  async replacePublishedMany(
    results: StoredResult[],
    runId: number,
  ): Promise<Map<string, StoredResult>> {
    if (results.length === 0) return new Map();
    return this.knex.transaction(async trx => {
      const published = await this.publishedRunId(trx);
      if (published === undefined) {
        await trx(STATE).insert({ key: PUBLISHED, value: String(runId) });
      }
      const target = published ?? runId;
      const previous = new Map<string, StoredResult>();
      for (let i = 0; i < results.length; i += RESULT_BATCH) {
        const batch = results.slice(i, i + RESULT_BATCH);
        const refs = batch.map(r => r.entityRef);
        const before = await trx(RESULTS)
          .where({ run_id: target })
          .whereIn('entity_ref', refs);
        for (const row of before) previous.set(row.entity_ref, fromRow(row));
        await trx(RESULTS)
          .where({ run_id: target })
          .whereIn('entity_ref', refs)
          .delete();
        await trx(RESULTS).insert(batch.map(r => toRow(target, r)));
        const changed = batch.filter(
          r => previous.get(r.entityRef)?.fingerprint !== r.fingerprint,
        );
        if (changed.length > 0) {
          await trx(HISTORY).insert(
            changed.map(r => ({
              entity_ref: r.entityRef,
              run_id: runId,
              recorded_at: r.evaluatedAt,
              score: r.score,
              level: r.level,
              fingerprint: r.fingerprint,
            })),
          );
        }
      }
      return previous;
    });
  }

  /**
   * Published rows of the given entities, in batches, with only `columns`
   * (all without).
   */
  private async publishedRows(
    entityRefs: string[],
    columns: string[] = ['*'],
  ): Promise<Row[]> {
    const published = await this.publishedRunId();
    if (published === undefined) return [];
    const rows: Row[] = [];
    for (let i = 0; i < entityRefs.length; i += BATCH) {
      rows.push(
        ...(await this.knex(RESULTS)
          .where({ run_id: published })
          .whereIn('entity_ref', entityRefs.slice(i, i + BATCH))
          .select(columns)),
      );
    }
    return rows;
  }

  /**
   * Fingerprint, level and score of the published results of the given
   * entities: all a run compares with, without parsing whole scorecards.
   */
  private async previousResults(
    entityRefs: string[],
  ): Promise<Map<string, PreviousResult>> {
    const rows = await this.publishedRows(entityRefs, [
      'entity_ref',
      'fingerprint',
      'level',
      'score',
    ]);
    return new Map(
      rows.map(row => [
        row.entity_ref,
        {
          entityRef: row.entity_ref,
          fingerprint: row.fingerprint,
          level: row.level,
          score: Number(row.score),
        },
      ]),
    );
  }

  /** Published results of the given entities. */
  async publishedResults(
    entityRefs: string[],
  ): Promise<Map<string, StoredResult>> {
    const rows = await this.publishedRows(entityRefs);
    return new Map(rows.map(row => [row.entity_ref, fromRow(row)]));
  }

  /**
   * Published scorecards of the given entities as stored JSON text, in the
   * order given (undefined where none): served as they are, unparsed.
   */
  async publishedScorecards(
    entityRefs: string[],
  ): Promise<Array<string | undefined>> {
    const rows = await this.publishedRows(entityRefs, ['entity_ref', 'result']);
    const byRef = new Map(rows.map(row => [row.entity_ref, row.result]));
    return entityRefs.map(ref => byRef.get(ref));
  }

  /** The published result of one entity. */
  async get(entityRef: string): Promise<StoredResult | undefined> {
    return (await this.publishedResults([entityRef])).get(entityRef);
  }
}
