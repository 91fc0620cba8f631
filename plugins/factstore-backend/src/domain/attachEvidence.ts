import { ConflictError, NotFoundError } from '@backstage/errors';
import type { FactStore } from '../database/FactStore';
import { readEvidence, type EvidenceReading } from '../evidence/readEvidence';
import { ReportParseError } from '../evidence/scanReport';
import { junitVerdict, scanVerdict, type Verdict } from '../evidence/verdicts';
import { attestationTypeKey } from './attestationType';
import { formatDigest } from './digest';
import { recordScan } from './recordScan';
import { thresholdsOf } from './securityThresholds';

export interface EvidenceFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

/**
 * Attaches an evidence file to an attestation (once) and lets it decide: a JUnit report fails the
 * attestation on any failure or error, a scanner report when it breaks the flow's security
 * thresholds (and is recorded as a scan of the trail); the claimed status is kept beside.
 * Reading the file first means a report that does not parse stores nothing.
 */
export async function attachEvidence(
  tx: FactStore,
  target: { trailId: string; attestationId: string; actor: string },
  file: EvidenceFile,
) {
  const { trailId, attestationId: id } = target;
  const attestation = await tx.attestations.get(id);
  if (!attestation || attestation.trailId !== trailId)
    throw new NotFoundError(`No attestation ${id} in trail ${trailId}`);
  if (attestation.evidence)
    throw new ConflictError(
      `Attestation ${id} already has evidence ${formatDigest(attestation.evidence.sha256)}`,
    );
  const reading: EvidenceReading = await readEvidence(
    file.content,
    attestation,
  );
  // A junit attestation's claim (of a type spelled in any case) stands only on a report that was
  // read (fail closed).
  if (
    attestationTypeKey(attestation.type) === 'junit' &&
    reading.kind !== 'junit'
  )
    throw new ReportParseError(
      'junit',
      'the evidence of a junit attestation must be a JUnit XML report, a gzip of one, or a tar(.gz) holding *.xml reports, within 64 MiB unpacked',
    );
  const claimed = attestation.claimedStatus ?? attestation.status;
  let verdict: Verdict | undefined;
  if (reading.kind === 'junit') verdict = junitVerdict(claimed, reading.junit);
  if (reading.kind === 'scan') {
    const trail = (await tx.trails.get(trailId))!;
    verdict = scanVerdict(
      claimed,
      reading.scan.scanner.name,
      reading.scan.counts,
      await thresholdsOf(tx, trail.flowId),
    );
  }
  await tx.evidence.put(file.sha256, file.content, file.mimeType);
  const evidence = {
    sha256: file.sha256,
    fileName: file.fileName,
    sizeBytes: file.content.length,
  };
  const scan =
    reading.kind === 'scan'
      ? await recordScan(tx, reading.scan, {
          trailId,
          artifactSha256: attestation.artifactSha256,
          attestationId: id,
          name: attestation.name,
          evidenceSha256: file.sha256,
          actor: target.actor,
        })
      : undefined;
  await tx.attestations.attachEvidence(
    id,
    evidence,
    {
      ...attestation.details,
      ...(reading.kind === 'junit' ? { junit: reading.junit } : {}),
      ...(scan ? { securityScanId: scan.id } : {}),
    },
    verdict && {
      status: verdict.status,
      claimedStatus: verdict.claimedStatus,
      statusReason: verdict.reason,
    },
  );
  return {
    attestationId: id,
    sha256: formatDigest(file.sha256),
    fileName: file.fileName,
    sizeBytes: file.content.length,
    ...(reading.kind === 'junit' ? { junit: reading.junit } : {}),
    ...(scan
      ? {
          securityScan: {
            id: scan.id,
            format: scan.format,
            tool: scan.tool,
            counts: scan.counts,
          },
        }
      : {}),
    status: verdict?.status ?? attestation.status,
    ...(verdict
      ? { claimedStatus: verdict.claimedStatus, statusReason: verdict.reason }
      : {}),
  };
}
