// @ts-check

/**
 * The latest attestation of each (type, name) about a trail as a whole or about one artifact, as
 * a policy's input document reads it on every assert, gate and decision: an index by subject
 * (trail, artifact or none), then type and name, then arrival, so PostgreSQL reads only the newest
 * entry of each (type, name) instead of every attestation of the trail.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('attestations', table => {
    table.index(
      ['trail_id', 'artifact_sha256', 'type', 'name', 'seq'],
      'attestations_trail_subject_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('attestations', table => {
    table.dropIndex([], 'attestations_trail_subject_idx');
  });
};
