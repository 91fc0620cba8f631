import type { Artifact } from '../database/ArtifactStore';
import type { LatestAttestation } from '../database/AttestationStore';
import type { FlowComplianceRules } from '../database/FlowStore';
import { answersRequirement, sameAttestationType } from './attestationType';
import {
  evaluateCompliance,
  type ApprovalState,
  type DecidingAttestation,
} from './compliance';
import {
  parseFlowTemplate,
  type FlowTemplate,
  type TemplateEntry,
} from './flowTemplate';

/** Kosli's trail compliance states, with Kosli's spelling. */
export const TRAIL_COMPLIANCE_STATUSES = [
  'COMPLIANT',
  'NON-COMPLIANT',
  'INCOMPLETE',
] as const;
export type TrailComplianceStatus = (typeof TRAIL_COMPLIANCE_STATUSES)[number];

/** One attestation the trail or an artifact needs (or has without needing it: `unexpected`). */
export interface AttestationCompliance {
  name: string;
  type: string;
  /** COMPLETE when an attestation answers it, MISSING when none does (Kosli's values). */
  status: 'COMPLETE' | 'MISSING';
  /** The deciding attestation's own status. */
  result?: DecidingAttestation['status'];
  attestationId?: string;
  recordedAt?: string;
  unexpected: boolean;
}

export interface ArtifactCompliance {
  /** The template name it was reported under, else the artifact's name. */
  name: string;
  sha256?: string;
  artifactId?: string;
  /** MISSING: the template names this artifact and none was reported. */
  status: TrailComplianceStatus | 'MISSING';
  unexpected: boolean;
  attestations: AttestationCompliance[];
}

export interface TrailCompliance {
  status: TrailComplianceStatus;
  isCompliant: boolean;
  /** False when the flow requires nothing: then only failed attestations count. */
  hasRequirements: boolean;
  attestations: AttestationCompliance[];
  artifacts: ArtifactCompliance[];
  /** `name`, or `artifact.name` for an artifact's requirement. */
  missingAttestations: string[];
  failedAttestations: string[];
  /** One sentence per reason the trail is not compliant; empty when it is. */
  reasons: string[];
  approval?: ApprovalState;
}

export interface TrailComplianceInput {
  rules: FlowComplianceRules;
  /** The trail's artifacts, in reporting order. */
  artifacts: Artifact[];
  /** The latest attestation of every (type, name, artifact) of the trail. */
  latest: LatestAttestation[];
  approval?: ApprovalState;
}

type Candidate = (a: LatestAttestation) => boolean;

/** A requirement of one scope (the trail, or one artifact) and which attestations answer it. */
interface Requirement {
  entry: TemplateEntry;
  answers: Candidate;
}

/** By name exactly, or by type in any case (custom types as spelled). */
const answersName =
  (name: string): Candidate =>
  a =>
    answersRequirement(a, name);
const trailWide: Candidate = a => a.artifactSha256 === undefined;

type Requirements = { template: FlowTemplate; everyArtifact: string[] };
// One flow's rules object serves every trail of a page: its template is parsed once.
const requirementsByRules = new WeakMap<FlowComplianceRules, Requirements>();

/** The template's requirements, and the flow's required types no template entry names (v1: each artifact needs them). */
function requirementsOf(rules: FlowComplianceRules): Requirements {
  const known = requirementsByRules.get(rules);
  if (known) return known;
  const template = rules.templateYaml
    ? parseFlowTemplate(rules.templateYaml)
    : { trail: [], artifacts: [] };
  const named = [
    ...template.trail,
    ...template.artifacts.flatMap(a => a.attestations),
  ];
  const everyArtifact = rules.requiredAttestations.filter(
    r => !named.some(e => e.name === r || sameAttestationType(e.type, r)),
  );
  const requirements = { template, everyArtifact };
  requirementsByRules.set(rules, requirements);
  return requirements;
}

