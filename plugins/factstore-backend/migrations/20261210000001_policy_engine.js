// @ts-check

/**
 * The policy engine: inline CEL policies and Rego policies from OPA bundles, their attachments
 * to environments, and every decision they made. Nothing here cascades: a policy and its
 * decisions outlive the environment they were attached to.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('policies', table => {
    table.comment(
      'Policies: CEL rules or a Rego entrypoint, plus built-in checks',
    );
    table.uuid('id').primary().notNullable();
    table
      .string('name', 255)
      .notNullable()
      .unique({ indexName: 'policies_name_uniq' });
    table.text('description').notNullable().defaultTo('');
    table.string('org_slug', 255).nullable();
    table.string('language', 16).notNullable().comment('cel | rego');
    table
      .text('rules')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON: CEL rules [{name, expression, message}]');
    table
      .string('entrypoint', 255)
      .nullable()
      .comment('Rego: the rule or package path queried');
    table
      .uuid('bundle_id')
      .nullable()
      .comment('Rego: the bundle; null means the active one');
    table.boolean('enforce_provenance').notNullable().defaultTo(false);
    table.boolean('enforce_trail_compliance').notNullable().defaultTo(false);
    table.text('required_attestation_types').notNullable().defaultTo('[]');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('policy_attachments', table => {
    table.comment('Which policies decide deployments to which environment');
    table.uuid('id').primary().notNullable();
    table.uuid('policy_id').notNullable().references('id').inTable('policies');
    table
      .uuid('environment_id')
      .notNullable()
      .comment('No foreign key: attachments outlive environments');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.unique(['policy_id', 'environment_id'], {
      indexName: 'policy_attachments_policy_env_uniq',
    });
    table.index(['environment_id'], 'policy_attachments_env_idx');
  });

  await knex.schema.createTable('opa_bundles', table => {
    table.comment('OPA bundles (tar.gz) as uploaded; one at a time is active');
    table.uuid('id').primary().notNullable();
    table.string('name', 255).notNullable();
    table.string('version', 255).notNullable();
    table.string('revision', 255).nullable().comment('The manifest revision');
    table.string('sha256', 64).notNullable();
    table.bigInteger('size_bytes').notNullable();
    table.binary('content').notNullable();
    table.string('status', 16).notNullable().comment('ACTIVE | INACTIVE');
    table.string('engine', 16).notNullable().comment('wasm | opa-server');
    table.text('entrypoints').notNullable().defaultTo('[]');
    table
      .text('rego_files')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON [{path, package}]');
    table.string('org_slug', 255).nullable();
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.raw(
    "create unique index opa_bundles_one_active on opa_bundles (status) where status = 'ACTIVE'",
  );

  await knex.schema.createTable('policy_decisions', table => {
    table.comment(
      'Every decision a policy made: stored, audited and in the ledger',
    );
    table.uuid('id').primary().notNullable();
    table.uuid('policy_id').nullable();
    table.string('policy_name', 255).nullable();
    table.uuid('bundle_id').nullable();
    table.string('language', 16).notNullable();
    table
      .string('engine', 16)
      .notNullable()
      .comment('cel | wasm | opa-server | builtin');
    table.string('entrypoint', 255).nullable();
    table.boolean('allow').notNullable();
    table.text('violations').notNullable().comment('JSON array of strings');
    table.text('result').nullable().comment('JSON: what the engine answered');
    table
      .text('error')
      .nullable()
      .comment(
        'Why the engine failed, when it did (the decision is then a deny)',
      );
    table.text('input').notNullable().comment('JSON: the input document');
    table.string('sha256', 64).nullable().comment('The artifact decided about');
    table.uuid('environment_id').nullable();
    table.uuid('gate_result_id').nullable();
    table
      .string('source', 32)
      .notNullable()
      .comment('gate | assert | opa-evaluate');
    table.string('org_slug', 255).nullable();
    table.string('evaluated_by', 255).notNullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.index(['evaluated_at'], 'policy_decisions_time_idx');
    table.index(['policy_id', 'evaluated_at'], 'policy_decisions_policy_idx');
    table.index(['gate_result_id'], 'policy_decisions_gate_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'policy_decisions',
    'opa_bundles',
    'policy_attachments',
    'policies',
  ])
    await knex.schema.dropTable(table);
};
