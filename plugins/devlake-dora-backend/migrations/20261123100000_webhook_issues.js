// @ts-check

/**
 * DevLake webhook issues of every type (DevLake stores them all; only INCIDENT ones are also
 * incidents, the kind the metrics read), and room in `source` for a project's own DevLake
 * deployments (`devlake:project:<name>`, names of up to 100 characters as DevLake allows).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('issues', table => {
    table.comment(
      'Issues from DevLake issue webhooks, of any type; closed by the close route',
    );
    table.bigIncrements('id').primary();
    table.string('source', 128).notNullable();
    table.string('external_id', 512).notNullable().comment('The issue key');
    table.string('project', 255).notNullable();
    table
      .string('type', 255)
      .nullable()
      .comment('As sent: INCIDENT, BUG, REQUIREMENT, ...');
    table.string('title', 1024).nullable();
    table.string('status', 32).notNullable().comment('TODO, IN_PROGRESS, DONE');
    table.string('url', 1024).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('resolved_at', { useTz: true }).nullable();
    table.unique(['source', 'external_id'], {
      indexName: 'issues_source_external_id_uniq',
    });
  });
  // SQLite does not enforce varchar lengths; PostgreSQL widens in place.
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      'alter table deployments alter column source type varchar(128)',
    );
    await knex.raw(
      'alter table incidents alter column source type varchar(128)',
    );
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('issues');
};
