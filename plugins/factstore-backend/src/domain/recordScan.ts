import type { FactStore } from '../database/FactStore';
import type { SecurityScan } from '../database/SecurityScanStore';
import type { ScanReport } from '../evidence/scanReport';
import { vulnsStatement } from '../evidence/vulnsStatement';
import { formatDigest } from './digest';

/** Where a scan belongs and what else is known of it. */
export interface ScanContext {
  trailId: string;
  artifactSha256?: string;
  attestationId?: string;
  /** Defaults to the scanner's name, lower-cased. */
  name?: string;
  scanType?: string;
  reportUrl?: string;
  evidenceSha256?: string;
  actor: string;
}

/** Stores a parsed report as a scan of a trail: its counts and its in-toto vulns statement. */
export async function recordScan(
  tx: FactStore,
  report: ScanReport,
  context: ScanContext,
): Promise<SecurityScan> {
  const recordedAt = new Date().toISOString();
  const subjectName =
    report.target ??
    (context.artifactSha256
      ? formatDigest(context.artifactSha256)
      : `factstore:trail/${context.trailId}`);
  return tx.scans.record({
    trailId: context.trailId,
    artifactSha256: context.artifactSha256,
    attestationId: context.attestationId,
    name: context.name ?? report.scanner.name.toLowerCase(),
    format: report.format,
    tool: report.scanner.name,
    toolVersion: report.scanner.version,
    scanType: context.scanType,
    target: report.target,
    reportUrl: context.reportUrl,
    counts: report.counts,
    statement: vulnsStatement(
      report,
      { name: subjectName, sha256: context.artifactSha256 },
      recordedAt,
    ),
    evidenceSha256: context.evidenceSha256,
    scannedBy: context.actor,
  });
}
