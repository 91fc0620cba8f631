import type { LoggerService } from '@backstage/backend-plugin-api';
import type { LedgerStore, StoredCheckpoint } from '../database/LedgerStore';
import { openCheckpoint, signCheckpoint } from './checkpoint';
import {
  contentSha256,
  leafData,
  type LedgerLeaf,
  type LedgerRecord,
} from './leaf';
import {
  CompactRange,
  consistencyRanges,
  EMPTY_ROOT,
  inclusionRanges,
  leafHash,
  nodeHash,
  perfectSubtrees,
  rootFromInclusionProof,
  verifyConsistency,
} from './merkle';
import type { SigningKey } from './signingKey';
import { nodesCompletedBetween, rangeHashes, STRIDE } from './tree';

/** Audit event types whose writes are evidence, and so go into the ledger. */
const EVIDENCE_EVENTS = new Set([
  'ARTIFACT_REPORTED',
  'ATTESTATION_RECORDED',
  'EVIDENCE_UPLOADED',
  'SNAPSHOT_RECORDED',
  'SNAPSHOT_REPORTED',
  'APPROVAL_REQUESTED',
  'APPROVAL_APPROVED',
  'APPROVAL_REJECTED',
  'GATE_EVALUATED',
  'POLICY_DECISION_RECORDED',
  'SECURITY_SCAN_RECORDED',
  'PROVENANCE_RECORDED',
  // What decides: policies, their attachments and bundles are tamper-evident too.
  'POLICY_CREATED',
  'POLICY_UPDATED',
  'POLICY_DELETED',
  'POLICY_ATTACHED',
  'POLICY_DETACHED',
  'OPA_BUNDLE_UPLOADED',
  'OPA_BUNDLE_ACTIVATED',
  // Frameworks, their controls and mappings decide assessments; assessments are evidence too.
  'FRAMEWORK_CREATED',
  'FRAMEWORK_CONTROL_ADDED',
  'COMPLIANCE_MAPPING_CREATED',
  'COMPLIANCE_ASSESSED',
]);

export const isEvidenceEvent = (eventType: string) =>
  EVIDENCE_EVENTS.has(eventType);

/** Leaves given their position per sequencer transaction. */
const SEQUENCE_BATCH = 5000;
/** How long after a write the sequencer runs, gathering the writes that come meanwhile. */
const SEQUENCE_AFTER_MS = 50;
/** Leaves read per query when a whole range is re-hashed. */
const VERIFY_CHUNK = 50_000;

export interface LedgerOptions {
  /** The checkpoints' origin line (a schema-less URL naming this log). */
  origin: string;
  key: SigningKey;
  /** Whether the key came from config or is the published development key. */
  keySource: 'config' | 'development-default';
  /** A new checkpoint is signed after sequencing when the last is at least this old. */
  checkpointIntervalMs: number;
  logger: LoggerService;
}

export interface InclusionProof {
  logIndex: number;
  treeSize: number;
  rootHash: string;
  hashes: string[];
  /** The signed checkpoint of `treeSize`. */
  checkpoint: string;
}

export interface ChainVerification {
  valid: boolean;
  entriesChecked: number;
  firstIndex?: number;
  lastIndex?: number;
  firstEntryTimestamp?: string;
  lastEntryTimestamp?: string;
  /** The position of the first entry or checkpoint that failed, when one did. */
  brokenAt?: string;
  message: string;
  treeSize: number;
  rootHash: string;
  checkpointsVerified: number;
  consistency?: {
    firstSize: number;
    secondSize: number;
    firstRootHash: string;
    secondRootHash: string;
    hashes: string[];
    verified: boolean;
  };
}

const hex = (b: Buffer) => b.toString('hex');

/** The root of a perfect tree over 2^k hashes. */
function perfectRoot(hashes: Buffer[]): Buffer {
  let layer = hashes;
  while (layer.length > 1) {
    const below = layer;
    layer = Array.from({ length: below.length / 2 }, (_, i) =>
      nodeHash(below[2 * i], below[2 * i + 1]),
    );
  }
  return layer[0];
}

