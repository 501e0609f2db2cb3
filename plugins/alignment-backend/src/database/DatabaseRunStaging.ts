import type { Knex } from 'knex';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { lastRecordedFingerprints, lockHistory } from './lastRecorded';
import { chunks } from './chunks';
import { readPublication, writePublication } from './publication';
import {
  BATCH,
  HISTORY,
  isMySql,
  isSqlite,
  RESULT_COLUMNS,
  RESULTS,
  Row,
  RUN_CHANGES,
  rowContent,
  toHistoryRow,
  toRow,
} from './resultRows';
import type { PreviousResult, StoredResult } from './types';

const RUNS = 'lodestar_runs';

/**
 * How many result rows (kilobytes each, with their scorecards) one statement
 * writes. SQLite writes synchronously on the event loop, so its statements
 * stay small, with a turn of the loop between them to keep requests flowing;
 * the other databases write in their own processes, where fewer, larger
 * statements publish a whole catalog several times faster.
 */
function rowsPerStatement(knex: Knex): number {
  return isSqlite(knex) ? 100 : 1000;
}

// Printing and hashing a scorecard takes tens of microseconds: a page of
// them at once would hold the event loop.
const HASHED_PER_TURN = 100;

/** A served result in brief, with the hash of its content. */
export type ServedResult = PreviousResult & { contentHash: string };

/** The served results of some entities in brief, by entity ref. */
export type ServedResults = ReadonlyMap<string, ServedResult>;

/** What staging a page of a run's results did. */
export interface StagedPage {
  /** History rows written: results whose fingerprint changed. */
  historyRows: number;
  /** Results whose content changed, staged until the run is published. */
  stagedRows: number;
  /** The served result of each entity of the page that had one, in brief. */
  previous: Map<string, PreviousResult>;
}

/**
 * Results of whole-catalog runs, staged until the run is published. A page
 * stages only the results whose content differs from the served ones, so a
 * run over an unchanged catalog writes no result row. Publishing applies
 * them and drops the results of entities the run did not see in one
 * transaction: readers see the previous results or the run's, never part
 * of a run, and a run that fails leaves the served results as they were.
 */
export class DatabaseRunStaging {
  constructor(private readonly knex: Knex) {}

  /**
   * Compares a page of a run's results with the served ones, stages those
   * whose content changed, and writes a history row for each whose score,
   * level or check statuses changed.
   *
   * @param results - the page's results; those found unchanged before
   *   they were built may be left out
   * @param served - the served results of the page's entities, as
   *   {@link DatabaseRunStaging.served} read them; read here when not given
   */
  async stagePage(
    runId: number,
    results: StoredResult[],
    served?: ServedResults,
  ): Promise<StagedPage> {
    const compared =
      served ?? (await this.served(results.map(r => r.entityRef)));
    const changed: Row[] = [];
    for (const piece of chunks(results, HASHED_PER_TURN)) {
      for (const result of piece) {
        const content = result.content ?? rowContent(result);
        if (compared.get(result.entityRef)?.contentHash !== content.contentHash)
          changed.push(toRow(runId, result, content));
      }
      await yieldToEventLoop();
    }
    const candidates = results.filter(
      r => compared.get(r.entityRef)?.fingerprint !== r.fingerprint,
    );
    let history: Row[] = [];
    if (changed.length > 0 || candidates.length > 0) {
      await this.knex.transaction(async trx => {
        await lockHistory(trx);
        // Inserted rows travel in one packet: MariaDB's is 16 MB by default.
        const perInsert = Math.min(rowsPerStatement(trx), BATCH);
        for (const piece of chunks(changed, perInsert)) {
          await trx(RUN_CHANGES).insert(piece);
          await yieldToEventLoop();
        }
        const recorded = await lastRecordedFingerprints(
          trx,
          candidates.map(r => r.entityRef),
        );
        history = candidates
          .filter(r => recorded.get(r.entityRef) !== r.fingerprint)
          .map(r => toHistoryRow(runId, r));
        if (history.length > 0) await trx.batchInsert(HISTORY, history, BATCH);
      });
    }
    const previous = new Map<string, PreviousResult>();
    for (const [ref, { contentHash: _, ...result }] of compared) {
      previous.set(ref, result);
    }
    return {
      historyRows: history.length,
      stagedRows: changed.length,
      previous,
    };
  }

