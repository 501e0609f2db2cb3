// @ts-check

/**
 * Facts pushed for entities (DORA and declared keys), observations of
 * objectives' measures, each principle's daily count of entities lacking
 * a fact its rule needs, and each result's count of failing and no-data
 * checks (for lists and exports, without parsing the result JSON). Facts keep three shapes: the latest value of each
 * key per entity, which every evaluation reads; each observation as it
 * arrived, kept a short while, which makes a repeated push idempotent;
 * and the last value of each day, which trends read and which is kept as
 * long as history. Values are JSON text, so a key's type is the config's
 * business, not the schema's.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('lodestar_results', table => {
    table.integer('failing_checks').notNullable().defaultTo(0);
    table
      .integer('no_data_checks')
      .notNullable()
      .defaultTo(0)
      .comment('Checks lacking a fact the rule needs');
  });
  await knex.schema.alterTable('lodestar_daily_checks', table => {
    table
      .integer('no_data')
      .notNullable()
      .defaultTo(0)
      .comment('Entities lacking a fact the rule needs');
  });

  await knex.schema.createTable('lodestar_facts', table => {
    table.comment('Latest value of each fact of each entity');
    table.string('entity_ref', 255).notNullable();
    table.string('fact_key', 100).notNullable();
    table.text('value').notNullable();
    table.string('observed_at', 30).notNullable();
    table.string('source', 200).notNullable();
    table.primary(['entity_ref', 'fact_key']);
  });

  await knex.schema.createTable('lodestar_fact_observations', table => {
    table.comment('Each fact observation as pushed; a repeat is kept once');
    table.string('entity_ref', 255).notNullable();
    table.string('fact_key', 100).notNullable();
    table.string('observed_at', 30).notNullable();
    table.string('source', 200).notNullable();
    table.text('value').notNullable();
    table.string('received_at', 30).notNullable();
    table.primary(['entity_ref', 'fact_key', 'observed_at', 'source']);
    table.index(['received_at'], 'lodestar_fact_observations_received_idx');
  });

  await knex.schema.createTable('lodestar_fact_daily', table => {
    table.comment('Last value of each numeric fact per entity and day');
    table.string('entity_ref', 255).notNullable();
    table.string('fact_key', 100).notNullable();
    table.string('day', 10).notNullable();
    table.double('value').notNullable();
    table.string('observed_at', 30).notNullable();
    table.primary(['entity_ref', 'fact_key', 'day']);
    table.index(['day'], 'lodestar_fact_daily_day_idx');
  });

  await knex.schema.createTable('lodestar_measure_observations', table => {
    table.comment('Values of the measures of objectives, pushed or computed');
    table.string('objective_ref', 255).notNullable();
    table.string('measure_id', 100).notNullable();
    table.string('observed_at', 30).notNullable();
    table.string('source', 200).notNullable();
    table.double('value').notNullable();
    table.string('received_at', 30).notNullable();
    table.primary(['objective_ref', 'measure_id', 'observed_at', 'source']);
    table.index(['observed_at'], 'lodestar_measure_observations_at_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('lodestar_results', table => {
    table.dropColumn('failing_checks');
    table.dropColumn('no_data_checks');
  });
  await knex.schema.alterTable('lodestar_daily_checks', table => {
    table.dropColumn('no_data');
  });
  await knex.schema.dropTable('lodestar_measure_observations');
  await knex.schema.dropTable('lodestar_fact_daily');
  await knex.schema.dropTable('lodestar_fact_observations');
  await knex.schema.dropTable('lodestar_facts');
};
