// @ts-check

/**
 * The evidence ledger: an RFC 6962 Merkle log of every evidence write. Entries are written with
 * the write (leaf_index still null) and given their position by the sequencer, which holds the
 * single ledger_head row's lock; the unique leaf_index backs it up, so replicas never fork the log.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ledger_entries', table => {
    table.comment(
      'Ledger leaves: one per evidence write, positioned by the sequencer',
    );
    table.bigIncrements('seq').primary().comment('Arrival order');
    table
      .bigInteger('leaf_index')
      .nullable()
      .unique({ indexName: 'ledger_entries_leaf_index_uniq' })
      .comment('Position in the log; null until sequenced');
    table.string('event_type', 64).notNullable();
    table.string('record_type', 32).notNullable();
    table.string('record_id', 255).notNullable();
    table.string('trail_id', 255).nullable();
    table.string('actor', 255).notNullable();
    table
      .binary('leaf_data')
      .notNullable()
      .comment('The canonical JSON the leaf hash is computed over');
    table
      .binary('leaf_hash')
      .notNullable()
      .comment('SHA-256(0x00 || leaf_data)');
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.index(['record_id'], 'ledger_entries_record_idx');
    table.index(['recorded_at'], 'ledger_entries_time_idx');
  });
  await knex.raw(
    'create index ledger_entries_pending_idx on ledger_entries (seq) where leaf_index is null',
  );

  await knex.schema.createTable('ledger_head', table => {
    table.comment(
      'One row: the number of sequenced leaves. Its lock orders the log',
    );
    table.integer('id').primary();
    table.bigInteger('size').notNullable();
  });
  await knex('ledger_head').insert({ id: 1, size: 0 });

  await knex.schema.createTable('ledger_nodes', table => {
    table.comment(
      'Hashes of complete subtrees at levels 8, 16, 24, …: proofs read these instead of the log',
    );
    table.integer('level').notNullable();
    table.bigInteger('node_index').notNullable();
    table.binary('hash').notNullable();
    table.primary(['level', 'node_index']);
  });

  await knex.schema.createTable('ledger_checkpoints', table => {
    table.comment('Signed tree heads (c2sp.org/tlog-checkpoint signed notes)');
    table.bigInteger('tree_size').primary();
    table.binary('root_hash').notNullable();
    table.text('note').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['created_at'], 'ledger_checkpoints_time_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'ledger_checkpoints',
    'ledger_nodes',
    'ledger_head',
    'ledger_entries',
  ])
    await knex.schema.dropTable(table);
};
