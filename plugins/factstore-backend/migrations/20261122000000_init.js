// @ts-check

/**
 * The factstore's evidence model: flows → trails → artifacts and attestations, content-addressed
 * evidence, environments with numbered snapshots, approvals, deployment policies with their gate
 * results, and an append-only audit log that a later ledger can hash-chain.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('flows', table => {
    table.comment(
      'Flows: a named delivery process whose trails collect supply-chain evidence',
    );
    table.uuid('id').primary().notNullable();
    table
      .string('org', 255)
      .notNullable()
      .defaultTo('default')
      .comment('Namespace of the flow (Kosli org)');
    table.string('name', 255).notNullable();
    table.text('description').notNullable().defaultTo('');
    table
      .text('required_attestations')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON array of attestation types an artifact needs');
    table
      .text('tags')
      .notNullable()
      .defaultTo('{}')
      .comment('JSON object of tags');
    table.boolean('requires_approval').notNullable().defaultTo(false);
    table
      .text('template_yaml')
      .nullable()
      .comment('Kosli flow template as uploaded, when there is one');
    table
      .string('created_by', 255)
      .notNullable()
      .comment('Backstage entity ref of whoever created the flow');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['org', 'name'], { indexName: 'flows_org_name_uniq' });
  });

  await knex.schema.createTable('security_thresholds', table => {
    table.comment(
      'Per-flow limits on scanner findings; read by the later policy engine',
    );
    table
      .uuid('flow_id')
      .primary()
      .notNullable()
      .references('id')
      .inTable('flows')
      .onDelete('CASCADE');
    table.integer('max_critical').notNullable();
    table.integer('max_high').notNullable();
    table.integer('max_medium').notNullable();
    table.integer('max_low').nullable().comment('null: unlimited');
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('trails', table => {
    table.comment(
      'Trails: one execution of a flow (a commit, a pull request, a build)',
    );
    table.uuid('id').primary().notNullable();
    table
      .uuid('flow_id')
      .notNullable()
      .references('id')
      .inTable('flows')
      .onDelete('CASCADE');
    table.string('name', 255).notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('git_commit_sha', 255).nullable();
    table.string('git_branch', 255).nullable();
    table.string('git_author', 255).nullable();
    table.string('git_author_email', 255).nullable();
    table.integer('pull_request_number').nullable();
    table.text('build_url').nullable();
    table.text('origin_url').nullable();
    table
      .string('ci_context', 32)
      .nullable()
      .comment('CI system whose environment filled the git fields');
    table
      .text('extra')
      .notNullable()
      .defaultTo('{}')
      .comment(
        'JSON: Kosli git_commit_info, repo_info, user_data, external_urls',
      );
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['flow_id', 'name'], { indexName: 'trails_flow_name_uniq' });
  });

  await knex.schema.createTable('artifacts', table => {
    table.comment(
      'Artifacts reported into a trail, identified by their sha256 digest',
    );
    table.uuid('id').primary().notNullable();
    table
      .uuid('trail_id')
      .notNullable()
      .references('id')
      .inTable('trails')
      .onDelete('CASCADE');
    table
      .string('sha256', 64)
      .notNullable()
      .comment('64 lowercase hex, without the sha256: prefix');
    table.string('name', 512).notNullable();
    table.string('tag', 255).nullable();
    table.string('registry', 512).nullable();
    table.string('template_reference_name', 255).nullable();
    table
      .text('extra')
      .notNullable()
      .defaultTo('{}')
      .comment('JSON: build_url, commit_url, git_commit, annotations');
    table.string('reported_by', 255).notNullable();
    table.timestamp('reported_at', { useTz: true }).notNullable();
    table.unique(['trail_id', 'sha256'], {
      indexName: 'artifacts_trail_sha_uniq',
    });
    table.index(['sha256'], 'artifacts_sha_idx');
  });

  await knex.schema.createTable('evidence', table => {
    table.comment(
      'Evidence files, content-addressed: the same bytes are stored once',
    );
    table.string('sha256', 64).primary().notNullable();
    table.binary('content').notNullable();
    table.bigInteger('size_bytes').notNullable();
    table.string('content_type', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('attestations', table => {
    table.comment(
      'Typed evidence about a trail or one of its artifacts; never updated, a later one supersedes',
    );
    table
      .bigIncrements('seq')
      .primary()
      .comment('Insertion order: the latest attestation of a type decides');
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'attestations_id_uniq' });
    table
      .uuid('trail_id')
      .notNullable()
      .references('id')
      .inTable('trails')
      .onDelete('CASCADE');
    table.string('type', 64).notNullable();
    table.string('name', 255).notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('PASSED | FAILED | PENDING');
    table
      .string('artifact_sha256', 64)
      .nullable()
      .comment('null: about the whole trail');
    table.text('description').notNullable().defaultTo('');
    table
      .text('details')
      .notNullable()
      .defaultTo('{}')
      .comment('JSON: metadata, parsed JUnit counts, Kosli payload');
    table
      .string('evidence_sha256', 64)
      .nullable()
      .references('sha256')
      .inTable('evidence');
    table.string('evidence_file_name', 512).nullable();
    table.bigInteger('evidence_size_bytes').nullable();
    table.string('attested_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['trail_id', 'type', 'seq'], 'attestations_trail_type_idx');
    table.index(['trail_id', 'name', 'seq'], 'attestations_trail_name_idx');
  });

  await knex.schema.createTable('environments', table => {
    table.comment(
      'Where artifacts run; a logical environment groups physical ones',
    );
    table.uuid('id').primary().notNullable();
    table.string('org', 255).notNullable().defaultTo('default');
    table.string('name', 255).notNullable();
    table
      .string('type', 32)
      .notNullable()
      .comment('K8S, ECS, lambda, S3, docker, server, logical, …');
    table.text('description').notNullable().defaultTo('');
    table
      .text('members')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON: physical environment ids of a logical one');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['org', 'name'], { indexName: 'environments_org_name_uniq' });
  });

  await knex.schema.createTable('snapshots', table => {
    table.comment(
      'What ran in an environment at a time; numbered 1, 2, … per environment',
    );
    table.uuid('id').primary().notNullable();
    table
      .uuid('environment_id')
      .notNullable()
      .references('id')
      .inTable('environments')
      .onDelete('CASCADE');
    table.integer('snapshot_index').notNullable();
    table
      .text('artifacts')
      .notNullable()
      .comment('JSON array of {name, sha256, …}, sorted');
    table.string('recorded_by', 255).notNullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.unique(['environment_id', 'snapshot_index'], {
      indexName: 'snapshots_env_index_uniq',
    });
  });

  await knex.schema.createTable('baselines', table => {
    table.uuid('id').primary().notNullable();
    table
      .uuid('environment_id')
      .notNullable()
      .references('id')
      .inTable('environments')
      .onDelete('CASCADE');
    table.integer('snapshot_index').notNullable();
    table.text('description').notNullable().defaultTo('');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['environment_id', 'created_at'], 'baselines_env_idx');
  });

  await knex.schema.createTable('drift_reports', table => {
    table.comment(
      'Drift from the current baseline, recorded when a snapshot arrives',
    );
    table.uuid('id').primary().notNullable();
    table
      .uuid('environment_id')
      .notNullable()
      .references('id')
      .inTable('environments')
      .onDelete('CASCADE');
    table
      .uuid('baseline_id')
      .notNullable()
      .references('id')
      .inTable('baselines')
      .onDelete('CASCADE');
    table.integer('snapshot_index').notNullable();
    table.boolean('has_drift').notNullable();
    table.text('diff').notNullable().comment('JSON {added, removed, changed}');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['environment_id', 'created_at'], 'drift_reports_env_idx');
  });

  await knex.schema.createTable('allowlist', table => {
    table.comment(
      'Artifacts allowed in an environment without provenance (third-party images)',
    );
    table.uuid('id').primary().notNullable();
    table
      .uuid('environment_id')
      .notNullable()
      .references('id')
      .inTable('environments')
      .onDelete('CASCADE');
    table.string('sha256', 64).nullable();
    table.string('name_pattern', 512).nullable();
    table.text('reason').notNullable().defaultTo('');
    table.timestamp('expires_at', { useTz: true }).nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('approvals', table => {
    table.uuid('id').primary().notNullable();
    table
      .uuid('trail_id')
      .notNullable()
      .references('id')
      .inTable('trails')
      .onDelete('CASCADE');
    table
      .string('status', 16)
      .notNullable()
      .comment('PENDING | APPROVED | REJECTED');
    table.text('request_comment').notNullable().defaultTo('');
    table.string('requested_by', 255).notNullable();
    table.timestamp('requested_at', { useTz: true }).notNullable();
    table.string('decided_by', 255).nullable();
    table.text('decision_comment').nullable();
    table.timestamp('decided_at', { useTz: true }).nullable();
    table.index(['trail_id'], 'approvals_trail_idx');
    table.index(['status'], 'approvals_status_idx');
  });

  await knex.schema.createTable('deployment_policies', table => {
    table.uuid('id').primary().notNullable();
    table
      .string('name', 255)
      .notNullable()
      .unique({ indexName: 'deployment_policies_name_uniq' });
    table
      .uuid('flow_id')
      .nullable()
      .references('id')
      .inTable('flows')
      .onDelete('CASCADE');
    table
      .uuid('environment_id')
      .nullable()
      .references('id')
      .inTable('environments')
      .onDelete('CASCADE');
    table.boolean('enforce_provenance').notNullable();
    table.boolean('enforce_approvals').notNullable();
    table.text('required_attestation_types').notNullable().defaultTo('[]');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('gate_results', table => {
    table.uuid('id').primary().notNullable();
    table.string('sha256', 64).notNullable();
    table.uuid('environment_id').nullable();
    table.boolean('allowed').notNullable();
    table.text('reasons').notNullable();
    table.string('evaluated_by', 255).notNullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.index(['evaluated_at'], 'gate_results_time_idx');
  });

  await knex.schema.createTable('audit_events', table => {
    table.comment(
      'Append-only record of every mutation; a later ledger hash-chains these rows by seq',
    );
    table.bigIncrements('seq').primary();
    table
      .uuid('id')
      .notNullable()
      .unique({ indexName: 'audit_events_id_uniq' });
    table.string('event_type', 64).notNullable();
    table.string('entity_type', 32).notNullable();
    table.string('entity_id', 255).notNullable();
    table.uuid('trail_id').nullable();
    table.string('actor', 255).notNullable();
    table.text('details').notNullable().defaultTo('{}');
    table.timestamp('occurred_at', { useTz: true }).notNullable();
    table.index(['trail_id', 'seq'], 'audit_events_trail_idx');
    table.index(['occurred_at'], 'audit_events_time_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'audit_events',
    'gate_results',
    'deployment_policies',
    'approvals',
    'allowlist',
    'drift_reports',
    'baselines',
    'snapshots',
    'environments',
    'attestations',
    'evidence',
    'artifacts',
    'trails',
    'security_thresholds',
    'flows',
  ]) {
    await knex.schema.dropTable(table);
  }
};
