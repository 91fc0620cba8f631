// @ts-check

/**
 * PostgreSQL 14+: statistics on `lower(environment)`, the production filter of every metrics
 * statement. Without them the planner guesses that 0.5 % of a project's deployments are in
 * production, and plans the join of commits to the deployments listing them as if there were a
 * handful; with them it estimates the real share and hashes the join. Costs nothing on writes
 * (collected by ANALYZE, as autovacuum runs it). SQLite and older PostgreSQL: nothing to do.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (!(await expressionStatistics(knex))) return;
  await knex.raw(
    'create statistics if not exists deployments_environment_statistics on (lower(environment)) from deployments',
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (!(await expressionStatistics(knex))) return;
  await knex.raw(
    'drop statistics if exists deployments_environment_statistics',
  );
};

/** @param {import('knex').Knex} knex */
async function expressionStatistics(knex) {
  if (knex.client.config.client !== 'pg') return false;
  const result = await knex.raw('show server_version_num');
  return Number(result.rows[0].server_version_num) >= 140000;
}
