import type { Knex } from 'knex';
import { answeringLookup } from '../domain/attestationType';
import type { DecidingAttestation } from '../domain/compliance';
import type { LedgerLeaf } from '../ledger/leaf';
import { ledgerEntryRow } from './LedgerStore';
import { queryPrepared } from './prepared';
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

export interface AttestationRow {
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

/** An attestation as assert reports it: without where the read found it. */
export function decidingOf(latest: LatestAttestation): DecidingAttestation {
  const {
    seq: _seq,
    trailId: _trail,
    artifactSha256: _sha,
    ...deciding
  } = latest;
  return deciding;
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

const LEDGER_COLUMNS = [
  'event_type',
  'record_type',
  'record_id',
  'actor',
  'leaf_data',
  'leaf_hash',
  'recorded_at',
];

/**
 * PostgreSQL: the trail lookup, the attestation, its audit event and (for a ledgered write) its
 * ledger leaf as ONE statement (data-modifying CTEs are atomic without an explicit transaction).
 * Built once: ingestion is the hot path, and compiling a query builder per request costs the event
 * loop more than the statement costs the database. The binding order is the trail's, then
 * ROW_COLUMNS, AUDIT_COLUMNS and LEDGER_COLUMNS.
 */
const recordSql = (trailSelect: string, ledgered: boolean) => {
  const audit = `insert into audit_events (trail_id, ${AUDIT_COLUMNS.join(', ')}) select ins.trail_id, ${placeholders(AUDIT_COLUMNS)} from ins returning trail_id`;
  return `with t as (${trailSelect}),
   ins as (insert into attestations (trail_id, ${ROW_COLUMNS.join(', ')}) select t.id, ${placeholders(ROW_COLUMNS)} from t returning trail_id)
   ${
     ledgered
       ? `, aud as (${audit})
   insert into ledger_entries (trail_id, ${LEDGER_COLUMNS.join(', ')}) select aud.trail_id, ${placeholders(LEDGER_COLUMNS)} from aud returning trail_id`
       : audit
   }`;
};
const TRAIL_BY_ID = 'select id from trails where id = ?';
const TRAIL_BY_NAME =
  'select t.id from trails as t join flows as f on f.id = t.flow_id where f.org = ? and f.name = ? and t.name = ?';
/**
 * A statement of the ingestion path, run as a named prepared statement: PostgreSQL parses and
 * plans it once per connection instead of once per attestation (a third of its CPU per insert).
 */
interface PreparedStatement {
  name: string;
  sql: string;
}
const RECORD_BY_TRAIL_ID: PreparedStatement = {
  name: 'factstore_record_attestation_by_trail_id',
  sql: recordSql(TRAIL_BY_ID, false),
};
const RECORD_BY_TRAIL_NAME: PreparedStatement = {
  name: 'factstore_record_attestation_by_trail_name',
  sql: recordSql(TRAIL_BY_NAME, false),
};
const RECORD_LEDGERED_BY_TRAIL_ID: PreparedStatement = {
  name: 'factstore_record_ledgered_attestation_by_trail_id',
  sql: recordSql(TRAIL_BY_ID, true),
};
/** A remembered trail id (see knownTrailIds), used only while the trail has that org, flow and name. */
const RECORD_LEDGERED_BY_KNOWN_TRAIL: PreparedStatement = {
  name: 'factstore_record_ledgered_attestation_by_known_trail',
  sql: recordSql(`${TRAIL_BY_NAME} and t.id = ?`, true),
};

/**
 * The trail ids that ledgered writes by org, flow and trail name (the Kosli CLI's) resolved
 * lately, so that such a write is one statement instead of a lookup and a statement (its leaf
 * records the trail's id, so the id is needed before the statement). The statement itself checks
 * that the trail still has that org, flow and name (renamed, archived or deleted flows and trails,
 * on any replica): a stale id writes nothing, is forgotten, and the trail is looked up again.
 */
const knownTrailIds = new Map<string, string>();
const KNOWN_TRAIL_IDS = 10_000;
const trailKey = (trail: { org: string; flow: string; name: string }) =>
  JSON.stringify([trail.org, trail.flow, trail.name]);
function rememberTrailId(key: string, id: string) {
  if (knownTrailIds.size >= KNOWN_TRAIL_IDS)
    knownTrailIds.delete(knownTrailIds.keys().next().value!);
  knownTrailIds.set(key, id);
}

/**
 * PostgreSQL: the latest attestation of each (type, name) about the whole trail and about one
 * artifact, read from attestations_trail_subject_idx as loose index scans: each recursive step
 * jumps to the next (type, name) of the subject (no artifact, or this one), then one backwards
 * probe per (type, name) reads its newest row. A few index probes per (type, name), however many
 * attestations the trail holds (a GROUP BY reads and sorts every one of them). One statement.
 * `trail` and `artifact` are SQL expressions: named bindings, or subqueries of a larger statement.
 */
export function latestAboutSql(trail: string, artifact: string): string {
  const subjects = {
    trail_wide: 'artifact_sha256 is null',
    about_artifact: `artifact_sha256 = ${artifact}`,
  };
  return `with recursive ${Object.entries(subjects)
    .map(
      ([keys, subject]) => `${keys}(type, name) as (
    (select type, name from attestations where trail_id = ${trail} and ${subject}
      order by type, name limit 1)
    union all
    select n.type, n.name from ${keys} k cross join lateral (
      select type, name from attestations
      where trail_id = ${trail} and ${subject} and (type, name) > (k.type, k.name)
      order by type, name limit 1) n)`,
    )
    .join(',\n')}
  ${Object.entries(subjects)
    .map(
      ([keys, subject]) => `select l.* from ${keys} k cross join lateral (
    select ${[...DECIDING_COLUMNS, 'trail_id', 'artifact_sha256'].join(', ')} from attestations
    where trail_id = ${trail} and ${subject} and type = k.type and name = k.name
    order by seq desc limit 1) l`,
    )
    .join('\n  union all\n  ')}`;
}
const LATEST_ABOUT_SQL = latestAboutSql(':trail', ':artifact');

/** Rows of LATEST_ABOUT_SQL (or its SQLite equivalent) as attestations, oldest first. */
export function latestAttestationsOf(
  rows: AttestationRow[],
): LatestAttestation[] {
  return rows
    .map(row => ({
      ...toDeciding(row),
      seq: Number(row.seq),
      trailId: row.trail_id,
      artifactSha256: row.artifact_sha256 ?? undefined,
    }))
    .sort((a, b) => a.seq - b.seq);
}

/** The ledger leaf of a recorded attestation, built from the attestation as the write answers it. */
export type AttestationLeaf = (attestation: Attestation) => LedgerLeaf;

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
   * Records an attestation and its audit event atomically (and its ledger leaf, when `leafOf` is
   * given), resolving the trail first; undefined when the trail does not exist. On PostgreSQL
   * this is ONE statement (data-modifying CTEs, atomic without an explicit transaction); a
   * ledgered write to a trail named by flow and name needs the trail's id first (its leaf records
   * it), so it is two the first time and one after (see knownTrailIds):
   * ingestion is the hot path, and a five-round-trip transaction per attestation caps throughput
   * at the database. Elsewhere it is a transaction (in-process SQLite has no round trips to save).
   */
  async recordWithAuditEvent(
    trail: TrailRef,
    input: Omit<AttestationInput, 'trailId'>,
    attestedBy: string,
    audit: AttestationAuditEvent,
    leafOf?: AttestationLeaf,
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
    const recorded = (trailId: string) =>
      toAttestation({ ...row, trail_id: trailId });

    if (this.db.client.config.client === 'pg') {
      const rowValues = [
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
      if (leafOf) {
        const write = async (
          statement: PreparedStatement,
          trailId: string,
          trailBindings = [trailId],
        ) => {
          const attestation = recorded(trailId);
          const leaf = ledgerEntryRow(leafOf(attestation));
          const rows = await queryPrepared(
            this.db,
            statement.name,
            statement.sql,
            [
              ...trailBindings,
              ...rowValues,
              leaf.event_type,
              leaf.record_type,
              leaf.record_id,
              leaf.actor,
              leaf.leaf_data,
              leaf.leaf_hash,
              leaf.recorded_at,
            ] as Knex.RawBinding[],
          );
          return rows.length === 0 ? undefined : attestation;
        };
        if ('id' in trail) return write(RECORD_LEDGERED_BY_TRAIL_ID, trail.id);
        const key = trailKey(trail);
        const known = knownTrailIds.get(key);
        if (known) {
          const written = await write(RECORD_LEDGERED_BY_KNOWN_TRAIL, known, [
            trail.org,
            trail.flow,
            trail.name,
            known,
          ]);
          if (written) return written;
          knownTrailIds.delete(key);
        }
        const trailId = await this.trailIdByName(trail);
        if (!trailId) return undefined;
        const written = await write(RECORD_LEDGERED_BY_TRAIL_ID, trailId);
        if (written) rememberTrailId(key, trailId);
        return written;
      }
      const byId = 'id' in trail;
      const trailBindings = byId
        ? [trail.id]
        : [trail.org, trail.flow, trail.name];
      const statement = byId ? RECORD_BY_TRAIL_ID : RECORD_BY_TRAIL_NAME;
      const rows = await queryPrepared(this.db, statement.name, statement.sql, [
        ...trailBindings,
        ...rowValues,
      ] as Knex.RawBinding[]);
      if (rows.length === 0) return undefined;
      return recorded(rows[0].trail_id);
    }
    return this.db.transaction(async trx => {
      const trailId =
        'id' in trail
          ? (await trx('trails').where({ id: trail.id }).first('id'))?.id
          : await this.trailIdByName(trail, trx);
      if (!trailId) return undefined;
      const attestation = recorded(trailId);
      await trx('attestations').insert({ ...row, trail_id: trailId });
      await trx('audit_events').insert({ ...auditRow, trail_id: trailId });
      if (leafOf)
        await trx('ledger_entries').insert(ledgerEntryRow(leafOf(attestation)));
      return attestation;
    });
  }

  private async trailIdByName(
    trail: { org: string; flow: string; name: string },
    db: Knex = this.db,
  ): Promise<string | undefined> {
    const found = await db('trails as t')
      .join('flows as f', 'f.id', 't.flow_id')
      .where({ 'f.org': trail.org, 'f.name': trail.flow, 't.name': trail.name })
      .first('t.id');
    return found?.id;
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
   * The latest attestation that answers a requirement: its type is the required one in any case
   * (custom types as spelled) or its name equals the requirement, and it is about the whole trail
   * or about this artifact.
   */
  async latestFor(
    trailId: string,
    requirement: string,
    artifactSha256: string,
  ): Promise<DecidingAttestation | undefined> {
    return (
      await this.latestForEach(trailId, [requirement], artifactSha256)
    ).get(requirement);
  }

  /**
   * `latestFor` of several requirements in one round trip: the latest attestation of every
   * (type, name) about the trail or the artifact (latestAbout, the read assert and policies make),
   * then for each requirement the newest that answers it. Types are compared in any case, which
   * an index on `type` cannot answer; latestAbout's reads are by (type, name) however spelled.
   */
  async latestForEach(
    trailId: string,
    requirements: string[],
    artifactSha256: string,
  ): Promise<Map<string, DecidingAttestation | undefined>> {
    const latest = new Map<string, DecidingAttestation | undefined>(
      requirements.map(r => [r, undefined]),
    );
    if (requirements.length === 0) return latest;
    const answering = answeringLookup(
      await this.latestAbout(trailId, artifactSha256),
    );
    for (const requirement of requirements) {
      const newest = answering(requirement);
      latest.set(requirement, newest && decidingOf(newest));
    }
    return latest;
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

  /**
   * The latest attestation of every (type, name) of a trail that is about the whole trail or about
   * this artifact, oldest first: every attestation "the latest one decides" can pick for it (what a
   * policy's input document lists). On PostgreSQL loose index scans (see LATEST_ABOUT_SQL);
   * elsewhere one grouped query.
   */
  async latestAbout(
    trailId: string,
    artifactSha256: string,
  ): Promise<LatestAttestation[]> {
    let rows: AttestationRow[];
    if (this.db.client.config.client === 'pg') {
      const result = await this.db.raw(LATEST_ABOUT_SQL, {
        trail: trailId,
        artifact: artifactSha256,
      });
      rows = result.rows;
    } else {
      const newest = this.db('attestations')
        .where('trail_id', trailId)
        .andWhere(q =>
          q
            .whereNull('artifact_sha256')
            .orWhere('artifact_sha256', artifactSha256),
        )
        .groupBy('type', 'name', 'artifact_sha256')
        .max('seq');
      rows = await this.db('attestations')
        .whereIn('seq', newest)
        .select([...DECIDING_COLUMNS, 'trail_id', 'artifact_sha256']);
    }
    return latestAttestationsOf(rows);
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
