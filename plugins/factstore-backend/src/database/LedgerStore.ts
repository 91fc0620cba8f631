import type { Knex } from 'knex';
import type { LedgerLeaf } from '../ledger/leaf';
import { leafHash } from '../ledger/merkle';
import { toIso } from './rows';

/** A leaf as stored. */
export interface StoredLeaf {
  /** Undefined while the entry waits for the sequencer. */
  leafIndex?: number;
  eventType: string;
  recordType: string;
  recordId: string;
  trailId?: string;
  actor: string;
  leafData: Buffer;
  leafHash: Buffer;
  recordedAt: string;
}

/** Consecutive leaves re-hashed from their data (see LedgerStore.rehashBlock). */
export interface RehashedBlock {
  count: number;
  /** The stored leaf hashes, 32 bytes each, in order. */
  hashes: Buffer;
  /** Positions whose data does not hash to the stored leaf hash. */
  broken: number[];
}

export interface StoredCheckpoint {
  treeSize: number;
  rootHash: Buffer;
  note: string;
  createdAt: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const toLeaf = (row: any): StoredLeaf => ({
  leafIndex:
    row.leaf_index === null || row.leaf_index === undefined
      ? undefined
      : Number(row.leaf_index),
  eventType: row.event_type,
  recordType: row.record_type,
  recordId: row.record_id,
  trailId: row.trail_id ?? undefined,
  actor: row.actor,
  leafData: Buffer.from(row.leaf_data),
  leafHash: Buffer.from(row.leaf_hash),
  recordedAt: toIso(row.recorded_at),
});
const toCheckpoint = (row: any): StoredCheckpoint => ({
  treeSize: Number(row.tree_size),
  rootHash: Buffer.from(row.root_hash),
  note: row.note,
  createdAt: toIso(row.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const LEAF_COLUMNS = [
  'leaf_index',
  'event_type',
  'record_type',
  'record_id',
  'trail_id',
  'actor',
  'leaf_data',
  'leaf_hash',
  'recorded_at',
];

/** The pending (unsequenced) row of a leaf. */
export const ledgerEntryRow = ({ record, data, hash }: LedgerLeaf) => ({
  event_type: record.eventType,
  record_type: record.recordType,
  record_id: record.recordId,
  trail_id: record.trailId ?? null,
  actor: record.actor,
  leaf_data: data,
  leaf_hash: hash,
  recorded_at: new Date(record.recordedAt),
});

// whereIn lists stay well below every driver's bound-parameter limit.
const CHUNK = 500;

/** Every SQL statement of the ledger. */
export class LedgerStore {
  constructor(private readonly db: Knex) {}

  /** Runs `work` in one transaction of its own. */
  transaction<T>(work: (tx: LedgerStore) => Promise<T>): Promise<T> {
    return this.db.transaction(trx => work(new LedgerStore(trx)));
  }

  /** Writes a leaf in the caller's transaction; the sequencer gives it its position. */
  async append(leaf: LedgerLeaf): Promise<void> {
    await this.db('ledger_entries').insert(ledgerEntryRow(leaf));
  }

  /** The committed number of sequenced leaves. */
  async size(): Promise<number> {
    const row = await this.db('ledger_head').where({ id: 1 }).first('size');
    return Number(row.size);
  }

  /**
   * The log's size, with the head row locked until the transaction ends: only one sequencer at a
   * time, across every replica. (SQLite runs one write transaction at a time anyway.)
   */
  async lockHead(): Promise<number> {
    const row = await this.db('ledger_head')
      .where({ id: 1 })
      .forUpdate()
      .first('size');
    return Number(row.size);
  }

  async setSize(size: number): Promise<void> {
    await this.db('ledger_head').where({ id: 1 }).update({ size });
  }

  /**
   * Gives up to `limit` waiting entries, in arrival order, the positions `start`, `start + 1`, …
   * in one statement. Answers how many.
   */
  async assignPending(start: number, limit: number): Promise<number> {
    const result = await this.db.raw(
      `update ledger_entries set leaf_index = p.idx
       from (select seq, cast(? as bigint) + row_number() over (order by seq) - 1 as idx
             from ledger_entries where leaf_index is null order by seq limit ?) as p
       where ledger_entries.seq = p.seq`,
      [start, limit],
    );
    // pg answers a result with rowCount; better-sqlite3 an object with changes.
    return Number(result.rowCount ?? result.changes ?? 0);
  }

  async pendingCount(): Promise<number> {
    const [{ count }] = await this.db('ledger_entries')
      .whereNull('leaf_index')
      .count({ count: '*' });
    return Number(count);
  }

  /** Stored hashes at one level (0: leaves), by index. */
  async hashesAt(
    level: number,
    indexes: number[],
  ): Promise<Map<number, Buffer>> {
    const found = new Map<number, Buffer>();
    for (let i = 0; i < indexes.length; i += CHUNK) {
      const chunk = indexes.slice(i, i + CHUNK);
      const first = chunk[0];
      const last = chunk[chunk.length - 1];
      // Sorted and dense (the usual case): a range scan instead of a long IN list.
      const dense = last - first + 1 === chunk.length;
      const rows =
        level === 0
          ? await (
              dense
                ? this.db('ledger_entries').whereBetween('leaf_index', [
                    first,
                    last,
                  ])
                : this.db('ledger_entries').whereIn('leaf_index', chunk)
            ).select('leaf_index as idx', 'leaf_hash as hash')
          : await (
              dense
                ? this.db('ledger_nodes')
                    .where({ level })
                    .whereBetween('node_index', [first, last])
                : this.db('ledger_nodes')
                    .where({ level })
                    .whereIn('node_index', chunk)
            ).select('node_index as idx', 'hash');
      for (const row of rows) found.set(Number(row.idx), Buffer.from(row.hash));
    }
    return found;
  }

  /** Stores interior nodes; one another replica already stored is identical and kept. */
  async putNodes(
    nodes: Array<{ level: number; index: number; hash: Buffer }>,
  ): Promise<void> {
    // SQLite allows 500 terms in the compound SELECT of a multi-row insert.
    for (let i = 0; i < nodes.length; i += 400) {
      await this.db('ledger_nodes')
        .insert(
          nodes.slice(i, i + 400).map(n => ({
            level: n.level,
            node_index: n.index,
            hash: n.hash,
          })),
        )
        .onConflict(['level', 'node_index'])
        .ignore();
    }
  }

  /** Leaves with positions in [start, end), in order. */
  async leaves(start: number, end: number): Promise<StoredLeaf[]> {
    const rows = await this.db('ledger_entries')
      .where('leaf_index', '>=', start)
      .andWhere('leaf_index', '<', end)
      .orderBy('leaf_index')
      .select(LEAF_COLUMNS);
    return rows.map(toLeaf);
  }

  /**
   * Re-hashes the leaves at positions [start, end) from their stored data: answers how many there
   * are, their stored leaf hashes (32 bytes each, in order) and the positions whose data no longer
   * hashes to the stored hash. On PostgreSQL the database computes SHA-256(0x00 || data) itself
   * (sha256(), PostgreSQL 11+), so the data never crosses the wire; elsewhere it is hashed here.
   */
  async rehashBlock(start: number, end: number): Promise<RehashedBlock> {
    if (this.db.client.config.client === 'pg') {
      const { rows } = await this.db.raw(
        `select count(*) as n,
                string_agg(leaf_hash, ''::bytea order by leaf_index) as hashes,
                count(*) filter (where sha256('\\x00'::bytea || leaf_data) <> leaf_hash) as broken
         from ledger_entries where leaf_index >= ? and leaf_index < ?`,
        [start, end],
      );
      const broken =
        Number(rows[0].broken) === 0
          ? []
          : (
              await this.db.raw(
                `select leaf_index from ledger_entries
                 where leaf_index >= ? and leaf_index < ?
                   and sha256('\\x00'::bytea || leaf_data) <> leaf_hash
                 order by leaf_index`,
                [start, end],
              )
            ).rows.map((r: { leaf_index: string }) => Number(r.leaf_index));
      return {
        count: Number(rows[0].n),
        hashes: rows[0].hashes ?? Buffer.alloc(0),
        broken,
      };
    }
    const rows = await this.db('ledger_entries')
      .where('leaf_index', '>=', start)
      .andWhere('leaf_index', '<', end)
      .orderBy('leaf_index')
      .select('leaf_index', 'leaf_data', 'leaf_hash');
    return {
      count: rows.length,
      hashes: Buffer.concat(rows.map(r => Buffer.from(r.leaf_hash))),
      broken: rows
        .filter(
          r =>
            !leafHash(Buffer.from(r.leaf_data)).equals(
              Buffer.from(r.leaf_hash),
            ),
        )
        .map(r => Number(r.leaf_index)),
    };
  }

  /** Sequenced leaves, newest first, a page at a time. */
  async page(
    offset: number,
    limit: number,
  ): Promise<{ leaves: StoredLeaf[]; total: number }> {
    const [{ count }] = await this.db('ledger_entries')
      .whereNotNull('leaf_index')
      .count({ count: '*' });
    const rows = await this.db('ledger_entries')
      .whereNotNull('leaf_index')
      .orderBy('leaf_index', 'desc')
      .offset(offset)
      .limit(limit)
      .select(LEAF_COLUMNS);
    return { leaves: rows.map(toLeaf), total: Number(count) };
  }

  /** Every entry of one record, oldest first (waiting ones last). */
  async ofRecord(recordId: string): Promise<StoredLeaf[]> {
    const rows = await this.db('ledger_entries')
      .where({ record_id: recordId })
      .orderBy('seq')
      .select(LEAF_COLUMNS);
    return rows.map(toLeaf);
  }

  /** The first and last positions recorded within [from, to]. */
  async positionsBetween(
    from: Date | undefined,
    to: Date | undefined,
  ): Promise<{ first?: number; last?: number }> {
    const query = this.db('ledger_entries').whereNotNull('leaf_index');
    if (from) query.where('recorded_at', '>=', from);
    if (to) query.where('recorded_at', '<=', to);
    const [row] = await query
      .min({ first: 'leaf_index' })
      .max({ last: 'leaf_index' });
    return {
      first: row?.first === null ? undefined : Number(row?.first),
      last: row?.last === null ? undefined : Number(row?.last),
    };
  }

  async putCheckpoint(checkpoint: Omit<StoredCheckpoint, 'createdAt'>) {
    await this.db('ledger_checkpoints')
      .insert({
        tree_size: checkpoint.treeSize,
        root_hash: checkpoint.rootHash,
        note: checkpoint.note,
        created_at: new Date(),
      })
      .onConflict('tree_size')
      .ignore();
  }

  async checkpoint(treeSize: number): Promise<StoredCheckpoint | undefined> {
    const row = await this.db('ledger_checkpoints')
      .where({ tree_size: treeSize })
      .first();
    return row && toCheckpoint(row);
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    const row = await this.db('ledger_checkpoints')
      .orderBy('tree_size', 'desc')
      .first();
    return row && toCheckpoint(row);
  }

  /** The newest checkpoint whose tree is at most `size` leaves. */
  async checkpointAtOrBelow(
    size: number,
  ): Promise<StoredCheckpoint | undefined> {
    const row = await this.db('ledger_checkpoints')
      .where('tree_size', '<=', size)
      .orderBy('tree_size', 'desc')
      .first();
    return row && toCheckpoint(row);
  }

  /** Checkpoints of trees of `from` to `to` leaves, smallest first. */
  async checkpointsBetween(
    from: number,
    to: number,
  ): Promise<StoredCheckpoint[]> {
    const rows = await this.db('ledger_checkpoints')
      .whereBetween('tree_size', [from, to])
      .orderBy('tree_size');
    return rows.map(toCheckpoint);
  }

  async checkpointCount(): Promise<number> {
    const [{ count }] = await this.db('ledger_checkpoints').count({
      count: '*',
    });
    return Number(count);
  }
}
