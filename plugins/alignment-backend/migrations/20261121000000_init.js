// @ts-check

/**
 * Lodestar's tables. Timestamps are ISO-8601 strings (UTC, millisecond
 * precision) so they sort and compare the same on SQLite, PostgreSQL and
 * MySQL, and come back from every driver as the same type.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('lodestar_runs', table => {
    table.comment(
      'Evaluation runs: scheduled, on demand, or of a single entity',
    );
    table.increments('id').primary();
    table
      .string('status', 16)
      .notNullable()
      .comment('running, succeeded or failed');
    table
      .string('trigger', 16)
      .notNullable()
      .comment('schedule, manual or entity');
    table
      .string('entity_ref', 255)
      .nullable()
      .comment('For single-entity runs');
    table.string('started_at', 30).notNullable();
    table.string('finished_at', 30).nullable();
    table.integer('duration_ms').nullable();
    table.integer('evaluated').notNullable().defaultTo(0);
    table.integer('history_rows').notNullable().defaultTo(0);
    table.text('error').nullable();
    table
      .text('stats', 'mediumtext')
      .nullable()
      .comment('JSON: principle and owner statistics of the run');
    table.index(['status', 'id'], 'lodestar_runs_status_idx');
  });

  await knex.schema.createTable('lodestar_state', table => {
    table.comment('Single-row pointers, e.g. the published run');
    table.string('key', 64).primary();
    table.string('value', 255).notNullable();
  });

  await knex.schema.createTable('lodestar_results', table => {
    table.comment(
      'Latest result per entity; readers only see the published run',
    );
    table.integer('run_id').notNullable();
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
    table.text('objective_refs').notNullable();
    table.text('check_statuses').notNullable();
    table.string('fingerprint', 64).notNullable();
    table.text('result', 'mediumtext').notNullable();
    table.string('evaluated_at', 30).notNullable();
    table.primary(['run_id', 'entity_ref']);
    table.index(['run_id', 'level'], 'lodestar_results_level_idx');
    table.index(['run_id', 'owner'], 'lodestar_results_owner_idx');
    table.index(['run_id', 'score'], 'lodestar_results_score_idx');
    table.index(['entity_ref'], 'lodestar_results_ref_idx');
  });

  await knex.schema.createTable('lodestar_history', table => {
    table.comment(
      'One row per change of score, level or check statuses of an entity',
    );
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.integer('run_id').notNullable();
    table.string('recorded_at', 30).notNullable();
    table.integer('score').notNullable();
    table.string('level', 16).notNullable();
    table.string('fingerprint', 64).notNullable();
    table.index(['entity_ref', 'recorded_at'], 'lodestar_history_ref_idx');
    table.index(['recorded_at'], 'lodestar_history_time_idx');
    table.index(['run_id'], 'lodestar_history_run_idx');
  });

  await knex.schema.createTable('lodestar_daily', table => {
    table.comment(
      'Daily aggregates for trend lines: org, owner, system, domain, objective',
    );
    table.string('day', 10).notNullable();
    table.string('dimension', 16).notNullable();
    table.string('key', 255).notNullable();
    table.integer('entities').notNullable();
    table.integer('score_sum').notNullable();
    table.integer('aligned').notNullable();
    table.integer('at_risk').notNullable();
    table.integer('drifting').notNullable();
    table.integer('needs_revalidation').notNullable();
    table.primary(['day', 'dimension', 'key']);
  });

  await knex.schema.createTable('lodestar_revisions', table => {
    table.comment('Strategy revisions seen, to mark trends and notify once');
    table.string('strategy_ref', 255).notNullable();
    table.string('date', 10).notNullable();
    table.string('trigger', 32).notNullable();
    table.text('summary').notNullable();
    table.string('first_seen_at', 30).notNullable();
    table.primary(['strategy_ref', 'date']);
  });

  await knex.schema.createTable('lodestar_waivers', table => {
    table.comment(
      'Accepted failures of a check on an entity, until they expire',
    );
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table.string('check_id', 255).notNullable();
    table.text('reason').notNullable();
    table.string('expires_at', 30).notNullable();
    table.string('created_by', 255).notNullable();
    table.string('created_at', 30).notNullable();
    table.unique(['entity_ref', 'check_id'], {
      indexName: 'lodestar_waivers_check_uq',
    });
  });

  await knex.schema.createTable('lodestar_notifications', table => {
    table.comment('Notifications sent, so each is sent once');
    table.string('key', 255).primary();
    table.string('sent_at', 30).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of [
    'lodestar_notifications',
    'lodestar_waivers',
    'lodestar_revisions',
    'lodestar_daily',
    'lodestar_history',
    'lodestar_results',
    'lodestar_state',
    'lodestar_runs',
  ]) {
    await knex.schema.dropTableIfExists(name);
  }
};
