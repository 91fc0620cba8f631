// @ts-check

/**
 * Build provenance (SLSA statements, DSSE envelopes, Sigstore bundles, with what was verified),
 * regulatory frameworks with their controls, the mappings of controls to evidence, and
 * compliance assessments. Provenance keeps its artifact's digest: the lookups by digest need no
 * join, and an assessment outlives the trail, flow or environment it assessed.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('build_provenance', table => {
    table.comment(
      'Build provenance of reported artifacts; a later one supersedes',
    );
    table.bigIncrements('seq').primary();
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'build_provenance_id_uniq' });
    table
      .uuid('artifact_id')
      .notNullable()
      .references('id')
      .inTable('artifacts')
      .onDelete('CASCADE');
    table.uuid('trail_id').notNullable();
    table.string('artifact_sha256', 64).notNullable();
    table.string('format', 32).notNullable();
    table.string('predicate_type', 255).nullable();
    table.string('builder_id', 1024).notNullable();
    table.string('builder_type', 32).notNullable();
    table.text('build_type').nullable();
    table.text('build_config_uri').nullable();
    table.text('source_repository_uri').nullable();
    table.string('source_commit_sha', 255).nullable();
    table.timestamp('build_started_on', { useTz: true }).nullable();
    table.timestamp('build_finished_on', { useTz: true }).nullable();
    table.integer('slsa_level').notNullable();
    table.string('provenance_status', 32).notNullable();
    table
      .text('document')
      .nullable()
      .comment('The statement, envelope or bundle as sent');
    table
      .text('verification')
      .notNullable()
      .comment('JSON: the checks made when recorded');
    table.string('recorded_by', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.index(['artifact_id'], 'build_provenance_artifact_idx');
    table.index(['artifact_sha256'], 'build_provenance_sha_idx');
  });

  await knex.schema.createTable('compliance_frameworks', table => {
    table.comment(
      'Regulatory frameworks: shipped ones (key set) and ones created over the API',
    );
    table.uuid('id').primary().notNullable();
    table
      .string('key', 64)
      .nullable()
      .unique({ indexName: 'compliance_frameworks_key_uniq' });
    table.string('name', 255).notNullable();
    table.string('version', 64).notNullable();
    table.text('description').nullable();
    table.boolean('is_active').notNullable().defaultTo(true);
    table.string('org_slug', 255).nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.unique(['name', 'version'], {
      indexName: 'compliance_frameworks_name_version_uniq',
    });
  });

  await knex.schema.createTable('compliance_controls', table => {
    table.comment('The controls of a framework');
    table.uuid('id').primary().notNullable();
    table
      .uuid('framework_id')
      .notNullable()
      .references('id')
      .inTable('compliance_frameworks')
      .onDelete('CASCADE');
    table.string('control_id', 64).notNullable();
    table.string('title', 512).notNullable();
    table.text('description').nullable();
    table.text('required_evidence_types').notNullable().defaultTo('[]');
    table.integer('position').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.unique(['framework_id', 'control_id'], {
      indexName: 'compliance_controls_uniq',
    });
  });

  await knex.schema.createTable('compliance_mappings', table => {
    table.comment(
      'What evidence satisfies a control, for one flow or (flow_id null) every flow',
    );
    table.uuid('id').primary().notNullable();
    table
      .uuid('control_id')
      .notNullable()
      .references('id')
      .inTable('compliance_controls')
      .onDelete('CASCADE');
    table.uuid('flow_id').nullable();
    table.string('evidence_kind', 32).notNullable();
    table.string('attestation_type', 255).nullable();
    table.uuid('policy_id').nullable();
    table.integer('min_slsa_level').nullable();
    table.boolean('is_mandatory').notNullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['control_id'], 'compliance_mappings_control_idx');
  });

  await knex.schema.createTable('compliance_assessments', table => {
    table.comment(
      'Assessments of a trail, flow or environment against a framework',
    );
    table.bigIncrements('seq').primary();
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'compliance_assessments_id_uniq' });
    table.uuid('framework_id').notNullable();
    table.string('scope_type', 16).notNullable();
    table.uuid('scope_id').notNullable();
    table.string('overall_status', 16).notNullable();
    table.text('summary').notNullable();
    table.text('control_results').notNullable();
    table.string('assessed_by', 255).notNullable();
    table.timestamp('assessed_at', { useTz: true }).notNullable();
    table.index(['framework_id'], 'compliance_assessments_framework_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'compliance_assessments',
    'compliance_mappings',
    'compliance_controls',
    'compliance_frameworks',
    'build_provenance',
  ])
    await knex.schema.dropTable(table);
};
