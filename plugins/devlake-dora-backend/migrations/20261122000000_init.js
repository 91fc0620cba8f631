// @ts-check

/**
 * The DORA fact store: deployments, the commits (changes) and pull requests behind them, and
 * incidents. Natural keys are unique so that a webhook delivered twice is stored once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('deployments', table => {
    table.comment('Deployments ingested from webhooks');
    table.bigIncrements('id').primary();
    table
      .string('external_id', 512)
      .notNullable()
      .comment('The id the source gave the deployment');
    table
      .string('source', 32)
      .notNullable()
      .comment('argocd, jenkins, github, devlake');
    table
      .string('project', 255)
      .notNullable()
      .comment('Project (service) the deployment belongs to');
    table
      .string('environment', 255)
      .notNullable()
      .comment('As the source names it; matched case-insensitively');
    table
      .string('status', 32)
      .notNullable()
      .comment('SUCCESS, FAILURE, IN_PROGRESS');
    table
      .boolean('rollback')
      .notNullable()
      .defaultTo(false)
      .comment('The deployment rolled back the one before it');
    table.string('version', 255).nullable();
    table.string('commit_sha', 64).nullable();
    table.text('commit_message').nullable();
    table.string('commit_author', 255).nullable();
    table.string('triggered_by', 255).nullable();
    table.string('url', 1024).nullable();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('finished_at', { useTz: true }).notNullable();
    table.unique(['source', 'external_id'], {
      indexName: 'deployments_source_external_id_uniq',
    });
    // Metrics read one project's deployments over a time range; history pages by (finished_at, id).
    table.index(
      ['project', 'finished_at', 'id'],
      'deployments_project_finished_idx',
    );
  });

  await knex.schema.createTable('deployment_commits', table => {
    table.comment(
      'The commits a deployment shipped, as its source listed them',
    );
    table
      .bigInteger('deployment_id')
      .notNullable()
      .references('id')
      .inTable('deployments')
      .onDelete('CASCADE');
    table.string('commit_sha', 64).notNullable();
    table.string('repo_url', 1024).nullable();
    table.primary(['deployment_id', 'commit_sha']);
  });

  await knex.schema.createTable('commits', table => {
    table.comment(
      'Changes: commits that reached the deployable branch of a project',
    );
    table.bigIncrements('id').primary();
    table.string('project', 255).notNullable();
    table.string('sha', 64).notNullable();
    table
      .timestamp('committed_at', { useTz: true })
      .nullable()
      .comment('Author time of the commit, when known');
    table
      .timestamp('landed_at', { useTz: true })
      .notNullable()
      .comment(
        'Earliest time it was seen on the deployable branch or in a deployment',
      );
    table.text('message').nullable();
    table.string('author', 255).nullable();
    table.unique(['project', 'sha'], { indexName: 'commits_project_sha_uniq' });
    // Covers the lead-time read, so it is answered from the index alone.
    table.index(
      ['project', 'landed_at', 'committed_at', 'sha'],
      'commits_project_landed_idx',
    );
  });

  await knex.schema.createTable('pull_requests', table => {
    table.comment('Merged pull requests, for the PR-based lead time breakdown');
    table.bigIncrements('id').primary();
    table.string('project', 255).notNullable();
    table.string('repository', 255).notNullable();
    table.integer('number').notNullable();
    table.string('title', 1024).nullable();
    table.string('merge_commit_sha', 64).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('merged_at', { useTz: true }).notNullable();
    table.unique(['repository', 'number'], {
      indexName: 'pull_requests_repository_number_uniq',
    });
    table.index(['project', 'merged_at'], 'pull_requests_project_merged_idx');
  });

  await knex.schema.createTable('incidents', table => {
    table.comment('Incidents from PagerDuty or DevLake issue webhooks');
    table.bigIncrements('id').primary();
    table.string('source', 32).notNullable();
    table.string('external_id', 512).notNullable();
    table.string('project', 255).notNullable();
    table.string('title', 1024).nullable();
    table.string('status', 32).notNullable().comment('TODO, IN_PROGRESS, DONE');
    table.string('url', 1024).nullable();
    table
      .string('deployment_ref', 255)
      .nullable()
      .comment(
        'Explicit link: the external id of the deployment that caused it',
      );
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('resolved_at', { useTz: true }).nullable();
    table.unique(['source', 'external_id'], {
      indexName: 'incidents_source_external_id_uniq',
    });
    table.index(['project', 'created_at'], 'incidents_project_created_idx');
    table.index(['project', 'resolved_at'], 'incidents_project_resolved_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('incidents');
  await knex.schema.dropTable('pull_requests');
  await knex.schema.dropTable('commits');
  await knex.schema.dropTable('deployment_commits');
  await knex.schema.dropTable('deployments');
};
