import type { Artifact } from '../../database/ArtifactStore';
import type { LatestAttestation } from '../../database/AttestationStore';
import type { FactStore } from '../../database/FactStore';
import type { Control, Mapping } from '../../database/FrameworkStore';
import type { Trail } from '../../database/TrailStore';
import { answeringLookup } from '../attestationType';
import { complianceOfTrails } from '../complianceOfTrails';
import { checkSecurityThresholds } from '../securityThresholds';
import {
  describeRequirement,
  isArtifactRequirement,
  parseRequirement,
  type Requirement,
} from './requirements';

export type ControlStatus = 'PASS' | 'FAIL' | 'NOT_APPLICABLE';

/** One requirement checked on one trail (or one of its artifacts), with what decided it. */
export interface Evidence {
  requirement: string;
  mandatory: boolean;
  status: ControlStatus;
  trailId?: string;
  sha256?: string;
  /** The record that decided: an attestation, approval, provenance, gate result or scan. */
  source?: { type: string; id: string };
  detail: string;
}

export interface ControlResult {
  controlId: string;
  title: string;
  status: ControlStatus;
  /** OpenFactstore's lists: the requirements met, and those not met. */
  satisfiedBy: string[];
  missingEvidence: string[];
  evidence: Evidence[];
}

/** What an assessment looks at: trails, each with the artifacts in scope. */
export interface AssessedTrail {
  trail: Trail;
  /** The trail's artifacts in scope (an environment assesses only what runs there). */
  artifacts: Artifact[];
}

/** What is in scope but cannot be assessed, e.g. a digest running that no trail reported. */
export interface UnreportedArtifact {
  sha256: string;
  name: string;
}

interface Facts {
  /** Per trail, the latest attestation of every (type, name, artifact), oldest first. */
  latest: Map<string, LatestAttestation[]>;
  approvals: Awaited<ReturnType<FactStore['approvals']['latestForTrails']>>;
  provenance: Awaited<
    ReturnType<FactStore['provenance']['latestForArtifacts']>
  >;
  gates: Awaited<ReturnType<FactStore['assessments']['latestGateResults']>>;
  trailCompliance: Awaited<ReturnType<typeof complianceOfTrails>>;
}

const pass = (e: Omit<Evidence, 'status'>): Evidence => ({
  ...e,
  status: 'PASS',
});
const fail = (e: Omit<Evidence, 'status'>): Evidence => ({
  ...e,
  status: 'FAIL',
});

function mappingRequirement(m: Mapping): Requirement {
  switch (m.evidenceKind) {
    case 'APPROVAL':
      return { kind: 'APPROVAL' };
    case 'POLICY':
      return { kind: 'POLICY', policyId: m.policyId ?? undefined };
    case 'PROVENANCE':
      return { kind: 'PROVENANCE', minSlsaLevel: m.minSlsaLevel ?? 1 };
    case 'SECURITY_SCAN':
      return { kind: 'SECURITY_SCAN' };
    default:
      return { kind: 'ATTESTATION', attestationType: m.attestationType ?? '' };
  }
}

/** The latest attestation answering a type in a trail: by type (any case) or name, trail-wide or about these digests. */
function latestAttestation(
  latest: LatestAttestation[],
  type: string,
  digests: Set<string>,
) {
  return answeringLookup(
    latest.filter(a => !a.artifactSha256 || digests.has(a.artifactSha256)),
  )(type);
}

