import type { FactStore } from '../database/FactStore';
import type { Environment } from '../database/EnvironmentStore';
import type { ArtifactInFlow } from '../database/ArtifactStore';
import type { DeploymentPolicy, GateResult } from '../database/PolicyStore';
import type { DecidingAttestation } from './compliance';
import { formatDigest } from './digest';
import { isAllowlisted } from './recordSnapshot';
import { checkSecurityThresholds } from './securityThresholds';

export type GateReason = GateResult['reasons'][number];

/** The gate's answer when no deployment policy applies: fail closed unless configured otherwise. */
export type GateWhenNoPolicy = 'deny' | 'allow';

/**
 * May the artifact with this digest be deployed to the environment? Every deployment policy that
 * applies (its flow and environment match, or are unset) is checked rule by rule; the answer lists
 * every rule with whether it passed and why. An allow-listed digest passes provenance.
 */
export async function evaluateGate(
  store: FactStore,
  input: {
    sha256: string;
    environment?: Environment;
    flowId?: string;
    org?: string;
    policies?: DeploymentPolicy[];
    /** What the gate answers when no deployment policy applies (`factstore.gate.whenNoPolicy`). */
    whenNoPolicy: GateWhenNoPolicy;
  },
): Promise<{
  allowed: boolean;
  reasons: GateReason[];
  artifact?: ArtifactInFlow;
}> {
  const artifact = await store.artifacts.latestInFlow(input.sha256, {
    flowId: input.flowId,
    org: input.org,
  });
  const flowId = artifact?.flowId ?? input.flowId;
  const policies =
    input.policies ??
    (await store.policies.applicable(flowId, input.environment?.id));
  const allowlisted = input.environment
    ? isAllowlisted(await store.environments.allowlist(input.environment.id), {
        name: artifact?.name ?? '',
        sha256: input.sha256,
      })
    : false;
  const reasons: GateReason[] = [];
  if (input.environment?.archived) {
    reasons.push({
      rule: 'environment',
      passed: false,
      message: `environment "${input.environment.name}" (${input.environment.id}) is archived: nothing is deployed to it until it is restored`,
    });
  }
  if (policies.length === 0) {
    const flow = flowId ? await store.flows.get(flowId) : undefined;
    const allowed = input.whenNoPolicy === 'allow';
    reasons.push({
      rule: 'policies',
      passed: allowed,
      message: `no deployment policy applies to ${flow ? `flow "${flow.name}" (${flow.id})` : `digest ${formatDigest(input.sha256)} of no known flow`} and ${input.environment ? `environment "${input.environment.name}" (${input.environment.id})` : 'no environment'}: ${allowed ? 'allowed, as factstore.gate.whenNoPolicy is "allow"' : 'denied (factstore.gate.whenNoPolicy is "deny"); create a deployment policy for them'}`,
    });
  }
  // Every required type of every policy, answered by one read (types in any case).
  const latestOf: Map<string, DecidingAttestation | undefined> = artifact
    ? await store.attestations.latestForEach(
        artifact.trailId,
        [...new Set(policies.flatMap(p => p.requiredAttestationTypes))],
        input.sha256,
      )
    : new Map();
  for (const policy of policies) {
    const about = { policyId: policy.id, policyName: policy.name };
    if (policy.enforceProvenance) {
      const passed = !!artifact || allowlisted;
      let message = `${formatDigest(input.sha256)} was never reported to a trail${input.flowId ? ' of this flow' : ''}`;
      if (artifact)
        message = `${formatDigest(input.sha256)} was reported in trail "${artifact.trailName}"`;
      else if (allowlisted)
        message = `${formatDigest(input.sha256)} is on the environment's allow-list`;
      reasons.push({ ...about, rule: 'provenance', passed, message });
    }
    for (const type of policy.requiredAttestationTypes) {
      const latest = latestOf.get(type);
      reasons.push({
        ...about,
        rule: `attestation:${type}`,
        passed: latest?.status === 'PASSED',
        message: latest
          ? `latest "${type}" attestation (${latest.id}) is ${latest.status}`
          : `no "${type}" attestation`,
      });
    }
    if (policy.enforceApprovals) {
      const approval = artifact
        ? await store.approvals.latestForTrail(artifact.trailId)
        : undefined;
      reasons.push({
        ...about,
        rule: 'approval',
        passed: approval?.status === 'APPROVED',
        message: approval
          ? `latest approval (${approval.id}) is ${approval.status}${approval.decidedBy ? ` by ${approval.decidedBy}` : ''}`
          : 'no approval was requested',
      });
    }
  }
  if (artifact) {
    const checks = await checkSecurityThresholds(store, {
      flowId: artifact.flowId,
      trailId: artifact.trailId,
      sha256: input.sha256,
    });
    for (const check of checks)
      reasons.push({
        rule: 'security-thresholds',
        passed: check.passed,
        message: check.message,
      });
  }
  return { allowed: reasons.every(r => r.passed), reasons, artifact };
}
