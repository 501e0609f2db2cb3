import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type {
  HistoryPoint,
  PreviousResult,
  ResultFilter,
  StoredResult,
} from './types';

const RESULTS = 'lodestar_results';
const HISTORY = 'lodestar_history';
const STATE = 'lodestar_state';
const PUBLISHED = 'published_run';
const BATCH = 500;
const RESULT_BATCH = 100;

/** Columns the entity list can be sorted by. */
export const SORT_KEYS = {
  score: 'score',
  level: 'level',
  entityRef: 'entity_ref',
  owner: 'owner',
  title: 'title',
  evaluatedAt: 'evaluated_at',
} as const;

/** @public */
export type SortKey = keyof typeof SORT_KEYS;

type Row = Record<string, any>;

function toRow(runId: number, r: StoredResult): Row {
  return {
    run_id: runId,
    entity_ref: r.entityRef,
    kind: r.kind,
    title: r.title ?? null,
    owner: r.owner ?? null,
    system: r.system ?? null,
    domain: r.domain ?? null,
    lifecycle: r.lifecycle ?? null,
    score: r.score,
    level: r.level,
    signals: r.signals.join(','),
    needs_revalidation: r.needsRevalidation,
    valid_owner: r.validOwner,
    serves_active: r.servesActive,
    objective_refs: r.objectiveRefs.join(','),
    check_statuses: JSON.stringify(r.checkStatuses),
    fingerprint: r.fingerprint,
    result: JSON.stringify(r.scorecard),
    evaluated_at: r.evaluatedAt,
  };
}

function split(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

function fromRow(row: Row): StoredResult {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    title: row.title ?? undefined,
    owner: row.owner ?? undefined,
    system: row.system ?? undefined,
    domain: row.domain ?? undefined,
    lifecycle: row.lifecycle ?? undefined,
    score: Number(row.score),
    level: row.level,
    signals: split(row.signals) as StoredResult['signals'],
    needsRevalidation: Boolean(row.needs_revalidation),
    validOwner: Boolean(row.valid_owner),
    servesActive: Boolean(row.serves_active),
    objectiveRefs: split(row.objective_refs),
    checkStatuses: row.check_statuses ? JSON.parse(row.check_statuses) : {},
    fingerprint: row.fingerprint,
    scorecard: JSON.parse(row.result),
    evaluatedAt: row.evaluated_at,
  };
}