async function checkTrail(
  store: FactStore,
  r: Requirement,
  mandatory: boolean,
  { trail, artifacts }: AssessedTrail,
  facts: Facts,
): Promise<Evidence[]> {
  const base = {
    requirement: describeRequirement(r),
    mandatory,
    trailId: trail.id,
  };
  if (isArtifactRequirement(r) && artifacts.length === 0)
    return [
      {
        ...base,
        status: 'NOT_APPLICABLE',
        detail: `trail ${trail.name} has no artifact in scope`,
      },
    ];
  switch (r.kind) {
    case 'ATTESTATION': {
      const found = latestAttestation(
        facts.latest.get(trail.id) ?? [],
        r.attestationType,
        new Set(artifacts.map(a => a.sha256)),
      );
      if (!found)
        return [
          fail({
            ...base,
            detail: `no ${r.attestationType} attestation in trail ${trail.name}`,
          }),
        ];
      const e = {
        ...base,
        source: { type: 'attestation', id: found.id },
        detail: `latest ${r.attestationType} attestation in trail ${trail.name} is ${found.status}`,
      };
      return [found.status === 'PASSED' ? pass(e) : fail(e)];
    }
    case 'APPROVAL': {
      const approval = facts.approvals.get(trail.id);
      if (!approval)
        return [
          fail({ ...base, detail: `no approval in trail ${trail.name}` }),
        ];
      const e = {
        ...base,
        source: { type: 'approval', id: approval.id },
        detail: `latest approval in trail ${trail.name} is ${approval.status}${approval.decidedBy ? ` (by ${approval.decidedBy})` : ''}`,
      };
      return [approval.status === 'APPROVED' ? pass(e) : fail(e)];
    }
    case 'TRAIL_COMPLIANT': {
      const c = facts.trailCompliance.get(trail.id);
      const e = {
        ...base,
        source: { type: 'trail', id: trail.id },
        detail: `trail ${trail.name} is ${c?.status ?? 'unknown'}`,
      };
      return [c?.status === 'COMPLIANT' ? pass(e) : fail(e)];
    }
    case 'PROVENANCE':
      return artifacts.map(a => {
        const p = facts.provenance.get(a.id);
        const e = { ...base, sha256: a.sha256 };
        if (!p)
          return fail({ ...e, detail: `no provenance recorded for ${a.name}` });
        const detail = `provenance of ${a.name} reaches SLSA Build L${p.slsaLevel} (${p.provenanceStatus}, builder ${p.builderId}); L${r.minSlsaLevel} required`;
        const ev = { ...e, source: { type: 'provenance', id: p.id }, detail };
        return p.slsaLevel >= r.minSlsaLevel ? pass(ev) : fail(ev);
      });
    case 'POLICY':
      return artifacts.map(a => {
        const gate = facts.gates.get(a.sha256);
        const e = { ...base, sha256: a.sha256 };
        if (!gate)
          return fail({
            ...e,
            detail: `${a.name} was never evaluated by the deployment gate`,
          });
        const source = { type: 'gateResult', id: gate.id };
        if (!r.policyId) {
          const ev = {
            ...e,
            source,
            detail: `latest gate evaluation of ${a.name} ${gate.allowed ? 'allowed' : 'denied'} it`,
          };
          return gate.allowed ? pass(ev) : fail(ev);
        }
        const reason = gate.reasons.find(x => x.policyId === r.policyId);
        if (!reason)
          return fail({
            ...e,
            source,
            detail: `policy ${r.policyId} was not evaluated in the latest gate evaluation of ${a.name}`,
          });
        const ev = {
          ...e,
          source,
          detail: `policy ${r.policyId}: ${reason.message}`,
        };
        return reason.passed ? pass(ev) : fail(ev);
      });
    default: {
      const out: Evidence[] = [];
      for (const a of artifacts) {
        const checks = await checkSecurityThresholds(store, {
          flowId: trail.flowId,
          trailId: trail.id,
          sha256: a.sha256,
        });
        const e = { ...base, sha256: a.sha256 };
        if (checks.length === 0)
          out.push(fail({ ...e, detail: `no security scan of ${a.name}` }));
        else
          for (const c of checks)
            out.push(
              (c.passed ? pass : fail)({
                ...e,
                source: { type: 'securityScan', id: c.scanId },
                detail: c.message,
              }),
            );
      }
      return out;
    }
  }
}

async function gatherFacts(
  store: FactStore,
  scope: AssessedTrail[],
  needs: Set<Requirement['kind']>,
): Promise<Facts> {
  const trailIds = scope.map(s => s.trail.id);
  const latest = new Map<string, LatestAttestation[]>();
  if (needs.has('ATTESTATION')) {
    // Oldest first, as answeringLookup reads them (latestOfTrails returns them unordered).
    const oldestFirst = (
      await store.attestations.latestOfTrails(trailIds)
    ).sort((x, y) => x.seq - y.seq);
    for (const a of oldestFirst) {
      const list = latest.get(a.trailId) ?? [];
      list.push(a);
      latest.set(a.trailId, list);
    }
  }
  const artifacts = scope.flatMap(s => s.artifacts);
  return {
    latest,
    approvals: needs.has('APPROVAL')
      ? await store.approvals.latestForTrails(trailIds)
      : new Map(),
    provenance: needs.has('PROVENANCE')
      ? await store.provenance.latestForArtifacts(artifacts.map(a => a.id))
      : new Map(),
    gates: needs.has('POLICY')
      ? await store.assessments.latestGateResults([
          ...new Set(artifacts.map(a => a.sha256)),
        ])
      : new Map(),
    trailCompliance: needs.has('TRAIL_COMPLIANT')
      ? await complianceOfTrails(
          store,
          scope.map(s => s.trail),
        )
      : new Map(),
  };
}

