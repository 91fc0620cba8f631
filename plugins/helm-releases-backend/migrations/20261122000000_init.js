// @ts-check

/**
 * Release operations: every rollback, upgrade and recovery done through the plugin, and by whom.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('release_operations', table => {
    table.comment(
      'Rollbacks, upgrades and recoveries performed through the plugin',
    );
    table.bigIncrements('id').primary();
    table.string('cluster', 255).notNullable();
    table.string('namespace', 255).notNullable();
    table.string('release_name', 255).notNullable();
    table
      .string('operation', 32)
      .notNullable()
      .comment('rollback, upgrade, recover');
    table.integer('from_revision').nullable();
    table.integer('to_revision').nullable();
    table.string('outcome', 32).notNullable().comment('succeeded, failed');
    table.text('message').nullable();
    table
      .string('actor', 255)
      .notNullable()
      .comment('Backstage entity ref of who asked');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(
      ['cluster', 'namespace', 'release_name'],
      'release_operations_release_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_operations');
};
