import type { Knex } from 'knex';
import type { CheckStatus } from '@lodestar/backstage-plugin-alignment-common';
import { chunks } from './chunks';
import { decodeCursor, encodeCursor, SORT_KEYS, SortKey } from './listCursor';
import { readPublication } from './publication';
import {
  BATCH,
  fromRow,
  RESULTS,
  Row,
  SUMMARY_COLUMNS,
  summaryFromRow,
} from './resultRows';
import type {
  ResultFilter,
  ResultSummary,
  StoredResult,
  StoredStandings,
} from './types';

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
 * Queries over the served results: the entity list, its figures and what
 * coverage needs. Runs stage their results elsewhere until they are
 * published, so readers never see a run that is still being written.
 */
export class DatabasePublishedResults {
  constructor(private readonly knex: Knex) {}

  /** When the published run started: it confirmed the rows written before. */
  private async publishedAt(): Promise<string | undefined> {
    return (await readPublication(this.knex)).at;
  }

  private filtered(filter: ResultFilter): Knex.QueryBuilder {
    const query = this.knex(RESULTS);
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
    const publishedAt = await this.publishedAt();
    const { filter, sort, order, limit } = options;
    const column = SORT_KEYS[sort];
    const sortExpr = this.sortExpression(sort, publishedAt);

    const countRow = await this.filtered(filter).count({ count: '*' }).first();
    const query = this.filtered(filter)
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
    const items = rows
      .slice(0, limit)
      .map((row: Row) => fromRow(row, publishedAt));
    let nextCursor: string | undefined;
    if (rows.length > limit) {
      const last = items[limit - 1];
      let value: string | number = String(rows[limit - 1][column] ?? '');
      if (sort === 'score') value = last.score;
      if (sort === 'evaluatedAt') value = last.evaluatedAt;
      nextCursor = encodeCursor({ sort, order, value, ref: last.entityRef });
    }
    return { items, totalItems: Number(countRow?.count ?? 0), nextCursor };
  }

  /**
   * What a sort key orders by. Results are served as evaluated when the
   * published run started, unless written later, so the list sorts them
   * the same way.
   */
  private sortExpression(sort: SortKey, publishedAt?: string): Knex.Raw {
    const column = SORT_KEYS[sort];
    if (sort === 'score') return this.knex.raw('??', [column]);
    if (sort === 'evaluatedAt' && publishedAt !== undefined) {
      return this.knex.raw('case when ?? < ? then ? else ?? end', [
        column,
        publishedAt,
        publishedAt,
        column,
      ]);
    }
    return this.knex.raw("coalesce(??, '')", [column]);
  }

  /** Counts and sums over the results matching the filter. */
  async aggregate(filter: ResultFilter): Promise<ResultAggregate> {
    const empty = emptyAggregate();
    const sumIf = (condition: string) =>
      this.knex.raw(`sum(case when ${condition} then 1 else 0 end)`);
    const row = await this.filtered(filter)
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
    const rows = await this.filtered(filter).select('owner', 'check_statuses');
    return rows.map(ownerCheckStatuses);
  }

  /** Owner and check statuses of the given entities, in batches. */
  async checkStatusesOf(entityRefs: string[]): Promise<OwnerCheckStatuses[]> {
    const statuses: OwnerCheckStatuses[] = [];
    for (const refs of chunks(entityRefs, BATCH)) {
      const rows = await this.knex(RESULTS)
        .whereIn('entity_ref', refs)
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
    const publishedAt = await this.publishedAt();
    const rows = await this.knex(RESULTS).select(SUMMARY_COLUMNS);
    return rows.map(row => summaryFromRow(row, publishedAt));
  }

  /** Which of the given refs have a published result: one indexed lookup per 500. */
  async existing(entityRefs: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const refs of chunks(entityRefs, BATCH)) {
      const rows = await this.knex(RESULTS)
        .whereIn('entity_ref', refs)
        .select('entity_ref');
      for (const row of rows) found.add(row.entity_ref);
    }
    return found;
  }

  /**
   * The campaign standings of every published result that has any, with
   * its owner: one small column, not the scorecards.
   */
  async campaignStandings(): Promise<StoredStandings[]> {
    const rows = await this.knex(RESULTS)
      .whereNotNull('campaigns')
      .select('entity_ref', 'owner', 'campaigns');
    return rows.map((row: Row) => ({
      entityRef: row.entity_ref,
      owner: row.owner ?? undefined,
      standings: JSON.parse(row.campaigns),
    }));
  }

  /**
   * The checks of every published result that ask for something (failing,
   * erroring, waived or lacking data), per entity: passing and inapplicable checks, most
   * of them, are left out so a whole catalog's fits in memory.
   */
  async openChecks(): Promise<
    Array<{ entityRef: string; checks: Record<string, string> }>
  > {
    const rows = await this.knex(RESULTS).select(
      'entity_ref',
      'check_statuses',
    );
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
