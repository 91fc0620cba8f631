import type { Knex } from 'knex';
import type { DecidingAttestation } from '../domain/compliance';
import {
  containsPattern,
  likeSql,
  newId,
  parseJson,
  toIso,
  type Page,
} from './rows';

export type AttestationStatus = 'PASSED' | 'FAILED' | 'PENDING';

export interface Attestation {
  id: string;
  trailId: string;
  type: string;
  name: string;
  status: AttestationStatus;
  artifactSha256?: string;
  description: string;
  details: Record<string, unknown>;
  evidence?: { sha256: string; fileName: string; sizeBytes: number };
  /** What the client sent, when evidence decided `status`. */
  claimedStatus?: AttestationStatus;
  /** Why `status` is what it is, e.g. "junit: 4 failures, 1 error in 570 tests". */
  statusReason?: string;
  attestedBy: string;
  createdAt: string;
}

export type AttestationInput = Pick<
  Attestation,
  | 'trailId'
  | 'type'
  | 'name'
  | 'status'
  | 'artifactSha256'
  | 'description'
  | 'details'
> & {
  evidence?: Attestation['evidence'];
  claimedStatus?: AttestationStatus;
  statusReason?: string;
};

interface AttestationRow {
  seq?: number | string;
  id: string;
  trail_id: string;
  type: string;
  name: string;
  status: AttestationStatus;
  artifact_sha256: string | null;
  description: string;
  details: string;
  evidence_sha256: string | null;
  evidence_file_name: string | null;
  evidence_size_bytes: number | string | null;
  claimed_status?: AttestationStatus | null;
  status_reason?: string | null;
  attested_by: string;
  created_at: string | Date;
}

function toAttestation(row: AttestationRow): Attestation {
  return {
    id: row.id,
    trailId: row.trail_id,
    type: row.type,
    name: row.name,
    status: row.status,
    artifactSha256: row.artifact_sha256 ?? undefined,
    description: row.description,
    details: parseJson(row.details, {}),
    evidence: row.evidence_sha256
      ? {
          sha256: row.evidence_sha256,
          fileName: row.evidence_file_name ?? '',
          sizeBytes: Number(row.evidence_size_bytes),
        }
      : undefined,
    ...(row.claimed_status ? { claimedStatus: row.claimed_status } : {}),
    ...(row.status_reason ? { statusReason: row.status_reason } : {}),
    attestedBy: row.attested_by,
    createdAt: toIso(row.created_at),
  };
}

/** Which trail an attestation goes to: by id, or by org, flow name and trail name (Kosli). */
export type TrailRef =
  { id: string } | { org: string; flow: string; name: string };

/** The audit event written with an attestation. */
export interface AttestationAuditEvent {
  id: string;
  eventType: string;
  actor: string;
  details: Record<string, unknown>;
}

/** A new attestation row, without its trail (which may still have to be resolved). */
function newRow(
  input: Omit<AttestationInput, 'trailId'>,
  attestedBy: string,
  now: Date,
): Omit<AttestationRow, 'trail_id'> {
  return {
    id: newId(),
    type: input.type,
    name: input.name,
    status: input.status,
    artifact_sha256: input.artifactSha256 ?? null,
    description: input.description,
    details: JSON.stringify(input.details),
    evidence_sha256: input.evidence?.sha256 ?? null,
    evidence_file_name: input.evidence?.fileName ?? null,
    evidence_size_bytes: input.evidence?.sizeBytes ?? null,
    claimed_status: input.claimedStatus ?? null,
    status_reason: input.statusReason ?? null,
    attested_by: attestedBy,
    created_at: now,
  };
}

const DECIDING_COLUMNS = [
  'seq',
  'id',
  'type',
  'name',
  'status',
  'attested_by',
  'created_at',
  'evidence_sha256',
];

const toDeciding = (row: AttestationRow): DecidingAttestation => ({
  id: row.id,
  type: row.type,
  name: row.name,
  status: row.status,
  attestedBy: row.attested_by,
  createdAt: toIso(row.created_at),
  evidenceSha256: row.evidence_sha256 ?? undefined,
});

/** The latest attestation of one (type, name, artifact) of a trail; `seq` orders them. */
export interface LatestAttestation extends DecidingAttestation {
  seq: number;
  trailId: string;
  artifactSha256?: string;
}

