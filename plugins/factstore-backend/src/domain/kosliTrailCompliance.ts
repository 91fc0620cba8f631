import type { AttestationCompliance, TrailCompliance } from './trailCompliance';

/** PASSED true, FAILED false, PENDING or MISSING null (Kosli's "pending"/"missing"). */
const COMPLIANT_BY_RESULT: Record<string, boolean> = {
  PASSED: true,
  FAILED: false,
};
const isCompliant = (result: AttestationCompliance['result']) =>
  result ? (COMPLIANT_BY_RESULT[result] ?? null) : null;

const attestationStatuses = (attestations: AttestationCompliance[]) =>
  attestations.map(a => ({
    attestation_name: a.name,
    attestation_type: a.type,
    attestation_id: a.attestationId ?? null,
    overridden_attestation_id: null,
    status: a.status,
    is_compliant: isCompliant(a.result),
    unexpected: a.unexpected,
  }));

/**
 * A trail's compliance in the fields Kosli's `GET /api/v2/trails/{org}/{flow}/{trail}` answers
 * (`compliance_state`, `is_compliant`, `compliance_status` with `attestations_statuses` and
 * `artifacts_statuses` keyed by template name), as `kosli get trail` reads them.
 */
export function kosliTrailCompliance(compliance: TrailCompliance) {
  // A Map, then own properties: template names are user input ("__proto__" stays a plain key).
  const artifacts = new Map<string, unknown>();
  for (const a of compliance.artifacts) {
    const key =
      artifacts.has(a.name) && a.sha256 ? `${a.name}@${a.sha256}` : a.name;
    artifacts.set(key, {
      artifact_fingerprint: a.sha256 ?? null,
      artifact_id: a.artifactId ?? null,
      status: a.status,
      is_compliant: a.status === 'MISSING' ? null : a.status === 'COMPLIANT',
      attestations_statuses: attestationStatuses(a.attestations),
      unexpected: a.unexpected,
    });
  }
  return {
    compliance_state: compliance.status,
    is_compliant: compliance.isCompliant,
    compliance_status: {
      status: compliance.status,
      is_compliant: compliance.isCompliant,
      attestations_statuses: attestationStatuses(compliance.attestations),
      artifacts_statuses: Object.fromEntries(artifacts),
      missing_attestations: compliance.missingAttestations,
      failed_attestations: compliance.failedAttestations,
      reasons: compliance.reasons,
    },
  };
}
