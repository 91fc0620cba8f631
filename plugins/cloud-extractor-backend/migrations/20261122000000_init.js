// @ts-check

/**
 * Extraction jobs: each trigger or schedule run, claimed by one backend replica.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('extraction_jobs', table => {
    table.comment('Extraction jobs, claimed through the database so each runs once across replicas');
    table.uuid('id').primary().notNullable();
    table.string('status', 32).notNullable().comment('pending, running, completed, failed, cancelled');
    table.text('request').notNullable().comment('JSON of the trigger request: providers, services, regions, filters');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table.index(['status', 'created_at'], 'extraction_jobs_status_created_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('extraction_jobs');
};
