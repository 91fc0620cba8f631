// @ts-check

/**
 * The Jira and Confluence settings a compliance team chooses (project, space; the credentials stay
 * in app-config) and the Jira tickets created for trails.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('atlassian_configs', table => {
    table.comment('Jira and Confluence settings, one row per product');
    table.uuid('id').primary().notNullable();
    table
      .string('product', 16)
      .notNullable()
      .unique({ indexName: 'atlassian_configs_product_uniq' });
    table.string('default_key', 255).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('jira_tickets', table => {
    table.comment('Jira issues created by factstore, linked to their trail');
    table.bigIncrements('seq').primary();
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'jira_tickets_id_uniq' });
    table.string('ticket_key', 64).notNullable();
    table.string('summary', 255).notNullable();
    table.string('status', 32).notNullable();
    table.string('issue_type', 64).notNullable();
    table.string('project_key', 64).notNullable();
    table.uuid('trail_id').nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['trail_id'], 'jira_tickets_trail_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('jira_tickets');
  await knex.schema.dropTable('atlassian_configs');
};
