// @ts-check

/**
 * Where a run's time went (catalog read, evaluation, storage), so operators
 * see what to tune from `GET /evaluations/latest` alone.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('lodestar_runs', table => {
    table
      .text('phases')
      .nullable()
      .comment(
        'JSON: milliseconds spent reading the catalog, evaluating and storing',
      );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('lodestar_runs', table => {
    table.dropColumn('phases');
  });
};
