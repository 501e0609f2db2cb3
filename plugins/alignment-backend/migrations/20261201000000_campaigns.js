// @ts-check

const RESULT_TABLES = ['lodestar_results', 'lodestar_run_changes'];

/**
 * Campaigns. Each result row gets the entity's standing in each campaign
 * (`campaigns`, compact JSON, null when no campaign asks anything of it),
 * so that a campaign's progress is counted from one small column rather
 * than from every scorecard. `lodestar_campaign_daily` keeps each
 * campaign's counts per day for its burn-down; like lodestar_daily, the
 * day's last whole run wins, and it grows with days times campaigns.
 *
 * Existing rows start without standings: no campaign was judged before.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const name of RESULT_TABLES) {
    await knex.schema.alterTable(name, table => {
      table
        .text('campaigns')
        .nullable()
        .comment("The entity's standing in each campaign, JSON");
    });
  }
  await knex.schema.createTable('lodestar_campaign_daily', table => {
    table.comment('Entities in scope and still open of each campaign per day');
    table.string('campaign_ref', 255).notNullable();
    table.string('day', 10).notNullable();
    table.integer('in_scope').notNullable();
    table.integer('open').notNullable();
    table.primary(['campaign_ref', 'day']);
    table.index(['day'], 'lodestar_campaign_daily_day_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('lodestar_campaign_daily');
  for (const name of RESULT_TABLES) {
    await knex.schema.alterTable(name, table => {
      table.dropColumn('campaigns');
    });
  }
};