/** One evidence write as the ledger records it: the record, and the content the write answered. */
export type LedgerWrite = Omit<LedgerRecord, 'contentSha256' | 'recordedAt'> & {
  content: unknown;
};

/**
 * The evidence ledger: an RFC 6962 Merkle log in the database. Writes add leaves in their own
 * transaction; the sequencer gives them positions under the database's lock, stores the complete
 * subtree hashes that proofs need and signs checkpoints.
 */
export class Ledger {
  private running?: Promise<void>;
  private again = false;
  private timer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly store: LedgerStore,
    private readonly options: LedgerOptions,
  ) {}

  get origin() {
    return this.options.origin;
  }

  get key() {
    return this.options.key;
  }

  get keySource() {
    return this.options.keySource;
  }

  /** A checkpoint signed earlier at this size. */
  storedCheckpoint(treeSize: number) {
    return this.store.checkpoint(treeSize);
  }

  /** Adds the leaf of one evidence write, in the write's own transaction. */
  async append(tx: LedgerStore, write: LedgerWrite): Promise<void> {
    await tx.append(this.leafOf(write));
  }

  /**
   * The leaf of one evidence write, for a store that inserts it in the same statement as the
   * write itself (the ingestion hot path).
   */
  leafOf(write: LedgerWrite): LedgerLeaf {
    const { content, ...rest } = write;
    const record: LedgerRecord = {
      ...rest,
      recordedAt: new Date().toISOString(),
      contentSha256: contentSha256(content),
    };
    const data = leafData(record);
    return { record, data, hash: leafHash(data) };
  }

  /** After a committed write: sequence soon, coalescing concurrent calls. */
  kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      // The writes of the next moment join this run: one sequencer transaction for them all
      // instead of one per write (ledger reads sequence first, so none waits for it).
      await new Promise(resolve => setTimeout(resolve, SEQUENCE_AFTER_MS));
      if (this.closed) return;
      do {
        this.again = false;
        try {
          await this.sequence();
        } catch (error) {
          // The next write or ledger read sequences what is left.
          this.options.logger.warn(
            `Ledger sequencing failed: ${(error as Error).message}`,
          );
        }
      } while (this.again && !this.closed);
    })().finally(() => {
      this.running = undefined;
    });
  }

  /** Waits for the background sequencer and stops scheduling new runs. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /**
   * Positions every waiting leaf, then signs a checkpoint when the last one is older than the
   * interval (else schedules one), so every leaf is covered by a signed tree head soon after it
   * is written.
   */
  async sequence(): Promise<number> {
    let size = 0;
    for (;;) {
      const run = await this.store.transaction(async tx => {
        const start = await tx.lockHead();
        const assigned = await tx.assignPending(start, SEQUENCE_BATCH);
        if (assigned > 0) {
          await tx.setSize(start + assigned);
          await this.integrate(tx, start, start + assigned);
        }
        return { assigned, size: start + assigned };
      });
      size = run.size;
      if (run.assigned < SEQUENCE_BATCH) break;
    }
    const latest = await this.store.latestCheckpoint();
    if (!latest || latest.treeSize !== size) {
      const age = latest ? Date.now() - Date.parse(latest.createdAt) : Infinity;
      if (age >= this.options.checkpointIntervalMs) await this.checkpoint();
      else if (!this.timer && !this.closed) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.kick();
        }, this.options.checkpointIntervalMs - age);
        this.timer.unref();
      }
    }
    return size;
  }

  /** Stores the hashes of the subtrees that growing from `from` to `to` leaves completed. */
  private async integrate(tx: LedgerStore, from: number, to: number) {
    const completed = nodesCompletedBetween(from, to);
    for (let level = STRIDE; ; level += STRIDE) {
      const atLevel = completed.filter(n => n.level === level);
      if (atLevel.length === 0) break;
      const fanOut = 2 ** STRIDE;
      const first = atLevel[0].index * fanOut;
      const childIndexes = Array.from(
        { length: atLevel.length * fanOut },
        (_, i) => first + i,
      );
      const children = await tx.hashesAt(level - STRIDE, childIndexes);
      const nodes = atLevel.map(({ index }) => {
        const layer = Array.from({ length: fanOut }, (_, i) => {
          const child = children.get(index * fanOut + i);
          if (!child)
            throw new Error(
              `ledger node ${level - STRIDE}/${index * fanOut + i} is missing`,
            );
          return child;
        });
        return { level, index, hash: perfectRoot(layer) };
      });
      await tx.putNodes(nodes);
    }
  }

  /** The RFC 6962 root of the first `size` leaves, from stored hashes. */
  async rootAt(size: number): Promise<Buffer> {
    if (size === 0) return EMPTY_ROOT;
    const [root] = await rangeHashes(this.store, [{ start: 0, end: size }]);
    return root;
  }

  /** Signs (or finds) the checkpoint of the log's current size. */
  async checkpoint(): Promise<StoredCheckpoint> {
    const size = await this.store.size();
    const existing = await this.store.checkpoint(size);
    if (existing) return existing;
    const rootHash = await this.rootAt(size);
    const note = signCheckpoint(
      this.options.origin,
      { size, rootHash },
      this.options.key,
    );
    await this.store.putCheckpoint({ treeSize: size, rootHash, note });
    // Ed25519 is deterministic: a replica that signed the same size wrote the same row.
    return (await this.store.checkpoint(size))!;
  }

  /** Sequences what waits, then answers the checkpoint of the whole log. */
  async latestCheckpoint(): Promise<StoredCheckpoint> {
    await this.sequence();
    return this.checkpoint();
  }

  async inclusionProof(
    index: number,
    checkpoint: StoredCheckpoint,
  ): Promise<InclusionProof> {
    const hashes = await rangeHashes(
      this.store,
      inclusionRanges(index, checkpoint.treeSize),
    );
    return {
      logIndex: index,
      treeSize: checkpoint.treeSize,
      rootHash: hex(checkpoint.rootHash),
      hashes: hashes.map(hex),
      checkpoint: checkpoint.note,
    };
  }

  /** An audit path in the tree of any size up to the log's, with its checkpoint when one was signed. */
  async inclusionProofAt(index: number, treeSize: number) {
    const [root, hashes, checkpoint] = await Promise.all([
      this.rootAt(treeSize),
      rangeHashes(this.store, inclusionRanges(index, treeSize)),
      this.store.checkpoint(treeSize),
    ]);
    return {
      logIndex: index,
      treeSize,
      rootHash: hex(root),
      hashes: hashes.map(hex),
      checkpoint: checkpoint?.note,
    };
  }

  async consistencyProof(firstSize: number, secondSize: number) {
    const [firstRoot, secondRoot] = await Promise.all([
      this.rootAt(firstSize),
      this.rootAt(secondSize),
    ]);
    const hashes = await rangeHashes(
      this.store,
      consistencyRanges(firstSize, secondSize),
    );
    return {
      firstSize,
      secondSize,
      firstRootHash: hex(firstRoot),
      secondRootHash: hex(secondRoot),
      hashes: hashes.map(hex),
      verified: verifyConsistency(
        firstSize,
        secondSize,
        firstRoot,
        secondRoot,
        hashes,
      ),
    };
  }

  /** Every ledger entry of a record, each re-hashed and proven included in the latest checkpoint. */
  async verifyRecord(recordId: string) {
    const checkpoint = await this.latestCheckpoint();
    const entries = await this.store.ofRecord(recordId);
    if (entries.length === 0) return undefined;
    const verified = await Promise.all(
      entries.map(async entry => {
        const recomputed = leafHash(entry.leafData);
        const dataMatches = recomputed.equals(entry.leafHash);
        if (entry.leafIndex === undefined)
          return { entry, dataMatches, included: false as const };
        const proof = await this.inclusionProof(entry.leafIndex, checkpoint);
        const root = rootFromInclusionProof(
          entry.leafIndex,
          checkpoint.treeSize,
          recomputed,
          proof.hashes.map(h => Buffer.from(h, 'hex')),
        );
        return {
          entry,
          dataMatches,
          included: !!root && root.equals(checkpoint.rootHash),
          proof,
        };
      }),
    );
    return { checkpoint, verified };
  }

  /**
   * Re-hashes the leaves recorded in [from, to] (the whole log when both are absent) from their
   * stored data and rebuilds the root of every signed checkpoint that covers them, checking each
   * signature; the subtree hashes the proofs use are checked on the way. Answers the consistency
   * proof from the last checkpoint before the range to the latest.
   */
  async verifyChain(range: {
    from?: Date;
    to?: Date;
  }): Promise<ChainVerification> {
    const latest = await this.latestCheckpoint();
    const base = {
      treeSize: latest.treeSize,
      rootHash: hex(latest.rootHash),
    };
    if (latest.treeSize === 0)
      return {
        ...base,
        valid: true,
        entriesChecked: 0,
        checkpointsVerified: 0,
        message: 'the ledger is empty',
      };
    let first = 0;
    let last = latest.treeSize - 1;
    if (range.from || range.to) {
      const found = await this.store.positionsBetween(range.from, range.to);
      if (found.first === undefined || found.last === undefined)
        return {
          ...base,
          valid: true,
          entriesChecked: 0,
          checkpointsVerified: 0,
          message: 'no ledger entry was recorded in this period',
        };
      first = found.first;
      last = Math.min(found.last, latest.treeSize - 1);
    }

    // Every checkpoint that commits to a leaf of the range, up to the first one beyond it.
    const covering = await this.store.checkpointsBetween(
      first + 1,
      latest.treeSize,
    );
    const beyond = covering.findIndex(c => c.treeSize > last);
    const checkpoints = beyond < 0 ? covering : covering.slice(0, beyond + 1);
    const end = checkpoints[checkpoints.length - 1].treeSize;

    const failure = (brokenAt: string, message: string, checked: number) => ({
      ...base,
      valid: false,
      entriesChecked: checked,
      firstIndex: first,
      lastIndex: last,
      brokenAt,
      message,
      checkpointsVerified: 0,
    });

    for (const c of checkpoints) {
      const opened = openCheckpoint(c.note, this.options.origin, this.key);
      if ('error' in opened)
        return failure(
          `checkpoint ${c.treeSize}`,
          `checkpoint of size ${c.treeSize}: ${opened.error}`,
          0,
        );
      if (
        opened.head.size !== c.treeSize ||
        !opened.head.rootHash.equals(c.rootHash)
      )
        return failure(
          `checkpoint ${c.treeSize}`,
          `checkpoint of size ${c.treeSize}: the stored root is not the signed one`,
          0,
        );
    }

    // The prefix before the range comes from stored subtree hashes: if one was altered, the
    // rebuilt roots differ from the signed ones below.
    const prefix = perfectSubtrees(first);
    const prefixHashes = await rangeHashes(this.store, prefix);
    const mismatchedNodes: string[] = [];
    const storedNodes = new Map<string, Buffer>();
    const tree = CompactRange.from(
      prefix.map((r, i) => ({ hash: prefixHashes[i], size: r.end - r.start })),
      (level, index, hash) => {
        if (level === 0 || level % STRIDE !== 0) return;
        const stored = storedNodes.get(`${level}/${index}`);
        if (stored && !stored.equals(hash))
          mismatchedNodes.push(`${level}/${index}`);
      },
    );

    let next = 0;
    let checked = 0;
    // The next block is re-hashed (by the database, on PostgreSQL) while this one is folded.
    const read = (from: number) =>
      from < end
        ? this.store.rehashBlock(from, Math.min(from + VERIFY_CHUNK, end))
        : undefined;
    let pending = read(first);
    const stopReading = () => pending?.catch(() => undefined);
    for (let start = first; start < end; start += VERIFY_CHUNK) {
      const stop = Math.min(start + VERIFY_CHUNK, end);
      const block = (await pending)!;
      pending = read(stop);
      await this.loadStoredNodes(storedNodes, start, stop);
      if (block.count !== stop - start) {
        stopReading();
        const present = new Set(
          (await this.store.leaves(start, stop)).map(l => l.leafIndex),
        );
        let missing = start;
        while (present.has(missing)) missing++;
        return failure(
          `entry ${missing}`,
          `ledger entry ${missing} is missing`,
          checked,
        );
      }
      if (block.broken.length > 0) {
        stopReading();
        return failure(
          `entry ${block.broken[0]}`,
          `ledger entry ${block.broken[0]}: its data does not hash to its leaf hash`,
          checked + block.broken[0] - start,
        );
      }
      for (let i = 0; i < block.count; i++) {
        tree.append(block.hashes.subarray(i * 32, i * 32 + 32));
        checked++;
        if (mismatchedNodes.length > 0) {
          stopReading();
          return failure(
            `node ${mismatchedNodes[0]}`,
            `stored subtree hash ${mismatchedNodes[0]} does not match the leaves below it`,
            checked,
          );
        }
        while (
          next < checkpoints.length &&
          checkpoints[next].treeSize === tree.size
        ) {
          if (!tree.root().equals(checkpoints[next].rootHash)) {
            stopReading();
            return failure(
              `checkpoint ${tree.size}`,
              `the leaves do not hash to the signed root of the checkpoint of size ${tree.size}`,
              checked,
            );
          }
          next++;
        }
      }
      storedNodes.clear();
    }

    const [firstLeaf] = await this.store.leaves(first, first + 1);
    const [lastLeaf] = await this.store.leaves(last, last + 1);
    const before = await this.store.checkpointAtOrBelow(first);
    const consistencyFrom =
      before && before.treeSize > 0 ? before : checkpoints[0];
    const consistency =
      consistencyFrom.treeSize > 0
        ? await this.consistencyProof(consistencyFrom.treeSize, latest.treeSize)
        : undefined;
    if (consistency && !consistency.verified)
      return failure(
        `consistency ${consistency.firstSize}..${consistency.secondSize}`,
        `the tree of ${consistency.firstSize} leaves is not a prefix of the tree of ${consistency.secondSize} by its stored hashes`,
        checked,
      );
    return {
      ...base,
      valid: true,
      entriesChecked: checked,
      firstIndex: first,
      lastIndex: last,
      firstEntryTimestamp: firstLeaf?.recordedAt,
      lastEntryTimestamp: lastLeaf?.recordedAt,
      message: `entries ${first}..${last} re-hashed from their data; ${checked} leaves rebuilt into the roots of ${checkpoints.length} signed checkpoint(s), all matching`,
      checkpointsVerified: checkpoints.length,
      consistency,
    };
  }

  private async loadStoredNodes(
    into: Map<string, Buffer>,
    start: number,
    stop: number,
  ) {
    for (let level = STRIDE; 2 ** level <= stop; level += STRIDE) {
      const width = 2 ** level;
      const firstNode = Math.floor(start / width);
      const count = Math.floor(stop / width) - firstNode;
      if (count <= 0) continue;
      const found = await this.store.hashesAt(
        level,
        Array.from({ length: count }, (_, i) => firstNode + i),
      );
      for (const [index, hash] of found) into.set(`${level}/${index}`, hash);
    }
  }

  async status() {
    const checkpoint = await this.latestCheckpoint();
    return {
      checkpoint,
      pending: await this.store.pendingCount(),
      checkpoints: await this.store.checkpointCount(),
    };
  }

  entries(offset: number, limit: number) {
    return this.store.page(offset, limit);
  }

  ofRecord(recordId: string) {
    return this.store.ofRecord(recordId);
  }

  size() {
    return this.store.size();
  }
}