/** The latest attestation among those that answer (the latest one decides: Kosli's rule, and the assert's). */
function latestOf(
  latest: LatestAttestation[],
  answers: Candidate,
): LatestAttestation | undefined {
  let found: LatestAttestation | undefined;
  for (const a of latest)
    if (answers(a) && (!found || a.seq > found.seq)) found = a;
  return found;
}

/** Decides one scope with the assert's rule; `prefix` qualifies names and reasons of an artifact. */
function decideScope(
  requirements: Requirement[],
  latest: LatestAttestation[],
  prefix: string,
  approval?: { requiresApproval: boolean; state?: ApprovalState },
) {
  const deciding = new Map(
    requirements.map(r => [r.entry.name, latestOf(latest, r.answers)]),
  );
  const result = evaluateCompliance({
    required: requirements.map(r => r.entry.name),
    latest: deciding,
    requiresApproval: approval?.requiresApproval ?? false,
    approval: approval?.state,
  });
  const attestations = requirements.map((r): AttestationCompliance => {
    const decided = deciding.get(r.entry.name);
    return decided
      ? {
          ...r.entry,
          status: 'COMPLETE',
          result: decided.status,
          attestationId: decided.id,
          recordedAt: decided.createdAt,
          unexpected: false,
        }
      : { ...r.entry, status: 'MISSING', unexpected: false };
  });
  return {
    attestations,
    decidedIds: [...deciding.values()].flatMap(d => (d ? [d.id] : [])),
    missing: result.missingAttestations.map(n => prefix + n),
    failed: attestations
      .filter(a => a.result === 'FAILED')
      .map(a => prefix + a.name),
    reasons: result.reasons.map(reason =>
      prefix ? `artifact "${prefix.slice(0, -1)}": ${reason}` : reason,
    ),
  };
}

/** Worst first: a failure makes it NON-COMPLIANT, else anything missing or pending makes it INCOMPLETE. */
function statusOf(
  attestations: AttestationCompliance[],
  extra: Array<TrailComplianceStatus | 'MISSING'> = [],
): TrailComplianceStatus {
  if (
    attestations.some(a => a.result === 'FAILED') ||
    extra.includes('NON-COMPLIANT')
  )
    return 'NON-COMPLIANT';
  if (
    attestations.some(a => a.status === 'MISSING' || a.result === 'PENDING') ||
    extra.some(s => s === 'INCOMPLETE' || s === 'MISSING')
  )
    return 'INCOMPLETE';
  return 'COMPLIANT';
}

/**
 * A trail's compliance, as Kosli derives it from the flow template: every requirement of the trail
 * and of each artifact the template names is decided by the latest attestation that answers it (by
 * name, `artifact.name`, or type); the latest attestation of every other (name, artifact) counts
 * too (`unexpected`). NON-COMPLIANT when any of them FAILED (or the approval was rejected),
 * INCOMPLETE when a requirement, a template artifact or the approval is missing or pending,
 * COMPLIANT otherwise. Without a template only failed attestations count.
 */
