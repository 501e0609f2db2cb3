// @ts-check

/**
 * How many entities a whole run reused from the run before instead of
 * evaluating them again, because nothing they depend on had changed. Null
 * on runs recorded before runs could reuse evaluations, and on entity runs.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('lodestar_runs', table => {
    table
      .integer('reused')
      .nullable()
      .comment('Entities whose last evaluation was reused');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('lodestar_runs', table => {
    table.dropColumn('reused');
  });
};
