/**
 * How a result is laid out in `lodestar_results` (and in the staging table
 * of runs, which has the same columns), shared by the stores that write
 * results and the readers that serve them.
 */
import { createHash, hash } from 'node:crypto';
import type { ResultSummary, RowContent, StoredResult } from './types';

/** The served result of each entity. */
export const RESULTS = 'lodestar_results';
/** Results a whole-catalog run found changed, until it is published. */
export const RUN_CHANGES = 'lodestar_run_changes';
/** A row per entity whenever its score, level or check statuses change. */
export const HISTORY = 'lodestar_history';
/** Rows per statement when a list of refs is looked up or inserted. */
export const BATCH = 500;

/** A database row, as knex returns it. */
export type Row = Record<string, any>;

/** Every column of a result row, in both tables. */
export const RESULT_COLUMNS = [
  'run_id',
  'entity_ref',
  'kind',
  'title',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'score',
  'level',
  'signals',
  'needs_revalidation',
  'valid_owner',
  'serves_active',
  'failing_checks',
  'no_data_checks',
  'fingerprint',
  'content_hash',
  'evaluated_at',
  'objective_refs',
  'check_statuses',
  'result',
  'campaigns',
];

/**
 * Hex SHA-1 of a text. A run hashes every result it evaluates, and the
 * one-shot `hash` (Node 20.12 and later) costs a fraction of a `Hash`
 * object per text.
 */
export function sha1(text: string): string {
  return typeof hash === 'function'
    ? hash('sha1', text)
    : createHash('sha1').update(text).digest('hex');
}

export type { RowContent } from './types';

/**
 * A result's row content. Its hash covers every column but the evaluation
 * time (in the scorecard too), so that a run that finds nothing changed
 * writes nothing, and builds no row for it.
 */
export function rowContent(r: StoredResult): RowContent {
  const { evaluatedAt: _writtenAt, ...scorecard } = r.scorecard;
  const body = JSON.stringify(scorecard);
  const columns = {
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
    failing_checks: r.failingChecks,
    no_data_checks: r.noDataChecks,
    fingerprint: r.fingerprint,
    objective_refs: r.objectiveRefs.join(','),
    check_statuses: JSON.stringify(r.checkStatuses),
    // Only when there is one: rows no campaign asks anything of keep the
    // hash they had before campaigns existed, so are not rewritten.
    ...(r.campaigns && r.campaigns.length > 0
      ? { campaigns: JSON.stringify(r.campaigns) }
      : {}),
  };
  return {
    columns,
    body,
    contentHash: sha1(JSON.stringify(columns) + body),
  };
}

/** The row that stores a result, written by run `runId`. */
export function toRow(
  runId: number,
  r: StoredResult,
  content: RowContent = rowContent(r),
): Row {
  const { columns, body, contentHash } = content;
  return {
    run_id: runId,
    entity_ref: r.entityRef,
    campaigns: null,
    ...columns,
    content_hash: contentHash,
    evaluated_at: r.evaluatedAt,
    // Last, so that serving a later confirmation time replaces the tail.
    result:
      body === '{}'
        ? JSON.stringify({ evaluatedAt: r.evaluatedAt })
        : `${body.slice(0, -1)},"evaluatedAt":${JSON.stringify(
            r.evaluatedAt,
          )}}`,
  };
}

/** The history row recording that a result changed. */
export function toHistoryRow(runId: number, r: StoredResult): Row {
  return {
    entity_ref: r.entityRef,
    run_id: runId,
    recorded_at: r.evaluatedAt,
    score: r.score,
    level: r.level,
    fingerprint: r.fingerprint,
  };
}

/** Whether the database is MySQL (or MariaDB), whose SQL differs. */
export function isMySql(knex: { client: { config: { client?: unknown } } }) {
  return String(knex.client.config.client).startsWith('mysql');
}

/** Whether the database is SQLite, which runs on the event loop. */
export function isSqlite(knex: { client: { config: { client?: unknown } } }) {
  return String(knex.client.config.client).includes('sqlite');
}

/**
 * When a served result was last confirmed: when it was written, or when
 * the published whole-catalog run started if later. That run evaluated
 * every entity it kept and rewrote only those that changed.
 */
export function confirmedAt(writtenAt: string, publishedAt?: string): string {
  return publishedAt !== undefined && publishedAt > writtenAt
    ? publishedAt
    : writtenAt;
}

/**
 * A stored scorecard's JSON saying when it was last confirmed. Rows keep
 * the evaluation time last in the JSON, so only its tail is replaced.
 */
export function confirmedScorecardJson(
  json: string,
  writtenAt: string,
  publishedAt?: string,
): string {
  const at = confirmedAt(writtenAt, publishedAt);
  if (at === writtenAt) return json;
  const tail = `"evaluatedAt":${JSON.stringify(writtenAt)}}`;
  if (json.endsWith(tail)) {
    return `${json.slice(0, -tail.length)}"evaluatedAt":${JSON.stringify(at)}}`;
  }
  return JSON.stringify({ ...JSON.parse(json), evaluatedAt: at });
}

/** A comma-joined column as a list. */
export function splitList(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

/** The columns of a {@link ResultSummary}: everything but the JSON. */
export const SUMMARY_COLUMNS = [
  'entity_ref',
  'kind',
  'title',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'score',
  'level',
  'signals',
  'needs_revalidation',
  'valid_owner',
  'serves_active',
  'objective_refs',
  'failing_checks',
  'no_data_checks',
  'evaluated_at',
];

/**
 * A stored row's columns, without the JSON it carries.
 *
 * @param publishedAt - start of the published whole-catalog run, which
 *   confirmed the rows written before it
 */
export function summaryFromRow(row: Row, publishedAt?: string): ResultSummary {
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
    signals: splitList(row.signals) as StoredResult['signals'],
    needsRevalidation: Boolean(row.needs_revalidation),
    validOwner: Boolean(row.valid_owner),
    servesActive: Boolean(row.serves_active),
    objectiveRefs: splitList(row.objective_refs),
    failingChecks: Number(row.failing_checks ?? 0),
    noDataChecks: Number(row.no_data_checks ?? 0),
    evaluatedAt: confirmedAt(row.evaluated_at, publishedAt),
  };
}

/**
 * A stored row as the result it holds.
 *
 * @param publishedAt - as for {@link summaryFromRow}
 */
export function fromRow(row: Row, publishedAt?: string): StoredResult {
  const summary = summaryFromRow(row, publishedAt);
  return {
    ...summary,
    checkStatuses: row.check_statuses ? JSON.parse(row.check_statuses) : {},
    fingerprint: row.fingerprint,
    scorecard: { ...JSON.parse(row.result), evaluatedAt: summary.evaluatedAt },
  };
}
