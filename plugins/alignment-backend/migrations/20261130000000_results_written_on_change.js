// @ts-check

/** @typedef {import('knex').Knex.CreateTableBuilder} Table */

/**
 * The columns both layouts have, as the previous one declared them.
 *
 * @type {Record<string, (table: Table) => void>}
 */
const OLD_TYPES = {
  entity_ref: t => t.string('entity_ref', 255).notNullable(),
  kind: t => t.string('kind', 64).notNullable(),
  title: t => t.string('title', 255).nullable(),
  owner: t => t.string('owner', 255).nullable(),
  system: t => t.string('system', 255).nullable(),
  domain: t => t.string('domain', 255).nullable(),
  lifecycle: t => t.string('lifecycle', 64).nullable(),
  score: t => t.integer('score').notNullable(),
  level: t => t.string('level', 16).notNullable(),
  signals: t => t.string('signals', 64).notNullable().defaultTo(''),
  needs_revalidation: t => t.boolean('needs_revalidation').notNullable(),
  valid_owner: t => t.boolean('valid_owner').notNullable(),
  serves_active: t => t.boolean('serves_active').notNullable(),
  objective_refs: t => t.text('objective_refs').notNullable(),
  check_statuses: t => t.text('check_statuses').notNullable(),
  fingerprint: t => t.string('fingerprint', 64).notNullable(),
  result: t => t.text('result', 'mediumtext').notNullable(),
  evaluated_at: t => t.string('evaluated_at', 30).notNullable(),
  failing_checks: t => t.integer('failing_checks').notNullable().defaultTo(0),
  no_data_checks: t =>
    t
      .integer('no_data_checks')
      .notNullable()
      .defaultTo(0)
      .comment('Checks lacking a fact the rule needs'),
};
const OLD_COLUMNS = Object.keys(OLD_TYPES);

const OLD_INDEXES = [
  { name: 'lodestar_results_level_idx', columns: ['run_id', 'level'] },
  { name: 'lodestar_results_owner_idx', columns: ['run_id', 'owner'] },
  { name: 'lodestar_results_score_idx', columns: ['run_id', 'score'] },
  { name: 'lodestar_results_ref_idx', columns: ['entity_ref'] },
];

const BATCH = 500;

/**
 * Whole-catalog runs write only the results that changed. `lodestar_results`
 * now holds one row per entity, the served one, keyed by its ref; `run_id`
 * says which run last wrote it, and `content_hash` covers everything in the
 * row but the evaluation time, so that a run can tell an unchanged result
 * without reading its scorecard. A run stages what changed in
 * `lodestar_run_changes` and applies it in one transaction when it is
 * published; `published_at` in `lodestar_state` is when the published run
 * started, which confirms every row it did not rewrite.
 *
 * The table is rebuilt rather than altered: the scorecard JSON goes last, so
 * that SQLite finds the small columns a run compares without following the
 * row's overflow pages. Only the published run's rows are kept. Hashes start
 * empty: the first run after this rewrites every row once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const published = await publishedRun(knex);
  for (const index of OLD_INDEXES) {
    await knex.schema.alterTable('lodestar_results', table => {
      table.dropIndex(index.columns, index.name);
    });
  }
  await knex.schema.createTable('lodestar_results_next', table => {
    table.comment('The served result of each entity');
    table
      .integer('run_id')
      .notNullable()
      .comment('The run that last wrote the row');
    resultColumns(table);
    table.primary(['entity_ref'], 'lodestar_results_entity_ref_pk');
  });
  if (published !== undefined) {
    await copyInBatches(knex, {
      from: 'lodestar_results',
      to: 'lodestar_results_next',
      columns: ['run_id', ...OLD_COLUMNS],
      where: { run_id: published },
      key: 'entity_ref',
    });
  }
  await knex.schema.dropTable('lodestar_results');
  await knex.schema.renameTable('lodestar_results_next', 'lodestar_results');
  await knex.schema.alterTable('lodestar_results', table => {
    table.index(['level'], 'lodestar_results_level_idx');
    table.index(['owner'], 'lodestar_results_owner_idx');
    table.index(['score'], 'lodestar_results_score_idx');
  });

  await knex.schema.createTable('lodestar_run_changes', table => {
    table.comment(
      'Results a whole-catalog run found changed, applied when it is published',
    );
    table.integer('run_id').notNullable();
    resultColumns(table);
    table.primary(['run_id', 'entity_ref']);
  });

  if (published !== undefined) {
    const run = await knex('lodestar_runs')
      .where({ id: published })
      .first('started_at');
    if (run) {
      await knex('lodestar_state').insert({
        key: 'published_at',
        value: run.started_at,
      });
    }
  }
};

/**
 * Back to a table keyed by run and entity, every row under the published
 * run (which is what the previous version serves). A row's evaluation time
 * stays when it last changed until the next run, which rewrites them all.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const published = await publishedRun(knex);
  await knex.schema.dropTable('lodestar_run_changes');
  for (const name of [
    'lodestar_results_level_idx',
    'lodestar_results_owner_idx',
    'lodestar_results_score_idx',
  ]) {
    await knex.schema.alterTable('lodestar_results', table => {
      table.dropIndex([], name);
    });
  }
  await knex.schema.createTable('lodestar_results_previous', table => {
    table.comment(
      'Latest result per entity; readers only see the published run',
    );
    table.integer('run_id').notNullable();
    for (const column of OLD_COLUMNS) OLD_TYPES[column](table);
    table.primary(['run_id', 'entity_ref'], 'lodestar_results_pkey');
  });
  // Rows written by re-evaluations of single entities before any
  // whole-catalog run had no published run: they become the published one.
  const newest = await knex('lodestar_results').max({ id: 'run_id' }).first();
  const run =
    published ??
    (newest?.id === null || newest?.id === undefined
      ? undefined
      : Number(newest.id));
  if (run !== undefined) {
    await knex('lodestar_results').update({ run_id: run });
    await copyInBatches(knex, {
      from: 'lodestar_results',
      to: 'lodestar_results_previous',
      columns: ['run_id', ...OLD_COLUMNS],
      key: 'entity_ref',
    });
    if (published === undefined) {
      await knex('lodestar_state').insert({
        key: 'published_run',
        value: String(run),
      });
    }
  }
  await knex.schema.dropTable('lodestar_results');
  await knex.schema.renameTable(
    'lodestar_results_previous',
    'lodestar_results',
  );
  await knex.schema.alterTable('lodestar_results', table => {
    for (const index of OLD_INDEXES) table.index(index.columns, index.name);
  });
  await knex('lodestar_state').where({ key: 'published_at' }).delete();
};

/**
 * The columns of a result, small ones first.
 *
 * @param {Table} table
 */