  /**
   * Makes a run's results the served ones: applies its staged results,
   * except where a run that started after it (a re-evaluation) already
   * wrote the entity's result, which is newer; drops the results of the
   * entities it did not evaluate (they left the catalog), unless a later
   * run wrote them; and records it as the published run.
   *
   * @param evaluatedRefs - every entity the run evaluated
   */
  async publish(
    runId: number,
    evaluatedRefs: ReadonlySet<string>,
  ): Promise<void> {
    await this.knex.transaction(async trx => {
      const run = await trx(RUNS)
        .where({ id: runId })
        .first('status', 'started_at');
      // A later run found this one abandoned and discarded what it staged.
      if (run?.status !== 'running') {
        throw new Error(
          `Run ${runId} is ${run?.status ?? 'gone'}, so it is not published`,
        );
      }
      await applyStaged(trx, runId);
      await dropUnseen(trx, runId, evaluatedRefs);
      await writePublication(trx, { runId, at: run.started_at });
      // Earlier runs failed: what they staged, if they could not remove it.
      await deleteInBatches(trx, RUN_CHANGES, 'entity_ref', q =>
        q.where('run_id', '<', runId),
      );
    });
  }

  /** Removes what a failed run staged, and its history rows. */
  async discard(runId: number): Promise<void> {
    if ((await readPublication(this.knex)).runId === runId) return;
    const ofRun = (q: Knex.QueryBuilder) => q.where({ run_id: runId });
    await deleteInBatches(this.knex, RUN_CHANGES, 'entity_ref', ofRun);
    await deleteInBatches(this.knex, HISTORY, 'id', ofRun);
  }

  /**
   * What a run compares with: the served results' hashes, fingerprints,
   * levels and scores, without reading their scorecards.
   */
  async served(entityRefs: readonly string[]): Promise<ServedResults> {
    const served = new Map<string, ServedResult>();
    for (const refs of chunks(entityRefs, BATCH)) {
      const rows = await this.knex(RESULTS)
        .whereIn('entity_ref', refs)
        .select('entity_ref', 'fingerprint', 'level', 'score', 'content_hash');
      for (const row of rows) {
        served.set(row.entity_ref, {
          entityRef: row.entity_ref,
          fingerprint: row.fingerprint,
          level: row.level,
          score: Number(row.score),
          contentHash: row.content_hash,
        });
      }
    }
    return served;
  }
}

/** Moves a run's staged results to the served ones, a batch at a time. */
async function applyStaged(trx: Knex.Transaction, runId: number) {
  // Kept rows were written by a run that started later: never replaced.
  const keepNewer = isMySql(trx)
    ? trx.raw('on duplicate key update ??.?? = ??.??', [
        RESULTS,
        'run_id',
        RESULTS,
        'run_id',
      ])
    : trx.raw('on conflict (??) do nothing', ['entity_ref']);
  for (;;) {
    const refs = await trx(RUN_CHANGES)
      .where({ run_id: runId })
      .orderBy('entity_ref')
      .limit(rowsPerStatement(trx))
      .pluck('entity_ref');
    if (refs.length === 0) return;
    await trx(RESULTS)
      .whereIn('entity_ref', refs)
      .where('run_id', '<=', runId)
      .delete();
    const staged = trx(RUN_CHANGES)
      .select(RESULT_COLUMNS)
      .where({ run_id: runId })
      .whereIn('entity_ref', refs)
      .toSQL();
    await trx.raw(`insert into ?? (??) ${staged.sql} ?`, [
      RESULTS,
      RESULT_COLUMNS,
      ...staged.bindings,
      keepNewer,
    ]);
    await trx(RUN_CHANGES)
      .where({ run_id: runId })
      .whereIn('entity_ref', refs)
      .delete();
    await yieldToEventLoop();
  }
}

/**
 * Deletes the rows of a table that match, a statement's worth at a time:
 * one statement deleting a whole catalog's rows would hold SQLite, and the
 * event loop with it, for seconds.
 */
async function deleteInBatches(
  knex: Knex,
  table: string,
  key: string,
  where: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
) {
  for (;;) {
    const keys = await where(knex(table))
      .limit(rowsPerStatement(knex))
      .pluck(key);
    if (keys.length === 0) return;
    await where(knex(table)).whereIn(key, keys).delete();
    await yieldToEventLoop();
  }
}

/** Deletes the served results of entities a run did not evaluate. */
async function dropUnseen(
  trx: Knex.Transaction,
  runId: number,
  evaluatedRefs: ReadonlySet<string>,
) {
  const served: string[] = await trx(RESULTS).pluck('entity_ref');
  const gone = served.filter(ref => !evaluatedRefs.has(ref));
  for (const refs of chunks(gone, rowsPerStatement(trx))) {
    // A result written by a later run is of an entity the catalog has.
    await trx(RESULTS)
      .whereIn('entity_ref', refs)
      .where('run_id', '<', runId)
      .delete();
    await yieldToEventLoop();
  }
}