export function evaluateTrailCompliance(
  input: TrailComplianceInput,
): TrailCompliance {
  const { template, everyArtifact } = requirementsOf(input.rules);
  const typeRequirements = (answers: (t: string) => Candidate): Requirement[] =>
    everyArtifact.map(t => ({
      entry: { name: t, type: t },
      answers: answers(t),
    }));

  // The trail itself: its template entries; the flow's required types too when no artifact was reported.
  const trailRequirements: Requirement[] = template.trail.map(entry => ({
    entry,
    answers: a => trailWide(a) && answersName(entry.name)(a),
  }));
  if (input.artifacts.length === 0)
    trailRequirements.push(
      ...typeRequirements(t => a => trailWide(a) && answersName(t)(a)),
    );
  const trail = decideScope(trailRequirements, input.latest, '', {
    requiresApproval: input.rules.requiresApproval,
    state: input.approval,
  });

  const decidedIds = new Set(trail.decidedIds);
  const missing = [...trail.missing];
  const failed = [...trail.failed];
  const reasons = [...trail.reasons];
  const artifacts: ArtifactCompliance[] = [];
  const reported: ArtifactCompliance[] = [];

  for (const artifact of input.artifacts) {
    const named = template.artifacts.find(
      t => t.name === artifact.templateReferenceName,
    );
    const name = artifact.templateReferenceName ?? artifact.name;
    const about: Candidate = a => a.artifactSha256 === artifact.sha256;
    const requirements: Requirement[] = [
      ...(named?.attestations ?? []).map(entry => ({
        entry,
        answers: (a: LatestAttestation) =>
          (about(a) &&
            (answersName(entry.name)(a) ||
              a.name === `${name}.${entry.name}`)) ||
          (trailWide(a) && a.name === `${name}.${entry.name}`),
      })),
      ...typeRequirements(
        t => a => (trailWide(a) || about(a)) && answersName(t)(a),
      ),
    ];
    const decided = decideScope(requirements, input.latest, `${name}.`);
    decided.decidedIds.forEach(id => decidedIds.add(id));
    missing.push(...decided.missing);
    failed.push(...decided.failed);
    reasons.push(...decided.reasons);
    const entry: ArtifactCompliance = {
      name,
      sha256: artifact.sha256,
      artifactId: artifact.id,
      status: 'COMPLIANT',
      unexpected: !!input.rules.templateYaml && !named,
      attestations: decided.attestations,
    };
    artifacts.push(entry);
    reported.push(entry);
  }

  for (const expected of template.artifacts) {
    if (input.artifacts.some(a => a.templateReferenceName === expected.name))
      continue;
    artifacts.push({
      name: expected.name,
      status: 'MISSING',
      unexpected: false,
      attestations: expected.attestations.map(e => ({
        ...e,
        status: 'MISSING',
        unexpected: false,
      })),
    });
    missing.push(
      ...expected.attestations.map(e => `${expected.name}.${e.name}`),
    );
    reasons.push(
      `artifact "${expected.name}" of the flow template was not reported`,
    );
  }

  // Every other attestation counts as Kosli's "unexpected" one: the latest of each (name, artifact).
  const slots = new Map<string, LatestAttestation>();
  for (const a of input.latest) {
    const key = `${a.artifactSha256 ?? ''}\u0000${a.name}`;
    const seen = slots.get(key);
    if (!seen || a.seq > seen.seq) slots.set(key, a);
  }
  const trailAttestations = [...trail.attestations];
  for (const a of [...slots.values()].sort((x, y) => x.seq - y.seq)) {
    if (decidedIds.has(a.id)) continue;
    const unexpected: AttestationCompliance = {
      name: a.name,
      type: a.type,
      status: 'COMPLETE',
      result: a.status,
      attestationId: a.id,
      recordedAt: a.createdAt,
      unexpected: true,
    };
    const scope = reported.find(r => r.sha256 === a.artifactSha256);
    (scope ? scope.attestations : trailAttestations).push(unexpected);
    if (a.status === 'FAILED') {
      failed.push(scope ? `${scope.name}.${a.name}` : a.name);
      reasons.push(
        `${scope ? `artifact "${scope.name}": ` : ''}latest "${a.name}" attestation (${a.id}, ${a.createdAt}) is FAILED`,
      );
    }
  }
  for (const artifact of reported)
    artifact.status = statusOf(artifact.attestations);

  const approvalStatus: TrailComplianceStatus[] = [];
  if (input.rules.requiresApproval && input.approval?.status !== 'APPROVED') {
    approvalStatus.push(
      input.approval?.status === 'REJECTED' ? 'NON-COMPLIANT' : 'INCOMPLETE',
    );
  }
  const status = statusOf(trailAttestations, [
    ...artifacts.map(a => a.status),
    ...approvalStatus,
  ]);
  return {
    status,
    isCompliant: status === 'COMPLIANT',
    hasRequirements:
      !!input.rules.templateYaml ||
      input.rules.requiredAttestations.length > 0 ||
      input.rules.requiresApproval,
    attestations: trailAttestations,
    artifacts,
    missingAttestations: missing,
    failedAttestations: failed,
    reasons,
    ...(input.approval ? { approval: input.approval } : {}),
  };
}
