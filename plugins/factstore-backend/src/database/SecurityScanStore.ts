import type { Knex } from 'knex';
import type { SeverityCounts } from '../evidence/findings';
import { newId, parseJson, toIso, type Page } from './rows';

/** A scanner report as recorded: its counts, and its findings as an in-toto vulns statement. */
export interface SecurityScan {
  id: string;
  trailId: string;
  artifactSha256?: string;
  attestationId?: string;
  /** A later scan of the same name (trail-wide or about the same artifact) supersedes. */
  name: string;
  format: string;
  tool: string;
  toolVersion?: string;
  scanType?: string;
  target?: string;
  reportUrl?: string;
  counts: SeverityCounts;
  statement: Record<string, unknown>;
  evidenceSha256?: string;
  scannedBy: string;
  createdAt: string;
}

export type SecurityScanInput = Omit<SecurityScan, 'id' | 'createdAt'>;

/** Findings summed by severity, as columns `critical`, `high`, `medium`, `low`, `unknown`. */
export const severitySums = (db: Knex) =>
  (['critical', 'high', 'medium', 'low', 'unknown'] as const).map(severity =>
    db.raw(`coalesce(sum(${severity}_count), 0) as ${severity}`),
  );

/* eslint-disable @typescript-eslint/no-explicit-any */
export const toScan = (row: any, withStatement = true): SecurityScan => ({
  id: row.id,
  trailId: row.trail_id,
  artifactSha256: row.artifact_sha256 ?? undefined,
  attestationId: row.attestation_id ?? undefined,
  name: row.name,
  format: row.format,
  tool: row.tool,
  toolVersion: row.tool_version ?? undefined,
  scanType: row.scan_type ?? undefined,
  target: row.target ?? undefined,
  reportUrl: row.report_url ?? undefined,
  counts: {
    critical: Number(row.critical_count),
    high: Number(row.high_count),
    medium: Number(row.medium_count),
    low: Number(row.low_count),
    unknown: Number(row.unknown_count),
  },
  statement: withStatement ? parseJson(row.statement, {}) : {},
  evidenceSha256: row.evidence_sha256 ?? undefined,
  scannedBy: row.scanned_by,
  createdAt: toIso(row.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Every column but the statement: what a list of scans reads. */
export const SUMMARY_COLUMNS = [
  'seq',
  'id',
  'trail_id',
  'artifact_sha256',
  'attestation_id',
  'name',
  'format',
  'tool',
  'tool_version',
  'scan_type',
  'target',
  'report_url',
  'critical_count',
  'high_count',
  'medium_count',
  'low_count',
  'unknown_count',
  'evidence_sha256',
  'scanned_by',
  'created_at',
];

/** From a trail's scans (summary columns), newest first: the latest of each name, oldest first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function latestScansOf(rowsNewestFirst: any[]): SecurityScan[] {
  const latest = new Map<string, SecurityScan>();
  for (const row of rowsNewestFirst)
    if (!latest.has(row.name)) latest.set(row.name, toScan(row, false));
  return [...latest.values()].reverse();
}

/** Parsed scanner reports of trails. */
export class SecurityScanStore {
  constructor(private readonly db: Knex) {}

  async record(input: SecurityScanInput): Promise<SecurityScan> {
    const row = {
      id: newId(),
      trail_id: input.trailId,
      artifact_sha256: input.artifactSha256 ?? null,
      attestation_id: input.attestationId ?? null,
      name: input.name,
      format: input.format,
      tool: input.tool,
      tool_version: input.toolVersion ?? null,
      scan_type: input.scanType ?? null,
      target: input.target ?? null,
      report_url: input.reportUrl ?? null,
      critical_count: input.counts.critical,
      high_count: input.counts.high,
      medium_count: input.counts.medium,
      low_count: input.counts.low,
      unknown_count: input.counts.unknown,
      statement: JSON.stringify(input.statement),
      evidence_sha256: input.evidenceSha256 ?? null,
      scanned_by: input.scannedBy,
      created_at: new Date(),
    };
    await this.db('security_scans').insert(row);
    return toScan(row);
  }

  async get(id: string): Promise<SecurityScan | undefined> {
    const row = await this.db('security_scans').where({ id }).first();
    return row && toScan(row);
  }

  /** A trail's scans in recording order, without their statements (GET by id has them). */
  async listByTrail(trailId: string, page: Page): Promise<SecurityScan[]> {
    const rows = await this.db('security_scans')
      .where({ trail_id: trailId })
      .orderBy('seq')
      .limit(page.limit)
      .offset(page.offset)
      .select(SUMMARY_COLUMNS);
    return rows.map(r => toScan(r, false));
  }

  /**
   * The scans that speak for an artifact of a trail: for each name, the latest one that is about
   * the whole trail or about this digest.
   */
  async latestFor(trailId: string, sha256: string): Promise<SecurityScan[]> {
    const rows = await this.db('security_scans')
      .where({ trail_id: trailId })
      .andWhere(q =>
        q.whereNull('artifact_sha256').orWhere('artifact_sha256', sha256),
      )
      .orderBy('seq', 'desc')
      .select(SUMMARY_COLUMNS);
    return latestScansOf(rows);
  }

  /** Totals over every recorded scan (OpenFactstore's summary, with `totalUnknown`). */
  async summary() {
    const row = await this.db('security_scans')
      .select(
        this.db.raw('count(*) as total_scans'),
        ...severitySums(this.db),
        this.db.raw(
          'coalesce(sum(case when critical_count > 0 then 1 else 0 end), 0) as with_critical',
        ),
      )
      .first();
    return {
      totalScans: Number(row.total_scans),
      totalCritical: Number(row.critical),
      totalHigh: Number(row.high),
      totalMedium: Number(row.medium),
      totalLow: Number(row.low),
      totalUnknown: Number(row.unknown),
      scansWithCritical: Number(row.with_critical),
    };
  }
}
