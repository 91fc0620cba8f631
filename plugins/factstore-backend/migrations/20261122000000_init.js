// @ts-check

/**
 * Flows: the named pipelines whose trails collect evidence.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('flows', table => {
    table.comment('Flows: a named delivery process whose trails collect supply-chain evidence');
    table.uuid('id').primary().notNullable();
    table.string('org', 255).notNullable().defaultTo('default').comment('Namespace of the flow (Kosli org)');
    table.string('name', 255).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.text('required_attestations').notNullable().defaultTo('[]').comment('JSON array of attestation types an artifact needs');
    table.text('tags').notNullable().defaultTo('{}').comment('JSON object of tags');
    table.string('created_by', 255).notNullable().comment('Backstage entity ref of whoever created the flow');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['org', 'name'], { indexName: 'flows_org_name_uniq' });
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('flows');
};
