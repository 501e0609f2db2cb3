// @ts-check

/**
 * Campaigns Lodestar proposes from strategy revisions, and the campaign
 * reminders sent.
 *
 * `lodestar_campaign_proposals` holds one row per strategy revision that
 * asked for a campaign: unique on (strategy_ref, revision), so replicas
 * that propose at once store it once. Accepting one sets its status and
 * who accepted it; it is then evaluated as a campaign.
 *
 * `lodestar_campaign_reminders` records each (campaign, owner, milestone)
 * reminder before it is sent: its key is the primary key, so only the
 * replica whose insert lands sends it. `token` tells that replica apart.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('lodestar_campaign_proposals', table => {
    table.comment('Campaigns proposed from strategy revisions');
    table.string('id', 36).primary();
    table.string('strategy_ref', 255).notNullable();
    table.string('revision', 10).notNullable().comment('YYYY-MM-DD');
    table.string('proposed_at', 32).notNullable().comment('ISO timestamp');
    table.string('deadline', 10).notNullable().comment('YYYY-MM-DD');
    table.text('checks').notNullable().comment('Check ids, JSON');
    table.string('status', 16).notNullable().comment('proposed | accepted');
    table.string('accepted_by', 255).nullable();
    table.string('accepted_at', 32).nullable();
    table.unique(['strategy_ref', 'revision'], {
      indexName: 'lodestar_campaign_proposals_revision_uq',
    });
  });
  await knex.schema.createTable('lodestar_campaign_reminders', table => {
    table.comment(
      'Campaign reminders sent, once per campaign, owner, milestone',
    );
    table.string('campaign_ref', 255).notNullable();
    table.string('owner', 255).notNullable();
    table.string('milestone', 32).notNullable();
    table.string('sent_at', 32).notNullable();
    table.string('token', 36).notNullable();
    table.primary(['campaign_ref', 'owner', 'milestone']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('lodestar_campaign_reminders');
  await knex.schema.dropTable('lodestar_campaign_proposals');
};
