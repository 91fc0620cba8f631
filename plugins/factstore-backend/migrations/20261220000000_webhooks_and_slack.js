// @ts-check

/**
 * Incoming webhook deliveries (one row per source and delivery id: a replay is refused by the
 * unique key), outbound webhook destinations with every delivery and its attempts, and the Slack
 * channel of each organisation. Secrets are never stored: they live in app-config.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('webhook_receipts', table => {
    table.comment(
      'Incoming webhook deliveries: each source delivery id is processed once',
    );
    table.bigIncrements('seq').primary();
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'webhook_receipts_id_uniq' });
    table.string('source', 16).notNullable();
    table.string('delivery_id', 255).notNullable();
    table.string('event_type', 64).nullable();
    table.string('status', 16).notNullable();
    table.text('message').notNullable();
    table.uuid('trail_id').nullable();
    table.timestamp('received_at', { useTz: true }).notNullable();
    table.unique(['source', 'delivery_id'], {
      indexName: 'webhook_receipts_delivery_uniq',
    });
  });

  await knex.schema.createTable('webhook_configs', table => {
    table.comment(
      'Outbound webhook destinations (signed with factstore.webhooks.outgoing.signingSecret)',
    );
    table.uuid('id').primary().notNullable();
    table.string('name', 255).notNullable();
    table.text('url').notNullable();
    table.boolean('is_active').notNullable().defaultTo(true);
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('webhook_deliveries', table => {
    table.comment('Every outbound delivery, its outcome and each attempt');
    table.bigIncrements('seq').primary();
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'webhook_deliveries_id_uniq' });
    table.uuid('webhook_config_id').notNullable();
    table.string('event_type', 64).notNullable();
    table.text('payload').notNullable();
    table.string('status', 16).notNullable();
    table.integer('attempt_count').notNullable();
    table.text('attempts').notNullable();
    table.text('error').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['webhook_config_id'], 'webhook_deliveries_config_idx');
  });

  await knex.schema.createTable('slack_configs', table => {
    table.comment(
      'The Slack incoming webhook (by its app-config name) of each organisation',
    );
    table.uuid('id').primary().notNullable();
    table
      .string('org_slug', 255)
      .notNullable()
      .unique({ indexName: 'slack_configs_org_uniq' });
    table.string('channel', 255).notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'slack_configs',
    'webhook_deliveries',
    'webhook_configs',
    'webhook_receipts',
  ])
    await knex.schema.dropTable(table);
};
