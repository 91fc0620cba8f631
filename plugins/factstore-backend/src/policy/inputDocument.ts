import type { Environment } from '../database/EnvironmentStore';
import type { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import { assertionOf } from '../domain/assertArtifact';
import { answeringLookup, attestationTypeKey } from '../domain/attestationType';
import type { ComplianceResult } from '../domain/compliance';
import { formatDigest } from '../domain/digest';
import { isAllowlisted } from '../domain/recordSnapshot';
import type { SeverityCounts } from '../evidence/findings';
import { assertFactsOf, readInputs, type InputReads } from './inputReads';

/** The top-level fields of the input document, which CEL also binds as variables. */
export const INPUT_VARIABLES = [
  'artifact',
  'flow',
  'trail',
  'attestations',
  'latestAttestation',
  'compliance',
  'scans',
  'thresholds',
  'approvals',
  'environment',
  'snapshot',
  'request',
] as const;

/** An attestation as a policy sees it. */
export interface InputAttestation {
  id: string;
  type: string;
  name: string;
  /** The status evidence decided (or the one claimed, where no evidence decides). */
  status: string;
  /** What the client claimed, when evidence overrode it. */
  claimedStatus?: string;
  statusReason?: string;
  /** Null: about the whole trail. */
  artifactSha256: string | null;
  evidenceSha256: string | null;
  attestedBy: string;
  createdAt: string;
}

export interface InputScan {
  id: string;
  name: string;
  format: string;
  tool: string;
  toolVersion: string | null;
  scanType: string | null;
  artifactSha256: string | null;
  counts: SeverityCounts;
  scannedBy: string;
  createdAt: string;
}

/**
 * The one document every policy reads, CEL and Rego alike (as `input`). Everything absent is
 * null rather than missing, so `input.artifact == null` (CEL) and `input.artifact == null` (Rego)
 * both work without `has()`.
 */
export interface InputDocument {
  /** The artifact's most recent report (in the flow, when one is given); null if never reported. */
  artifact: {
    id: string;
    name: string;
    sha256: string;
    digest: string;
    tag: string | null;
    registry: string | null;
    reportedBy: string;
    reportedAt: string;
  } | null;
  flow: {
    id: string;
    org: string;
    name: string;
    requiredAttestations: string[];
    requiresApproval: boolean;
    tags: Record<string, string>;
  } | null;
  trail: {
    id: string;
    name: string;
    gitCommitSha: string | null;
    gitBranch: string | null;
    gitAuthor: string | null;
    pullRequestNumber: number | null;
    buildUrl: string | null;
    createdAt: string;
  } | null;
  /** The latest attestation of each (type, name), trail-wide or about this artifact, oldest first. */
  attestations: InputAttestation[];
  /** By type and by name: the latest attestation answering it (the one assert decides with). */
  latestAttestation: Record<string, InputAttestation>;
  /** The flow's own verdict on the artifact (what assert answers). */
  compliance: {
    compliant: boolean;
    missingAttestations: string[];
    failedAttestations: string[];
    reasons: string[];
  } | null;
  /**
   * The parsed security scans that speak for the artifact (per name, the latest about the whole
   * trail or this digest; oldest first), the same set assert and the gate apply thresholds to.
   */
  scans: InputScan[];
  /** The flow's security thresholds (null maxLow: unlimited). */
  thresholds: {
    maxCritical: number;
    maxHigh: number;
    maxMedium: number;
    maxLow: number | null;
  } | null;
  /** The trail's approvals, newest first. */
  approvals: Array<{
    id: string;
    status: string;
    requestedBy: string;
    decidedBy: string | null;
    decidedAt: string | null;
  }>;
  environment: {
    id: string;
    org: string;
    name: string;
    type: string;
    /** The digest is on the environment's allow-list. */
    allowlisted: boolean;
  } | null;
  /** The environment's latest snapshot, and whether the digest runs in it. */
  snapshot: {
    index: number;
    recordedAt: string;
    artifacts: Array<{ name: string; sha256: string }>;
    containsArtifact: boolean;
  } | null;
  request: {
    sha256: string;
    digest: string;
    actor: string;
    evaluatedAt: string;
  };
}

const orNull = <T>(value: T | undefined): T | null =>
  value === undefined ? null : value;

/**
 * Builds the input document for a decision about `sha256` (deployed to `environment`, within
 * `flow` when given). `compliance` is passed by callers that already asserted; `read` by callers
 * that already made the reads (as assert does), which are then not made again.
 */
export async function buildInputDocument(
  store: FactStore,
  request: {
    sha256: string;
    actor: string;
    flow?: Flow;
    org?: string;
    environment?: Environment;
    compliance?: ComplianceResult;
    read?: InputReads;
  },
): Promise<InputDocument> {
  const evaluatedAt = new Date().toISOString();
  const reads = request.read ?? (await readInputs(store, request));
  const {
    artifact: reported,
    flow,
    trail,
    latest,
    approvals,
    thresholds,
    allowlist,
    snapshot,
    scans,
  } = reads;

  // The flow's verdict, as assert gives it, from the same reads, unless the caller has it.
  const compliance =
    request.compliance ??
    (flow && reported
      ? assertionOf(
          flow,
          request.sha256,
          '',
          assertFactsOf(reads, flow),
          evaluatedAt,
        )
      : undefined);

  // latestAbout answers them oldest first.
  const attestations: InputAttestation[] = latest.map(a => {
    const derived = a as typeof a & {
      claimedStatus?: string;
      statusReason?: string;
    };
    return {
      id: a.id,
      type: a.type,
      name: a.name,
      status: a.status,
      ...(derived.claimedStatus
        ? { claimedStatus: derived.claimedStatus }
        : {}),
      ...(derived.statusReason ? { statusReason: derived.statusReason } : {}),
      artifactSha256: a.artifactSha256 ?? null,
      evidenceSha256: a.evidenceSha256 ?? null,
      attestedBy: a.attestedBy,
      createdAt: a.createdAt,
    };
  });
  // Each type as spelled, in lower and (built-in types) upper case, and each name: the latest
  // attestation answering it, as assert decides (a type in any case, a name exactly). A rule
  // written for Kosli (`latestAttestation.junit`) or for OpenFactstore (`latestAttestation.JUNIT`)
  // reads the same attestation whichever client sent it.
  const answering = answeringLookup(attestations);
  const latestAttestation: Record<string, InputAttestation> = {};
  for (const a of attestations)
    for (const key of [a.type, ...typeSpellings(a.type), a.name])
      latestAttestation[key] = answering(key)!;

  const allowlisted = request.environment
    ? isAllowlisted(allowlist, {
        name: reported?.name ?? '',
        sha256: request.sha256,
      })
    : false;

  return {
    artifact: reported
      ? {
          id: reported.id,
          name: reported.name,
          sha256: reported.sha256,
          digest: formatDigest(reported.sha256),
          tag: orNull(reported.tag),
          registry: orNull(reported.registry),
          reportedBy: reported.reportedBy,
          reportedAt: reported.reportedAt,
        }
      : null,
    flow: flow
      ? {
          id: flow.id,
          org: flow.org,
          name: flow.name,
          requiredAttestations: flow.requiredAttestations,
          requiresApproval: flow.requiresApproval,
          tags: flow.tags,
        }
      : null,
    trail: trail
      ? {
          id: trail.id,
          name: trail.name,
          gitCommitSha: orNull(trail.gitCommitSha),
          gitBranch: orNull(trail.gitBranch),
          gitAuthor: orNull(trail.gitAuthor),
          pullRequestNumber: orNull(trail.pullRequestNumber),
          buildUrl: orNull(trail.buildUrl),
          createdAt: trail.createdAt,
        }
      : null,
    attestations,
    latestAttestation,
    compliance: compliance
      ? {
          compliant: compliance.compliant,
          missingAttestations: compliance.missingAttestations,
          failedAttestations: compliance.failedAttestations,
          reasons: compliance.reasons,
        }
      : null,
    scans: scans.map(scan => ({
      id: scan.id,
      name: scan.name,
      format: scan.format,
      tool: scan.tool,
      toolVersion: orNull(scan.toolVersion),
      scanType: orNull(scan.scanType),
      artifactSha256: orNull(scan.artifactSha256),
      counts: scan.counts,
      scannedBy: scan.scannedBy,
      createdAt: scan.createdAt,
    })),
    thresholds: thresholds
      ? {
          maxCritical: thresholds.maxCritical,
          maxHigh: thresholds.maxHigh,
          maxMedium: thresholds.maxMedium,
          maxLow: thresholds.maxLow,
        }
      : null,
    approvals: approvals.map(a => ({
      id: a.id,
      status: a.status,
      requestedBy: a.requestedBy,
      decidedBy: orNull(a.decidedBy),
      decidedAt: orNull(a.decidedAt),
    })),
    environment: request.environment
      ? {
          id: request.environment.id,
          org: request.environment.org,
          name: request.environment.name,
          type: request.environment.type,
          allowlisted,
        }
      : null,
    snapshot: snapshot
      ? {
          index: snapshot.index,
          recordedAt: snapshot.recordedAt,
          artifacts: snapshot.artifacts.map(a => ({
            name: a.name,
            sha256: a.sha256,
          })),
          containsArtifact: snapshot.artifacts.some(
            a => a.sha256 === request.sha256,
          ),
        }
      : null,
    request: {
      sha256: request.sha256,
      digest: formatDigest(request.sha256),
      actor: request.actor,
      evaluatedAt,
    },
  };
}

/** The spellings rules use for a type: its key, and a built-in type's upper case. */
function typeSpellings(type: string): string[] {
  const key = attestationTypeKey(type);
  return key.startsWith('custom:') ? [key] : [key, key.toUpperCase()];
}
