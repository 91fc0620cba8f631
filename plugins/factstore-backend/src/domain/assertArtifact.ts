import type { Approval } from '../database/ApprovalStore';
import type { ArtifactInFlow } from '../database/ArtifactStore';
import type { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import type { SecurityScan } from '../database/SecurityScanStore';
import type { SeverityLimits } from '../evidence/verdicts';
import {
  evaluateCompliance,
  type ComplianceResult,
  type DecidingAttestation,
} from './compliance';
import { formatDigest } from './digest';
import {
  checkScans,
  DEFAULT_THRESHOLDS,
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

/** What assert decides with, as read from the store. */
export interface AssertFacts {
  /** The artifact's most recent report in the flow. */
  artifact?: ArtifactInFlow;
  /** For each required type, its latest attestation (trail-wide or about the artifact). */
  latest: Map<string, DecidingAttestation | undefined>;
  /** The trail's latest approval, read when the flow requires one. */
  approval?: Approval;
  /** The latest scan of each name that speaks for the artifact. */
  scans: SecurityScan[];
  /** The flow's own thresholds (null: none set), read when there are scans to check. */
  thresholds?: SeverityLimits | null;
}

/**
 * Reads what assert decides with: the trail where the artifact was reported last, the latest
 * attestation for each required type (trail-wide or about this artifact), the trail's latest
 * approval when the flow requires one, and the scans with the flow's thresholds.
 */
export async function readAssertFacts(
  store: FactStore,
  flow: Flow,
  sha256: string,
  /** The artifact's latest report in the flow, when the caller read it already. */
  reported?: { artifact: ArtifactInFlow | undefined },
): Promise<AssertFacts> {
  const artifact = reported
    ? reported.artifact
    : await store.artifacts.latestInFlow(sha256, { flowId: flow.id });
  if (!artifact) return { latest: new Map(), scans: [] };
  const trailId = artifact.trailId;
  const [latest, approval, scans] = await store.all([
    // One statement for every requirement.
    () =>
      store.attestations.latestForEach(
        trailId,
        flow.requiredAttestations,
        sha256,
      ),
    async () =>
      flow.requiresApproval
        ? await store.approvals.latestForTrail(trailId)
        : undefined,
    () => store.scans.latestFor(trailId, sha256),
  ] as const);
  const thresholds =
    scans.length > 0
      ? ((await store.flows.getThresholds(flow.id)) ?? null)
      : undefined;
  return { artifact, latest, approval, scans, thresholds };
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
  return assertionOf(
    flow,
    sha256,
    verifierId,
    await readAssertFacts(store, flow, sha256),
    checkedAt,
  );
}

/** The assertion the facts give, as of `checkedAt`. */
export function assertionOf(
  flow: Flow,
  sha256: string,
  verifierId: string,
  facts: AssertFacts,
  checkedAt: string,
): Assertion {
  const { artifact, approval } = facts;
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
    result = evaluateCompliance({
      required: flow.requiredAttestations,
      latest: facts.latest,
      requiresApproval: flow.requiresApproval,
      approval: approval && {
        id: approval.id,
        status: approval.status,
        decidedBy: approval.decidedBy,
      },
    });
    securityScans = checkScans(
      facts.scans,
      facts.thresholds ?? DEFAULT_THRESHOLDS,
    );
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
