import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted by UTF-16 code units and no whitespace: RFC 8785 (JCS) for the
 * values JSON.parse produces (JSON.stringify already writes numbers and strings the JCS way).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map(v => canonicalJson(v ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    // Code-unit order, as JCS requires (the default sort compares UTF-16 code units).
    .sort(([a], [b]) => Number(a > b) - Number(a < b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
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

/** Hex SHA-256 of a value's canonical JSON (after a JSON round trip, as the API would send it). */
export function contentSha256(value: unknown): string {
  const json =
    value === undefined
      ? 'null'
      : canonicalJson(JSON.parse(JSON.stringify(value)));
  return createHash('sha256').update(json, 'utf8').digest('hex');
}
