import type { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import { evaluateCompliance, type ComplianceResult } from './compliance';
import { formatDigest } from './digest';
import {
  checkSecurityThresholds,
  type ThresholdCheck,
} from './securityThresholds';
import { verificationSummary } from './verificationSummary';

export interface Assertion extends ComplianceResult {
  flowId: string;
  flowName: string;
  sha256Digest: string;
  checkedAt: string;
  trailId?: string;
  trailName?: string;
  artifactName?: string;
  /** The latest scan of each name that speaks for the artifact, against the flow's thresholds. */
  securityScans: ThresholdCheck[];
  verificationSummary: ReturnType<typeof verificationSummary>;
}

/**
 * Is the artifact with this digest compliant with the flow? Looks at the trail where it was
 * reported last, takes the latest attestation for each required type (trail-wide or about this
 * artifact), and the trail's latest approval when the flow requires one.
 */
export async function assertArtifact(
  store: FactStore,
  flow: Flow,
  sha256: string,
  verifierId: string,
): Promise<Assertion> {
  const checkedAt = new Date().toISOString();
  const artifact = await store.artifacts.latestInFlow(sha256, {
    flowId: flow.id,
  });
  let result: ComplianceResult;
  let securityScans: ThresholdCheck[] = [];
  if (!artifact) {
    result = {
      compliant: false,
      attestations: [],
      missingAttestations: [...flow.requiredAttestations],
      failedAttestations: [],
      reasons: [
        `no artifact with digest ${formatDigest(sha256)} was reported to flow "${flow.name}"`,
      ],
    };
  } else {
    // One statement for every requirement; the rest one after another: inside a transaction (the
    // gate, a policy decision) they share one connection, and pg refuses overlapping queries.
    const latest = await store.attestations.latestForEach(
      artifact.trailId,
      flow.requiredAttestations,
      sha256,
    );
    const approval = flow.requiresApproval
      ? await store.approvals.latestForTrail(artifact.trailId)
      : undefined;
    result = evaluateCompliance({
      required: flow.requiredAttestations,
      latest,
      requiresApproval: flow.requiresApproval,
      approval: approval && {
        id: approval.id,
        status: approval.status,
        decidedBy: approval.decidedBy,
      },
    });
    securityScans = await checkSecurityThresholds(store, {
      flowId: flow.id,
      trailId: artifact.trailId,
      sha256,
    });
    const breaking = securityScans.filter(s => !s.passed);
    if (breaking.length > 0)
      result = {
        ...result,
        compliant: false,
        reasons: [
          ...result.reasons,
          ...breaking.map(s => `security thresholds: ${s.message}`),
        ],
      };
  }
  return {
    ...result,
    flowId: flow.id,
    flowName: flow.name,
    sha256Digest: formatDigest(sha256),
    checkedAt,
    trailId: artifact?.trailId,
    trailName: artifact?.trailName,
    artifactName: artifact?.name,
    securityScans,
    verificationSummary: verificationSummary({
      verifierId,
      artifactName: artifact?.name ?? formatDigest(sha256),
      sha256,
      policyUri: `factstore:flow/${flow.org}/${flow.name}`,
      inputAttestations: result.attestations.map(a => ({
        uri: `factstore:attestation/${a.attestationId}`,
      })),
      passed: result.compliant,
      timeVerified: checkedAt,
    }),
  };
}
