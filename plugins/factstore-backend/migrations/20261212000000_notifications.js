// @ts-check

/**
 * Notification rules, the in-app notifications they produce (with their recipients and who has
 * read them) and every delivery attempt. Rules point at flows and environments by id without a
 * foreign key: a rule outlives what it filters on.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('notification_rules', table => {
    table.comment('Which events notify whom, through which channel');
    table.uuid('id').primary().notNullable();
    table.string('name', 255).notNullable();
    table.boolean('is_active').notNullable().defaultTo(true);
    table.string('trigger_event', 32).notNullable();
    table.string('channel_type', 16).notNullable();
    table.text('channel_config').notNullable().defaultTo('{}');
    table.uuid('filter_flow_id').nullable();
    table.uuid('filter_environment_id').nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['trigger_event'], 'notification_rules_event_idx');
  });

  await knex.schema.createTable('notifications', table => {
    table.comment('In-app notifications (GET /api/v1/notifications)');
    table.bigIncrements('seq').primary();
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'notifications_id_uniq' });
    table.uuid('rule_id').nullable();
    table.string('trigger_event', 32).notNullable();
    table.string('title', 255).notNullable();
    table.text('message').notNullable();
    table.string('severity', 16).notNullable();
    table.string('entity_type', 32).nullable();
    table.string('entity_id', 255).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('notification_recipients', table => {
    table.comment('Who sees a notification: entity refs, or * for everyone');
    table.uuid('notification_id').notNullable();
    table.string('entity_ref', 255).notNullable();
    table.primary(['notification_id', 'entity_ref']);
    table.index(['entity_ref'], 'notification_recipients_ref_idx');
  });

  await knex.schema.createTable('notification_reads', table => {
    table.comment('Who has read which notification');
    table.uuid('notification_id').notNullable();
    table.string('reader', 255).notNullable();
    table.timestamp('read_at', { useTz: true }).notNullable();
    table.primary(['notification_id', 'reader']);
  });

  await knex.schema.createTable('notification_deliveries', table => {
    table.comment('Every delivery of a rule, with its outcome and attempts');
    table.bigIncrements('seq').primary();
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'notification_deliveries_id_uniq' });
    table.uuid('rule_id').notNullable();
    table.string('event_type', 32).notNullable();
    table.text('payload').nullable();
    table.string('status', 16).notNullable();
    table.text('error').nullable();
    table.integer('attempt_count').notNullable();
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.index(['rule_id'], 'notification_deliveries_rule_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'notification_deliveries',
    'notification_reads',
    'notification_recipients',
    'notifications',
    'notification_rules',
  ])
    await knex.schema.dropTable(table);
};