function resultColumns(table) {
  table.string('entity_ref', 255).notNullable();
  table.string('kind', 64).notNullable();
  table.string('title', 255).nullable();
  table.string('owner', 255).nullable();
  table.string('system', 255).nullable();
  table.string('domain', 255).nullable();
  table.string('lifecycle', 64).nullable();
  table.integer('score').notNullable();
  table.string('level', 16).notNullable();
  table.string('signals', 64).notNullable().defaultTo('');
  table.boolean('needs_revalidation').notNullable();
  table.boolean('valid_owner').notNullable();
  table.boolean('serves_active').notNullable();
  table.integer('failing_checks').notNullable().defaultTo(0);
  table
    .integer('no_data_checks')
    .notNullable()
    .defaultTo(0)
    .comment('Checks lacking a fact the rule needs');
  table.string('fingerprint', 64).notNullable();
  table
    .string('content_hash', 64)
    .notNullable()
    .defaultTo('')
    .comment('Hash of everything in the row but the evaluation time');
  table.string('evaluated_at', 30).notNullable();
  table.text('objective_refs').notNullable();
  table.text('check_statuses').notNullable();
  table.text('result', 'mediumtext').notNullable();
}

/**
 * The published run's id, if any.
 *
 * @param {import('knex').Knex} knex
 */
async function publishedRun(knex) {
  const row = await knex('lodestar_state')
    .where({ key: 'published_run' })
    .first('value');
  return row ? Number(row.value) : undefined;
}

/**
 * Copies rows between tables a batch of keys at a time, in key order, so
 * that SQLite, which writes synchronously, never holds the event loop for
 * a whole catalog's rows.
 *
 * @param {import('knex').Knex} knex
 * @param {{ from: string, to: string, columns: string[], key: string,
 *   where?: Record<string, unknown> }} copy
 */
async function copyInBatches(knex, copy) {
  const { from, to, columns, key, where = {} } = copy;
  /** @type {string | undefined} */
  let last;
  for (;;) {
    const query = knex(from).where(where).orderBy(key).limit(BATCH).pluck(key);
    if (last !== undefined) query.where(key, '>', last);
    const keys = await query;
    if (keys.length === 0) return;
    const select = knex(from)
      .select(columns)
      .where(where)
      .whereIn(key, keys)
      .toSQL();
    await knex.raw(`insert into ?? (??) ${select.sql}`, [
      to,
      columns,
      ...select.bindings,
    ]);
    last = keys[keys.length - 1];
  }
}
