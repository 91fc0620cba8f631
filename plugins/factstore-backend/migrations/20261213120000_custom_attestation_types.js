// @ts-check

/**
 * Kosli custom attestation types (`kosli create attestation-type`): a named type per org, and its
 * versions, each with the JSON Schema its data must match and the jq rules that decide it.
 * Re-creating a type adds a version; archiving hides it from lists and refuses new attestations.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('custom_attestation_types', table => {
    table.comment('Kosli custom attestation types, one per org and name');
    table.uuid('id').primary().notNullable();
    table.string('org', 255).notNullable();
    table.string('name', 255).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.boolean('archived').notNullable().defaultTo(false);
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('last_modified_at', { useTz: true }).notNullable();
    table.unique(['org', 'name'], {
      indexName: 'custom_attestation_types_org_name_uniq',
    });
  });

  await knex.schema.createTable('custom_attestation_type_versions', table => {
    table.comment(
      'Each version of a custom attestation type: schema, jq rules, summary',
    );
    table.uuid('type_id').notNullable();
    table.integer('version').notNullable();
    table.text('type_schema').nullable();
    table.text('evaluator').nullable();
    table.text('summary').nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.primary(['type_id', 'version']);
    table
      .foreign('type_id')
      .references('custom_attestation_types.id')
      .onDelete('RESTRICT');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('custom_attestation_type_versions');
  await knex.schema.dropTable('custom_attestation_types');
};
