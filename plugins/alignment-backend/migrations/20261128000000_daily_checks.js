// @ts-check

/**
 * Each principle's outcome counts per day, so a principle's page can show
 * its pass rate over time. Kept per day, not per run: the last run of a day
 * wins, as in lodestar_daily, and the table grows with days times
 * principles, never with the catalog.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('lodestar_daily_checks', table => {
    table.comment('Outcome counts of each principle check per day');
    table.string('day', 10).notNullable();
    table.string('check_id', 255).notNullable();
    table.integer('pass').notNullable();
    table.integer('fail').notNullable();
    table.integer('error').notNullable();
    table.integer('waived').notNullable();
    table.primary(['check_id', 'day']);
    table.index(['day'], 'lodestar_daily_checks_day_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('lodestar_daily_checks');
};
