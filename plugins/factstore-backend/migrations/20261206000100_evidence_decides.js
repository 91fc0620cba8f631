// @ts-check

/**
 * Evidence decides: an attestation keeps the status its client claimed beside the one its evidence
 * gave it, and every scanner report read (uploaded as a security scan, attached to an attestation
 * or to a Kosli snyk attestation) is kept as parsed findings with counts by severity.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('attestations', t => {
    t.string('claimed_status', 16)
      .nullable()
      .comment('What the client sent, when evidence decided the status');
    t.text('status_reason')
      .nullable()
      .comment(
        'Why the status is what it is, e.g. "junit: 4 failures in 6 tests"',
      );
  });

  await knex.schema.createTable('security_scans', table => {
    table.comment(
      'Scanner reports, parsed: findings as an in-toto vulns predicate and counts by severity',
    );
    table
      .bigIncrements('seq')
      .primary()
      .comment('Recording order: the latest scan of a name decides');
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'security_scans_id_uniq' });
    table
      .uuid('trail_id')
      .notNullable()
      .references('id')
      .inTable('trails')
      .onDelete('RESTRICT');
    table
      .string('artifact_sha256', 64)
      .nullable()
      .comment('null: about the whole trail');
    table
      .uuid('attestation_id')
      .nullable()
      .comment(
        'The attestation whose evidence or payload this scan was read from',
      );
    table
      .string('name', 255)
      .notNullable()
      .comment('A later scan of the same name supersedes');
    table
      .string('format', 32)
      .notNullable()
      .comment(
        'trivy-json, sarif, grype-json, snyk-json, cyclonedx, spdx, snyk-summary, claimed',
      );
    table.string('tool', 255).notNullable();
    table.string('tool_version', 255).nullable();
    table.string('scan_type', 64).nullable();
    table.text('target').nullable();
    table.text('report_url').nullable();
    for (const severity of ['critical', 'high', 'medium', 'low', 'unknown'])
      table.integer(`${severity}_count`).notNullable();
    table
      .text('statement')
      .notNullable()
      .comment('JSON: in-toto Statement with the vulns v0.1 predicate');
    table
      .string('evidence_sha256', 64)
      .nullable()
      .references('sha256')
      .inTable('evidence');
    table.string('scanned_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['trail_id', 'seq'], 'security_scans_trail_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('security_scans');
  await knex.schema.alterTable('attestations', t => {
    t.dropColumn('claimed_status');
    t.dropColumn('status_reason');
  });
};
