// @ts-check

/**
 * Extraction jobs (claimed through the database with a lease, so each runs once across replicas),
 * their event log (for server-sent events and Last-Event-ID replay) and user schedules.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('extraction_jobs', table => {
    table.comment(
      'Extraction jobs, claimed through the database so each runs once across replicas',
    );
    table.string('id', 64).primary().notNullable();
    table
      .string('status', 32)
      .notNullable()
      .comment('pending, running, completed, failed, cancelled');
    table
      .text('request')
      .notNullable()
      .comment('JSON of the validated trigger request');
    table.string('created_by', 255).notNullable();
    table.string('schedule_id', 64).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table
      .string('claimed_by', 128)
      .nullable()
      .comment('the runner holding the lease');
    table.timestamp('lease_expires_at', { useTz: true }).nullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.boolean('cancel_requested').notNullable().defaultTo(false);
    table.text('progress').nullable().comment('JSON of the progress object');
    table
      .text('results')
      .nullable()
      .comment('JSON of the results and transport objects');
    table.index(['status', 'created_at'], 'extraction_jobs_status_created_idx');
    table.index(['created_at'], 'extraction_jobs_created_idx');
  });

  await knex.schema.createTable('extraction_job_events', table => {
    table.comment(
      'Progress events of each job, replayed to server-sent event clients',
    );
    table.bigIncrements('id').primary();
    table
      .string('job_id', 64)
      .notNullable()
      .references('id')
      .inTable('extraction_jobs')
      .onDelete('CASCADE');
    table.string('type', 32).notNullable();
    table.text('data').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['job_id', 'id'], 'extraction_job_events_job_idx');
  });

  await knex.schema.createTable('extraction_schedules', table => {
    table.comment('User schedules; one scheduler task starts the due ones');
    table.string('id', 64).primary().notNullable();
    table
      .string('name', 255)
      .notNullable()
      .unique('extraction_schedules_name_uq');
    table.string('cron_expression', 255).notNullable();
    table
      .text('request')
      .notNullable()
      .comment('JSON of the trigger request each run starts');
    table.boolean('enabled').notNullable();
    table.timestamp('next_run', { useTz: true }).nullable();
    table.timestamp('last_run', { useTz: true }).nullable();
    table.string('last_job_id', 64).nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['enabled', 'next_run'], 'extraction_schedules_due_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('extraction_schedules');
  await knex.schema.dropTable('extraction_job_events');
  await knex.schema.dropTable('extraction_jobs');
};