/** The cursor of the entity list: where the previous page ended. */
interface Cursor {
  sort: SortKey;
  order: 'asc' | 'desc';
  value: string | number;
  ref: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(
  text: string,
  sort: SortKey,
  order: 'asc' | 'desc',
): Cursor {
  let cursor: Cursor;
  try {
    cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InputError(
      'cursor is not valid; use the nextCursor of a previous page',
    );
  }
  if (
    !cursor ||
    typeof cursor.ref !== 'string' ||
    (typeof cursor.value !== 'string' && typeof cursor.value !== 'number')
  ) {
    throw new InputError(
      'cursor is not valid; use the nextCursor of a previous page',
    );
  }
  if (cursor.sort !== sort || cursor.order !== order) {
    throw new InputError(
      'cursor belongs to a different sort or order; start again without a cursor',
    );
  }
  return cursor;
}

/** A page of the entity list. */
export interface ResultPage {
  items: StoredResult[];
  totalItems: number;
  nextCursor?: string;
}

/** Figures of the filtered set of results, computed in the database. */
export interface ResultAggregate {
  entities: number;
  scoreSum: number;
  aligned: number;
  atRisk: number;
  drifting: number;
  validOwner: number;
  servesActive: number;
  needsRevalidation: number;
}

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
    return this.knex.transaction(async trx => {
      const published = await this.publishedRunId(trx);
      if (published === undefined) {
        await trx(STATE).insert({ key: PUBLISHED, value: String(runId) });
      }
      const target = published ?? runId;
      const before = await trx(RESULTS)
        .where({ run_id: target, entity_ref: result.entityRef })
        .first();
      await trx(RESULTS)
        .where({ run_id: target, entity_ref: result.entityRef })
        .delete();
      await trx(RESULTS).insert(toRow(target, result));
      if (before?.fingerprint !== result.fingerprint) {
        await trx(HISTORY).insert({
          entity_ref: result.entityRef,
          run_id: runId,
          recorded_at: result.evaluatedAt,
          score: result.score,
          level: result.level,
          fingerprint: result.fingerprint,
        });
      }
      return before ? fromRow(before) : undefined;
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

  private filtered(published: number, filter: ResultFilter): Knex.QueryBuilder {
    const query = this.knex(RESULTS).where({ run_id: published });
    for (const column of [
      'owner',
      'system',
      'domain',
      'kind',
      'lifecycle',
      'level',
    ] as const) {
      const value = filter[column];
      if (value !== undefined) query.where(column, value);
    }
    if (filter.signal) query.where('signals', 'like', `%${filter.signal}%`);
    if (filter.q) {
      // '!' escapes LIKE wildcards the same way on all three databases
      // (a backslash means something else to MySQL's string literals).
      const term = `%${filter.q
        .toLocaleLowerCase('en-US')
        .replace(/[!%_]/g, c => `!${c}`)}%`;
      query.where(q =>
        q
          .whereRaw("lower(entity_ref) like ? escape '!'", [term])
          .orWhereRaw("lower(coalesce(title, '')) like ? escape '!'", [term]),
      );
    }
    return query;
  }

  /** A sorted page of results matching the filter. */
  async list(options: {
    filter: ResultFilter;
    sort: SortKey;
    order: 'asc' | 'desc';
    limit: number;
    cursor?: string;
  }): Promise<ResultPage> {
    const published = await this.publishedRunId();
    if (published === undefined) return { items: [], totalItems: 0 };
    const { filter, sort, order, limit } = options;
    const column = SORT_KEYS[sort];
    const sortExpr = this.knex.raw(
      sort === 'score' ? '??' : "coalesce(??, '')",
      [column],
    );

    const countRow = await this.filtered(published, filter)
      .count({ count: '*' })
      .first();
    const query = this.filtered(published, filter)
      .orderBy([
        { column: sortExpr as any, order },
        { column: 'entity_ref', order: 'asc' },
      ])
      .limit(limit + 1);
    if (options.cursor) {
      const cursor = decodeCursor(options.cursor, sort, order);
      const op = order === 'asc' ? '>' : '<';
      query.where(q =>
        q
          .where(sortExpr as any, op, cursor.value)
          .orWhere(qq =>
            qq
              .where(sortExpr as any, '=', cursor.value)
              .andWhere('entity_ref', '>', cursor.ref),
          ),
      );
    }
    const rows = await query;
    const items = rows.slice(0, limit).map(fromRow);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return {
      items,
      totalItems: Number(countRow?.count ?? 0),
      nextCursor: last
        ? encodeCursor({
            sort,
            order,
            value:
              sort === 'score'
                ? Number(last.score)
                : String(last[column] ?? ''),
            ref: last.entity_ref,
          })
        : undefined,
    };
  }

  /** Counts and sums over the results matching the filter. */
  async aggregate(filter: ResultFilter): Promise<ResultAggregate> {
    const empty = {
      entities: 0,
      scoreSum: 0,
      aligned: 0,
      atRisk: 0,
      drifting: 0,
      validOwner: 0,
      servesActive: 0,
      needsRevalidation: 0,
    };
    const published = await this.publishedRunId();
    if (published === undefined) return empty;
    const sumIf = (condition: string) =>
      this.knex.raw(`sum(case when ${condition} then 1 else 0 end)`);
    const row = await this.filtered(published, filter)
      .select({
        entities: this.knex.raw('count(*)'),
        scoreSum: this.knex.raw('coalesce(sum(score), 0)'),
        aligned: sumIf("level = 'aligned'"),
        atRisk: sumIf("level = 'at-risk'"),
        drifting: sumIf("level = 'drifting'"),
        validOwner: sumIf('valid_owner'),
        servesActive: sumIf('serves_active'),
        needsRevalidation: sumIf('needs_revalidation'),
      } as any)
      .first();
    if (!row) return empty;
    return Object.fromEntries(
      Object.entries(empty).map(([k]) => [k, Number(row[k] ?? 0)]),
    ) as unknown as ResultAggregate;
  }

  /** Owner and check statuses of every result matching the filter. */
  async checkStatuses(
    filter: ResultFilter,
  ): Promise<Array<{ owner?: string; checkStatuses: Record<string, string> }>> {
    const published = await this.publishedRunId();
    if (published === undefined) return [];
    const rows = await this.filtered(published, filter).select(
      'owner',
      'check_statuses',
    );
    return rows.map((row: Row) => ({
      owner: row.owner ?? undefined,
      checkStatuses: JSON.parse(row.check_statuses),
    }));
  }

  /** What objective coverage needs of every published result. */
  async objectiveLinks(): Promise<
    Array<{
      entityRef: string;
      score: number;
      objectiveRefs: string[];
      servesActive: boolean;
    }>
  > {
    const published = await this.publishedRunId();
    if (published === undefined) return [];
    const rows = await this.knex(RESULTS)
      .where({ run_id: published })
      .select('entity_ref', 'score', 'objective_refs', 'serves_active');
    return rows.map((row: Row) => ({
      entityRef: row.entity_ref,
      score: Number(row.score),
      objectiveRefs: split(row.objective_refs),
      servesActive: Boolean(row.serves_active),
    }));
  }

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
