import type { Environment } from '../database/EnvironmentStore';
import type { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import type { PolicyDecision } from '../database/PolicyEngineStore';
import type { ComplianceResult } from '../domain/compliance';
import type { Ledger } from '../ledger/Ledger';
import { buildInputDocument } from './inputDocument';
import type { PolicyEngine, Verdict } from './PolicyEngine';

export const POLICY_DECISION_EVENT = 'POLICY_DECISION_RECORDED';

/** A stored decision, as the gate and assert answers link to it. */
export interface DecisionLink {
  decisionId: string;
  policyId?: string;
  policyName?: string;
  allow: boolean;
  violations: string[];
  error?: string;
}

export const linkOf = (d: PolicyDecision): DecisionLink => ({
  decisionId: d.id,
  policyId: d.policyId,
  policyName: d.policyName,
  allow: d.allow,
  violations: d.violations,
  ...(d.error ? { error: d.error } : {}),
});

/** Stores one decision with its audit event and its ledger leaf, in the caller's transaction. */
export async function recordDecision(
  tx: FactStore,
  ledger: Ledger,
  actor: string,
  decision: Omit<PolicyDecision, 'id' | 'evaluatedAt' | 'evaluatedBy'>,
  trailId?: string,
): Promise<PolicyDecision> {
  const stored = await tx.engine.recordDecision({
    ...decision,
    evaluatedBy: actor,
  });
  const details = {
    policyId: stored.policyId,
    policyName: stored.policyName,
    bundleId: stored.bundleId,
    allow: stored.allow,
    violations: stored.violations.length,
    source: stored.source,
  };
  await tx.audit.append({
    eventType: POLICY_DECISION_EVENT,
    entityType: 'policy-decision',
    entityId: stored.id,
    trailId,
    actor,
    details,
  });
  await ledger.append(tx.ledger, {
    eventType: POLICY_DECISION_EVENT,
    recordType: 'policy-decision',
    recordId: stored.id,
    trailId,
    actor,
    details,
    content: stored,
  });
  return stored;
}

/**
 * Evaluates every policy attached to the environment against the artifact and records each
 * decision. An environment without attached policies gives none.
 */
export async function decideForEnvironment(
  tx: FactStore,
  services: { engine: PolicyEngine; ledger: Ledger },
  request: {
    actor: string;
    sha256: string;
    environment: Environment;
    flow?: Flow;
    org?: string;
    compliance?: ComplianceResult;
    source: PolicyDecision['source'];
  },
): Promise<PolicyDecision[]> {
  const policies = await tx.engine.attachedTo(request.environment.id);
  if (policies.length === 0) return [];
  const input = await buildInputDocument(tx, request);
  const verdicts: Array<[(typeof policies)[number], Verdict]> = [];
  for (const policy of policies)
    verdicts.push([
      policy,
      await services.engine.evaluate(policy, input, tx.engine),
    ]);
  const decisions: PolicyDecision[] = [];
  for (const [policy, verdict] of verdicts)
    decisions.push(
      await recordDecision(
        tx,
        services.ledger,
        request.actor,
        {
          policyId: policy.id,
          policyName: policy.name,
          bundleId: verdict.bundleId,
          language: policy.language,
          engine: verdict.engine,
          entrypoint: verdict.entrypoint,
          allow: verdict.allow,
          violations: verdict.violations,
          result: verdict.result,
          error: verdict.error,
          input,
          sha256: request.sha256,
          environmentId: request.environment.id,
          source: request.source,
          orgSlug: policy.orgSlug,
        },
        input.trail?.id,
      ),
    );
  return decisions;
}