/** A control's status from its evidence: any mandatory FAIL fails it; nothing applicable is N/A. */
function decide(evidence: Evidence[]): ControlStatus {
  if (evidence.some(e => e.mandatory && e.status === 'FAIL')) return 'FAIL';
  if (evidence.some(e => e.status === 'PASS')) return 'PASS';
  return 'NOT_APPLICABLE';
}

/**
 * Assesses trails against a framework's controls. A control's requirements are its own
 * `requiredEvidenceTypes` (for every flow) and the mappings to it (for their flow, or every
 * flow); each is checked on every trail in scope, and for artifact requirements on every
 * artifact in scope. A digest in scope that no trail reported fails every applicable control.
 */
export async function assessControls(
  store: FactStore,
  controls: Control[],
  mappings: Mapping[],
  scope: AssessedTrail[],
  unreported: UnreportedArtifact[] = [],
): Promise<ControlResult[]> {
  const own = new Map(
    controls.map(c => [
      c.id,
      c.requiredEvidenceTypes
        .map(parseRequirement)
        .filter((r): r is Requirement => !!r),
    ]),
  );
  const needs = new Set<Requirement['kind']>([
    ...[...own.values()].flat().map(r => r.kind),
    ...mappings.map(m => mappingRequirement(m).kind),
  ]);
  const facts = await gatherFacts(store, scope, needs);
  const results: ControlResult[] = [];
  for (const control of controls) {
    const evidence: Evidence[] = [];
    const mapped = mappings.filter(m => m.regulatoryControlId === control.id);
    for (const item of scope) {
      const requirements: Array<[Requirement, boolean]> = [
        ...(own.get(control.id) ?? []).map(
          r => [r, true] as [Requirement, boolean],
        ),
        ...mapped
          .filter(m => m.flowId === null || m.flowId === item.trail.flowId)
          .map(
            m =>
              [mappingRequirement(m), m.isMandatory] as [Requirement, boolean],
          ),
      ];
      for (const [r, mandatory] of requirements)
        evidence.push(...(await checkTrail(store, r, mandatory, item, facts)));
    }
    const hasRequirements =
      (own.get(control.id) ?? []).length > 0 || mapped.length > 0;
    if (hasRequirements)
      for (const u of unreported)
        evidence.push({
          requirement: 'reported',
          mandatory: true,
          status: 'FAIL',
          sha256: u.sha256,
          detail: `${u.name} (sha256:${u.sha256}) runs in scope but no trail reported it: it has no evidence`,
        });
    const status = hasRequirements ? decide(evidence) : 'NOT_APPLICABLE';
    results.push({
      controlId: control.controlId,
      title: control.title,
      status,
      satisfiedBy: [
        ...new Set(
          evidence.filter(e => e.status === 'PASS').map(e => e.requirement),
        ),
      ],
      missingEvidence: [
        ...new Set(
          evidence
            .filter(e => e.status === 'FAIL' && e.mandatory)
            .map(e => e.requirement),
        ),
      ],
      evidence: hasRequirements
        ? evidence
        : [
            {
              requirement: 'none',
              mandatory: false,
              status: 'NOT_APPLICABLE',
              detail:
                'no evidence is mapped to this control (add requiredEvidenceTypes or a compliance mapping)',
            },
          ],
    });
  }
  return results;
}

/** The assessment's overall verdict from its controls. */
export function overallStatus(results: ControlResult[]) {
  const passed = results.filter(r => r.status === 'PASS').length;
  const failed = results.filter(r => r.status === 'FAIL').length;
  const notApplicable = results.length - passed - failed;
  let status: 'COMPLIANT' | 'NON_COMPLIANT' | 'PARTIAL' | 'NOT_APPLICABLE';
  if (passed === 0 && failed === 0) status = 'NOT_APPLICABLE';
  else if (failed === 0) status = 'COMPLIANT';
  else if (passed === 0) status = 'NON_COMPLIANT';
  else status = 'PARTIAL';
  return { status, counts: { passed, failed, notApplicable } };
}
