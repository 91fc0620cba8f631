/** The attestation that decides a requirement: the latest one recorded for it. */
export interface DecidingAttestation {
  id: string;
  type: string;
  name: string;
  status: 'PASSED' | 'FAILED' | 'PENDING';
  attestedBy: string;
  createdAt: string;
  evidenceSha256?: string;
}

export interface ApprovalState {
  id: string;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  decidedBy?: string;
}

export interface ComplianceInput {
  /** Attestation types (or names) the flow requires. */
  required: string[];
  /** For each requirement, its latest attestation in the trail (trail-wide or about this artifact). */
  latest: Map<string, DecidingAttestation | undefined>;
  requiresApproval: boolean;
  /** The most recent approval of the trail, if any. */
  approval?: ApprovalState;
}

export interface ComplianceResult {
  compliant: boolean;
  attestations: Array<{
    type: string;
    status: string;
    attestationId: string;
    name: string;
    recordedAt: string;
  }>;
  missingAttestations: string[];
  failedAttestations: string[];
  /** One sentence per reason the artifact is not compliant; empty when it is. */
  reasons: string[];
  approval?: ApprovalState;
}

/**
 * Decides compliance: every required type must have an attestation and the LATEST one of each must
 * have PASSED (a later FAILED overrides an earlier PASSED and vice versa); an approval, when the
 * flow requires one, must be APPROVED.
 */
export function evaluateCompliance(input: ComplianceInput): ComplianceResult {
  const attestations: ComplianceResult['attestations'] = [];
  const missing: string[] = [];
  const failed: string[] = [];
  const reasons: string[] = [];
  for (const requirement of input.required) {
    const latest = input.latest.get(requirement);
    if (!latest) {
      missing.push(requirement);
      reasons.push(`required attestation "${requirement}" is missing`);
      continue;
    }
    attestations.push({
      type: latest.type,
      name: latest.name,
      status: latest.status,
      attestationId: latest.id,
      recordedAt: latest.createdAt,
    });
    if (latest.status !== 'PASSED') {
      failed.push(requirement);
      reasons.push(
        `latest "${requirement}" attestation (${latest.id}, ${latest.createdAt}) is ${latest.status}`,
      );
    }
  }
  if (input.requiresApproval) {
    if (!input.approval)
      reasons.push('the flow requires an approval and none was requested');
    else if (input.approval.status !== 'APPROVED') {
      reasons.push(
        `the flow requires an approval and the latest one (${input.approval.id}) is ${input.approval.status}`,
      );
    }
  }
  return {
    compliant: reasons.length === 0,
    attestations,
    missingAttestations: missing,
    failedAttestations: failed,
    reasons,
    ...(input.approval ? { approval: input.approval } : {}),
  };
}
