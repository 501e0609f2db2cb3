import type { Knex } from 'knex';
import { lastRecordedFingerprints, lockHistory } from './lastRecorded';
import { chunks } from './chunks';
import { readPublication } from './publication';
import {
  BATCH,
  confirmedScorecardJson,
  fromRow,
  HISTORY,
  isMySql,
  RESULT_COLUMNS,
  RESULTS,
  Row,
  toHistoryRow,
  toRow,
} from './resultRows';
import type { StoredResult } from './types';

// Rows carry whole scorecards: small statements keep SQLite, which writes
// synchronously, from holding the event loop.
const RESULT_BATCH = 100;

/**
 * The served result of each entity: read one by one or in batches, and
 * replaced in place when some entities are re-evaluated. Whole-catalog runs
 * write through {@link DatabaseRunStaging}.
 */
export class DatabaseResultStore {
  constructor(private readonly knex: Knex) {}

  /** Id of the whole-catalog run whose statistics are served, if any. */
  async publishedRunId(): Promise<number | undefined> {
    return (await readPublication(this.knex)).runId;
  }

  /**
   * Replaces one entity's served result (single-entity re-evaluation);
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
   * Replaces some entities' served results in one transaction (a batch
   * re-evaluated after their facts arrived), adding a history row for each
   * that changed. Returns the previous results by ref.
   *
   * A result never replaces one from a run that started later: a
   * whole-catalog run published since this one started, or a later
   * re-evaluation, saw a newer catalog.
   */
  async replacePublishedMany(
    results: StoredResult[],
    runId: number,
  ): Promise<Map<string, StoredResult>> {
    if (results.length === 0) return new Map();
    return this.knex.transaction(async trx => {
      await lockHistory(trx);
      const publication = await readPublication(trx);
      const previous = new Map<string, StoredResult>();
      for (const batch of chunks(results, RESULT_BATCH)) {
        const before = await trx(RESULTS).whereIn(
          'entity_ref',
          batch.map(r => r.entityRef),
        );
        const newerRun = new Map<string, number>();
        for (const row of before) {
          previous.set(row.entity_ref, fromRow(row, publication.at));
          newerRun.set(
            row.entity_ref,
            Math.max(Number(row.run_id), publication.runId ?? 0),
          );
        }
        const written = batch.filter(
          r => (newerRun.get(r.entityRef) ?? 0) <= runId,
        );
        if (written.length === 0) continue;
        await upsertUnlessNewer(
          trx,
          written.map(r => toRow(runId, r)),
          runId,
        );
        const recorded = await lastRecordedFingerprints(
          trx,
          written.map(r => r.entityRef),
        );
        const changed = written.filter(
          r =>
            (recorded.get(r.entityRef) ??
              previous.get(r.entityRef)?.fingerprint) !== r.fingerprint,
        );
        if (changed.length > 0) {
          await trx(HISTORY).insert(changed.map(r => toHistoryRow(runId, r)));
        }
      }
      return previous;
    });
  }

  /**
   * Served rows of the given entities, in batches, with only `columns`
   * (all without), and when the published run started.
   */
  private async servedRows(
    entityRefs: string[],
    columns: string[] = ['*'],
  ): Promise<{ rows: Row[]; publishedAt?: string }> {
    const { at } = await readPublication(this.knex);
    const rows: Row[] = [];
    for (const refs of chunks(entityRefs, BATCH)) {
      rows.push(
        ...(await this.knex(RESULTS)
          .whereIn('entity_ref', refs)
          .select(columns)),
      );
    }
    return { rows, publishedAt: at };
  }

  /** Served results of the given entities. */
  async publishedResults(
    entityRefs: string[],
  ): Promise<Map<string, StoredResult>> {
    const { rows, publishedAt } = await this.servedRows(entityRefs);
    return new Map(
      rows.map(row => [row.entity_ref, fromRow(row, publishedAt)]),
    );
  }

  /**
   * Served scorecards of the given entities as stored JSON text, in the
   * order given (undefined where none): served as they are, unparsed, but
   * for when they were last confirmed.
   */
  async publishedScorecards(
    entityRefs: string[],
  ): Promise<Array<string | undefined>> {
    const { rows, publishedAt } = await this.servedRows(entityRefs, [
      'entity_ref',
      'evaluated_at',
      'result',
    ]);
    const byRef = new Map(
      rows.map(row => [
        row.entity_ref,
        confirmedScorecardJson(row.result, row.evaluated_at, publishedAt),
      ]),
    );
    return entityRefs.map(ref => byRef.get(ref));
  }

  /** The served result of one entity. */
  async get(entityRef: string): Promise<StoredResult | undefined> {
    return (await this.publishedResults([entityRef])).get(entityRef);
  }
}

/**
 * Inserts or replaces served rows, except those a run later than `runId`
 * wrote meanwhile (a whole-catalog run publishing concurrently).
 */
async function upsertUnlessNewer(
  trx: Knex.Transaction,
  rows: Row[],
  runId: number,
): Promise<void> {
  const insert = trx(RESULTS).insert(rows).onConflict('entity_ref');
  if (isMySql(trx)) {
    // MySQL has no condition on an upsert: each column keeps its value
    // unless the row is older; run_id, which the condition reads, goes last.
    const columns = RESULT_COLUMNS.filter(
      c => c !== 'entity_ref' && c !== 'run_id',
    );
    await insert.merge(
      Object.fromEntries(
        [...columns, 'run_id'].map(column => [
          column,
          trx.raw('if(?? <= values(??), values(??), ??)', [
            'run_id',
            'run_id',
            column,
            column,
          ]),
        ]),
      ),
    );
    return;
  }
  await insert.merge().where(`${RESULTS}.run_id`, '<=', runId);
}
