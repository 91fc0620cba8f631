// @ts-check

/**
 * When an incident was last reopened (PagerDuty `incident.reopened`), so that events delivered out
 * of order still leave it resolved or open as their own times say: a resolution counts only if it
 * is no earlier than the latest reopen.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('incidents', table => {
    table
      .timestamp('reopened_at', { useTz: true })
      .nullable()
      .comment('Latest time the source reopened the incident');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('incidents', table => {
    table.dropColumn('reopened_at');
  });
};
