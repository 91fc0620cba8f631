// @ts-check

/**
 * Policies, evidence and decisions outlive what they point at:
 * - flows and environments can be archived (hidden from lists, readable by id, restorable), so
 *   their names are unique among the live ones only;
 * - a deployment policy no longer disappears with its flow or environment (the init migration
 *   cascaded the delete): the database refuses such a delete instead.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const table of ['flows', 'environments']) {
    await knex.schema.alterTable(table, t => {
      t.timestamp('archived_at', { useTz: true })
        .nullable()
        .comment('When it was archived; null while it is live');
      t.string('archived_by', 255).nullable();
    });
    await knex.schema.alterTable(table, t => {
      t.dropUnique(['org', 'name'], `${table}_org_name_uniq`);
    });
    await knex.raw(
      `create unique index ${table}_live_org_name_uniq on ${table} (org, name) where archived_at is null`,
    );
  }

  await knex.schema.alterTable('deployment_policies', t => {
    t.dropForeign(['flow_id']);
    t.dropForeign(['environment_id']);
  });
  await knex.schema.alterTable('deployment_policies', t => {
    t.foreign('flow_id').references('id').inTable('flows').onDelete('RESTRICT');
    t.foreign('environment_id')
      .references('id')
      .inTable('environments')
      .onDelete('RESTRICT');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('deployment_policies', t => {
    t.dropForeign(['flow_id']);
    t.dropForeign(['environment_id']);
  });
  await knex.schema.alterTable('deployment_policies', t => {
    t.foreign('flow_id').references('id').inTable('flows').onDelete('CASCADE');
    t.foreign('environment_id')
      .references('id')
      .inTable('environments')
      .onDelete('CASCADE');
  });
  for (const table of ['flows', 'environments']) {
    // An archived row may share its name with a live one: it keeps its data under a longer name.
    await knex(table)
      .whereNotNull('archived_at')
      .update({
        name: knex.raw(
          `substr(name, 1, 200) || '.archived.' || substr(cast(id as varchar(36)), 1, 8)`,
        ),
      });
    await knex.raw(`drop index ${table}_live_org_name_uniq`);
    await knex.schema.alterTable(table, t => {
      t.unique(['org', 'name'], { indexName: `${table}_org_name_uniq` });
    });
    await knex.schema.alterTable(table, t => {
      t.dropColumn('archived_at');
      t.dropColumn('archived_by');
    });
  }
};
