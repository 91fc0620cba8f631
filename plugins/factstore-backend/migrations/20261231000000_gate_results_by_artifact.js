// @ts-check

/**
 * The gate's results about one artifact, newest first, as a trail's page asks for them: by digest
 * and time, instead of reading the newest results of every artifact and picking.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('gate_results', table => {
    table.index(['sha256', 'evaluated_at'], 'gate_results_artifact_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('gate_results', table => {
    table.dropIndex([], 'gate_results_artifact_idx');
  });
};