const ROW_COLUMNS = [
  'id',
  'type',
  'name',
  'status',
  'artifact_sha256',
  'description',
  'details',
  'evidence_sha256',
  'evidence_file_name',
  'evidence_size_bytes',
  'claimed_status',
  'status_reason',
  'attested_by',
  'created_at',
];
const AUDIT_COLUMNS = [
  'id',
  'event_type',
  'entity_type',
  'entity_id',
  'actor',
  'details',
  'occurred_at',
];
const placeholders = (columns: string[]) => columns.map(() => '?').join(', ');

/**
 * PostgreSQL: the trail lookup, the attestation and its audit event as ONE statement (data-
 * modifying CTEs are atomic without an explicit transaction). Built once: ingestion is the hot
 * path, and compiling a query builder per request costs the event loop more than the statement
 * costs the database. The binding order is the trail's, then ROW_COLUMNS, then AUDIT_COLUMNS.
 */
const recordSql = (trailSelect: string) =>
  `with t as (${trailSelect}),
   ins as (insert into attestations (trail_id, ${ROW_COLUMNS.join(', ')}) select t.id, ${placeholders(ROW_COLUMNS)} from t returning trail_id)
   insert into audit_events (trail_id, ${AUDIT_COLUMNS.join(', ')}) select ins.trail_id, ${placeholders(AUDIT_COLUMNS)} from ins returning trail_id`;
const RECORD_BY_TRAIL_ID_SQL = recordSql('select id from trails where id = ?');
const RECORD_BY_TRAIL_NAME_SQL = recordSql(
  'select t.id from trails as t join flows as f on f.id = t.flow_id where f.org = ? and f.name = ? and t.name = ?',
);

/** Attestations: appended, never rewritten; the latest of a type decides. */
export class AttestationStore {
  constructor(private readonly db: Knex) {}

  async record(
    input: AttestationInput,
    attestedBy: string,
  ): Promise<Attestation> {
    const row: AttestationRow = {
      ...newRow(input, attestedBy, new Date()),
      trail_id: input.trailId,
    };
    await this.db('attestations').insert(row);
    return toAttestation(row);
  }

  /**
   * Records an attestation and its audit event atomically, resolving the trail in the same
   * statement; undefined when the trail does not exist. On PostgreSQL this is ONE statement (data-
   * modifying CTEs, atomic without an explicit transaction): ingestion is the hot path, and a
   * five-round-trip transaction per attestation caps throughput at the database. Elsewhere it is
   * a transaction (in-process SQLite has no round trips to save).
   */
  async recordWithAuditEvent(
    trail: TrailRef,
    input: Omit<AttestationInput, 'trailId'>,
    attestedBy: string,
    audit: AttestationAuditEvent,
  ): Promise<Attestation | undefined> {
    const now = new Date();
    const row = newRow(input, attestedBy, now);
    const auditRow = {
      id: audit.id,
      event_type: audit.eventType,
      entity_type: 'attestation',
      entity_id: row.id,
      actor: audit.actor,
      details: JSON.stringify(audit.details),
      occurred_at: now,
    };

    if (this.db.client.config.client === 'pg') {
      const byId = 'id' in trail;
      const trailBindings = byId
        ? [trail.id]
        : [trail.org, trail.flow, trail.name];
      const values = [
        ...trailBindings,
        row.id,
        row.type,
        row.name,
        row.status,
        row.artifact_sha256,
        row.description,
        row.details,
        row.evidence_sha256,
        row.evidence_file_name,
        row.evidence_size_bytes,
        row.claimed_status,
        row.status_reason,
        row.attested_by,
        row.created_at,
        auditRow.id,
        auditRow.event_type,
        auditRow.entity_type,
        auditRow.entity_id,
        auditRow.actor,
        auditRow.details,
        auditRow.occurred_at,
      ];
      const result = await this.db.raw(
        byId ? RECORD_BY_TRAIL_ID_SQL : RECORD_BY_TRAIL_NAME_SQL,
        values as Knex.RawBinding[],
      );
      if (result.rows.length === 0) return undefined;
      return toAttestation({ ...row, trail_id: result.rows[0].trail_id });
    }
    const trailQuery =
      'id' in trail
        ? this.db('trails').where({ id: trail.id }).select('id')
        : this.db('trails as t')
            .join('flows as f', 'f.id', 't.flow_id')
            .where({
              'f.org': trail.org,
              'f.name': trail.flow,
              't.name': trail.name,
            })
            .select('t.id');
    return this.db.transaction(async trx => {
      const found = await trailQuery.clone().transacting(trx).first();
      if (!found) return undefined;
      const full = { ...row, trail_id: found.id as string };
      await trx('attestations').insert(full);
      await trx('audit_events').insert({
        ...auditRow,
        trail_id: full.trail_id,
      });
      return toAttestation(full);
    });
  }

