import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';

// Keys sorted by UTF-16 code units, values as JSON.stringify writes them (toJSON, undefined
// members left out, undefined in arrays as null); a bigint as its number; a circular value throws.
const stableStringify = configure({
  deterministic: true,
  bigint: true,
  circularValue: TypeError,
});

/**
 * JSON with object keys sorted by UTF-16 code units and no whitespace: RFC 8785 (JCS) for JSON
 * values (JSON.stringify already writes numbers and strings the JCS way). Any value is taken as
 * the API would send it: `toJSON` applied, undefined members left out. A value with no JSON
 * form (undefined, a function) is `null`.
 */
export function canonicalJson(value: unknown): string {
  return stableStringify(value) ?? 'null';
}

/** What one ledger leaf records about one evidence write. */
export interface LedgerRecord {
  eventType: string;
  recordType: string;
  recordId: string;
  trailId?: string;
  actor: string;
  recordedAt: string;
  /** Hex SHA-256 of the canonical JSON of the record as the write answered it. */
  contentSha256: string;
  /** The audit event's details, when the write gave some. */
  details?: Record<string, unknown>;
}

/** A leaf ready to store: the record, its bytes and their RFC 6962 leaf hash. */
export interface LedgerLeaf {
  record: LedgerRecord;
  data: Buffer;
  hash: Buffer;
}

/** The leaf's bytes: the canonical JSON of the record, version 1. */
export function leafData(record: LedgerRecord): Buffer {
  return Buffer.from(canonicalJson({ v: 1, ...record }), 'utf8');
}

/** Hex SHA-256 of a value's canonical JSON, as the API would send it. */
export function contentSha256(value: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(value), 'utf8')
    .digest('hex');
}
