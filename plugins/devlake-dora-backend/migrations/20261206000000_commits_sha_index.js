// @ts-check

/**
 * Commits by sha alone: the deployment history reads the message and author of a deployment's
 * commit from the pushed commits, whichever project (repository) they were pushed to.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('commits', table => {
    table.index(['sha'], 'commits_sha_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('commits', table => {
    table.dropIndex(['sha'], 'commits_sha_idx');
  });
};