  async get(id: string): Promise<Attestation | undefined> {
    const row = await this.db<AttestationRow>('attestations')
      .where({ id })
      .first();
    return row && toAttestation(row);
  }

  async list(trailId: string, page: Page): Promise<Attestation[]> {
    const rows = await this.db<AttestationRow>('attestations')
      .where({ trail_id: trailId })
      .orderBy('seq')
      .limit(page.limit)
      .offset(page.offset);
    return rows.map(toAttestation);
  }

  /**
   * Evidence is attached once; an attestation that already has evidence keeps it. When the
   * evidence decided a status, the attestation takes it and keeps the claimed one beside it.
   */
  async attachEvidence(
    id: string,
    evidence: NonNullable<Attestation['evidence']>,
    details: Record<string, unknown>,
    verdict?: Pick<Attestation, 'status' | 'claimedStatus' | 'statusReason'>,
  ): Promise<boolean> {
    const updated = await this.db('attestations')
      .where({ id })
      .whereNull('evidence_sha256')
      .update({
        evidence_sha256: evidence.sha256,
        evidence_file_name: evidence.fileName,
        evidence_size_bytes: evidence.sizeBytes,
        details: JSON.stringify(details),
        ...(verdict
          ? {
              status: verdict.status,
              claimed_status: verdict.claimedStatus ?? null,
              status_reason: verdict.statusReason ?? null,
            }
          : {}),
      });
    return updated > 0;
  }

  /**
   * The latest attestation that answers a requirement: its type or its name equals the
   * requirement, and it is about the whole trail or about this artifact. Two index lookups
   * (type, name), each reading backwards from the newest row.
   */
  async latestFor(
    trailId: string,
    requirement: string,
    artifactSha256: string,
  ): Promise<DecidingAttestation | undefined> {
    const lookup = (column: 'type' | 'name') =>
      this.db('attestations')
        .where({ trail_id: trailId, [column]: requirement })
        .andWhere(q =>
          q
            .whereNull('artifact_sha256')
            .orWhere('artifact_sha256', artifactSha256),
        )
        .orderBy('seq', 'desc')
        .first(DECIDING_COLUMNS) as Promise<AttestationRow | undefined>;
    const [byType, byName] = await Promise.all([
      lookup('type'),
      lookup('name'),
    ]);
    const latest = [byType, byName]
      .filter((r): r is AttestationRow => !!r)
      .sort((a, b) => Number(b.seq) - Number(a.seq))[0];
    return latest && toDeciding(latest);
  }

  /**
   * For each of these trails, the latest attestation of every (type, name, artifact) it holds: all
   * that "the latest one decides" can ever pick, in one query however many attestations there are.
   */
  async latestOfTrails(trailIds: string[]): Promise<LatestAttestation[]> {
    if (trailIds.length === 0) return [];
    const newest = this.db('attestations')
      .whereIn('trail_id', trailIds)
      .groupBy('trail_id', 'type', 'name', 'artifact_sha256')
      .max('seq');
    const rows: AttestationRow[] = await this.db('attestations')
      .whereIn('seq', newest)
      .select([...DECIDING_COLUMNS, 'trail_id', 'artifact_sha256']);
    return rows.map(row => ({
      ...toDeciding(row),
      seq: Number(row.seq),
      trailId: row.trail_id,
      artifactSha256: row.artifact_sha256 ?? undefined,
    }));
  }

  async search(term: string, limit: number): Promise<Attestation[]> {
    const like = containsPattern(term);
    const rows = await this.db<AttestationRow>('attestations')
      .whereRaw(likeSql('lower(name)'), [like])
      .orWhereRaw(likeSql('lower(type)'), [like])
      .orderBy('seq', 'desc')
      .limit(limit);
    return rows.map(toAttestation);
  }
}
