/**
 * How a result is laid out in `lodestar_results`, shared by the store that
 * writes runs and the reader that serves them.
 */
import type { ResultSummary, StoredResult } from './types';

/** Latest result per entity and run. */
export const RESULTS = 'lodestar_results';
/** A row per entity whenever its score, level or check statuses change. */
export const HISTORY = 'lodestar_history';
/** Rows per statement when a list of refs is looked up or inserted. */
export const BATCH = 500;

/** A database row, as knex returns it. */
export type Row = Record<string, any>;

/** The row that stores a run's result of one entity. */
export function toRow(runId: number, r: StoredResult): Row {
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
    failing_checks: r.failingChecks,
    no_data_checks: r.noDataChecks,
    fingerprint: r.fingerprint,
    result: JSON.stringify(r.scorecard),
    evaluated_at: r.evaluatedAt,
  };
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

/** A stored row's columns, without the JSON it carries. */
export function summaryFromRow(row: Row): ResultSummary {
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
    evaluatedAt: row.evaluated_at,
  };
}

/** A stored row as the result it holds. */
export function fromRow(row: Row): StoredResult {
  return {
    ...summaryFromRow(row),
    checkStatuses: row.check_statuses ? JSON.parse(row.check_statuses) : {},
    fingerprint: row.fingerprint,
    scorecard: JSON.parse(row.result),
  };
}
