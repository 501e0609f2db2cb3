import type { Knex } from 'knex';
import type { CheckStatus } from '@lodestar/backstage-plugin-alignment-common';
import { decodeCursor, encodeCursor, SORT_KEYS, SortKey } from './listCursor';
import {
  BATCH,
  fromRow,
  RESULTS,
  Row,
  SUMMARY_COLUMNS,
  summaryFromRow,
} from './resultRows';
import type { ResultFilter, ResultSummary, StoredResult } from './types';

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

/** Filters that match a column exactly (the column has the filter's name). */
export const EQUALITY_FILTERS = [
  'owner',
  'system',
  'domain',
  'kind',
  'lifecycle',
  'level',
] as const;

/** The figures of no results at all. */
export function emptyAggregate(): ResultAggregate {
  return {
    entities: 0,
    scoreSum: 0,
    aligned: 0,
    atRisk: 0,
    drifting: 0,
    validOwner: 0,
    servesActive: 0,
    needsRevalidation: 0,
  };
}

/** The check outcomes that ask something of an owner. */
const OPEN_STATUSES = new Set(['fail', 'error', 'waived', 'no-data']);

/** An entity's owner and the status of each of its checks. */
export interface OwnerCheckStatuses {
  owner?: string;
  checkStatuses: Record<string, CheckStatus>;
}

/**
 * Queries over the published run's results: the entity list, its figures
 * and what coverage needs. Only ever the published run, so readers never
 * see a run that is still being written.
 */
export class DatabasePublishedResults {
  constructor(
    private readonly knex: Knex,
    private readonly publishedRunId: () => Promise<number | undefined>,
  ) {}

  private filtered(published: number, filter: ResultFilter): Knex.QueryBuilder {
    const query = this.knex(RESULTS).where({ run_id: published });
    for (const column of EQUALITY_FILTERS) {
      const value = filter[column];
      if (value !== undefined) query.where(column, value);
    }
    if (filter.signal) query.where('signals', 'like', `%${filter.signal}%`);
    if (filter.needsRevalidation !== undefined)
      query.where('needs_revalidation', filter.needsRevalidation);
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
    const empty = emptyAggregate();
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
  async checkStatuses(filter: ResultFilter): Promise<OwnerCheckStatuses[]> {
    const published = await this.publishedRunId();
    if (published === undefined) return [];
    const rows = await this.filtered(published, filter).select(
      'owner',
      'check_statuses',
    );
    return rows.map(ownerCheckStatuses);
  }

  /** Owner and check statuses of the given entities, in batches. */
  async checkStatusesOf(entityRefs: string[]): Promise<OwnerCheckStatuses[]> {
    const published = await this.publishedRunId();
    if (published === undefined) return [];
    const statuses: OwnerCheckStatuses[] = [];
    for (let i = 0; i < entityRefs.length; i += BATCH) {
      const rows = await this.knex(RESULTS)
        .where({ run_id: published })
        .whereIn('entity_ref', entityRefs.slice(i, i + BATCH))
        .select('owner', 'check_statuses');
      statuses.push(...rows.map(ownerCheckStatuses));
    }
    return statuses;
  }

  /**
   * Every published result without its JSON: small enough to hold a whole
   * catalog's in memory, and all the entity list and the figures need.
   */
  async summaries(): Promise<ResultSummary[]> {
    const published = await this.publishedRunId();
    if (published === undefined) return [];
    const rows = await this.knex(RESULTS)
      .where({ run_id: published })
      .select(SUMMARY_COLUMNS);
    return rows.map(summaryFromRow);
  }

  /** Which of the given refs have a published result: one indexed lookup per 500. */
  async existing(entityRefs: string[]): Promise<Set<string>> {
    const published = await this.publishedRunId();
    const found = new Set<string>();
    if (published === undefined) return found;
    for (let i = 0; i < entityRefs.length; i += 500) {
      const rows = await this.knex(RESULTS)
        .where({ run_id: published })
        .whereIn('entity_ref', entityRefs.slice(i, i + 500))
        .select('entity_ref');
      for (const row of rows) found.add(row.entity_ref);
    }
    return found;
  }

  /**
   * The checks of every published result that ask for something (failing,
   * erroring, waived or lacking data), per entity: passing and inapplicable checks, most
   * of them, are left out so a whole catalog's fits in memory.
   */
  async openChecks(): Promise<
    Array<{ entityRef: string; checks: Record<string, string> }>
  > {
    const published = await this.publishedRunId();
    if (published === undefined) return [];
    const rows = await this.knex(RESULTS)
      .where({ run_id: published })
      .select('entity_ref', 'check_statuses');
    return rows.map((row: Row) => {
      const checks: Record<string, string> = {};
      for (const [id, status] of Object.entries(
        JSON.parse(row.check_statuses) as Record<string, string>,
      )) {
        if (OPEN_STATUSES.has(status)) checks[id] = status;
      }
      return { entityRef: row.entity_ref, checks };
    });
  }
}

function ownerCheckStatuses(row: Row): OwnerCheckStatuses {
  return {
    owner: row.owner ?? undefined,
    checkStatuses: JSON.parse(row.check_statuses),
  };
}
