// @ts-check

/**
 * The entity feed: every entity the scans found, per catalog entity provider (one per scope), each
 * change numbered so the catalog module (in this backend or another) reads what changed after its
 * cursor. A removal stays as a row without entity, so a reader behind it still removes it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('cloud_entities', table => {
    table.comment(
      'Entities found by the scans, numbered by change for the catalog module',
    );
    table
      .string('provider_name', 255)
      .notNullable()
      .comment(
        'the catalog entity provider, e.g. cloud-extractor:aws:123456789012',
      );
    table.string('entity_ref', 512).notNullable();
    table
      .text('entity')
      .nullable()
      .comment(
        'JSON of the entity; null once a complete scan no longer found it',
      );
    table.string('hash', 64).notNullable();
    table
      .bigInteger('revision')
      .notNullable()
      .comment('the feed position of the last change of this row');
    table
      .bigInteger('seen_at')
      .notNullable()
      .comment('ms since epoch: the start of the last scan that found it');
    table.primary(['provider_name', 'entity_ref']);
    table.unique(['revision'], { indexName: 'cloud_entities_revision_uq' });
    table.index(['provider_name', 'seen_at'], 'cloud_entities_seen_idx');
  });
  await knex.schema.createTable('cloud_entity_feed', table => {
    table.comment(
      'One row: the last revision handed out, and when a catalog last read the feed',
    );
    table.integer('id').primary();
    table.bigInteger('revision').notNullable();
    table.bigInteger('read_at').nullable();
  });
  await knex('cloud_entity_feed').insert({ id: 1, revision: 0 });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('cloud_entity_feed');
  await knex.schema.dropTable('cloud_entities');
};
