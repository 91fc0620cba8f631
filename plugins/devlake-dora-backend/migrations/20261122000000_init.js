// @ts-check

/**
 * Deployments: one row per deployment event that reached the plugin.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('deployments', table => {
    table.comment('Deployments ingested from webhooks or read from DevLake');
    table.bigIncrements('id').primary();
    table.string('external_id', 255).notNullable().comment('The id the source gave the deployment');
    table.string('source', 32).notNullable().comment('argocd, jenkins, github, devlake, ...');
    table.string('project', 255).notNullable().comment('Project (service) the deployment belongs to');
    table.string('environment', 255).notNullable();
    table.string('status', 32).notNullable().comment('SUCCESS, FAILURE, ...');
    table.string('version', 255).nullable();
    table.string('commit_sha', 64).nullable();
    table.text('commit_message').nullable();
    table.string('commit_author', 255).nullable();
    table.string('triggered_by', 255).nullable();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('finished_at', { useTz: true }).notNullable();
    table.unique(['source', 'external_id'], { indexName: 'deployments_source_external_id_uniq' });
    table.index(['project', 'environment', 'finished_at'], 'deployments_project_env_finished_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('deployments');
};
