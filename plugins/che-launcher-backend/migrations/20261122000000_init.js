// @ts-check

/**
 * Workspace launches: who created which workspace from which devfile and entity. The cluster
 * stays the source of truth for the workspace itself; this table is the audit trail and the
 * index from a workspaceId (the DevWorkspace uid) to its namespace and name.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('workspace_launches', table => {
    table.comment(
      'Workspaces created through the plugin, with who created them from what',
    );
    table.bigIncrements('id').primary();
    table
      .string('user_ref', 255)
      .notNullable()
      .comment('Backstage entity ref of the user');
    table.string('cluster', 255).notNullable();
    table.string('namespace', 255).notNullable();
    table.string('workspace_name', 255).notNullable();
    table
      .string('workspace_uid', 64)
      .notNullable()
      .comment('metadata.uid of the DevWorkspace: the API workspaceId');
    table.text('devfile_url').nullable();
    table
      .string('entity_ref', 255)
      .nullable()
      .comment('Catalog entity the workspace was opened from');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.unique(['cluster', 'workspace_uid'], {
      indexName: 'workspace_launches_uid_uq',
    });
    table.index(
      ['user_ref', 'created_at'],
      'workspace_launches_user_created_idx',
    );
  });
  await knex.schema.createTable('workspace_owner_locks', table => {
    table.comment(
      'One row per user namespace, locked while its workspace limits are checked and a workspace created or started',
    );
    table.string('lock_key', 255).primary().comment('<cluster>/<namespace>');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('workspace_owner_locks');
  await knex.schema.dropTable('workspace_launches');
};
