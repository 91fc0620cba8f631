import type { Environment } from '../database/EnvironmentStore';
import type { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import type {
  Policy,
  PolicyDecision,
  PolicyEngineStore,
} from '../database/PolicyEngineStore';
import type { ComplianceResult } from '../domain/compliance';
import type { Ledger } from '../ledger/Ledger';
import { buildInputDocument, type InputDocument } from './inputDocument';
import type { InputReads } from './inputReads';
import type { PolicyEngine } from './PolicyEngine';

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

/** A decision before it is stored. */
export type DecisionInput = Omit<
  PolicyDecision,
  'id' | 'evaluatedAt' | 'evaluatedBy'
>;

/** What asks for a decision about an artifact deployed to an environment. */
export interface DecisionRequest {
  actor: string;
  sha256: string;
  environment: Environment;
  flow?: Flow;
  org?: string;
  compliance?: ComplianceResult;
  /** The reads the caller already made for this decision: the input document is built from them. */
  read?: InputReads;
  source: PolicyDecision['source'];
}

/**
 * Stores decisions, each with its audit event and its ledger leaf, all or none (one statement on
 * PostgreSQL), in the caller's transaction when `store` is bound to one.
 */
export async function recordDecisions(
  store: FactStore,
  ledger: Ledger,
  actor: string,
  decisions: DecisionInput[],
  trailId?: string,
): Promise<PolicyDecision[]> {
  return store.engine.recordDecisionsWithAudit(
    decisions.map(d => ({ ...d, evaluatedBy: actor })),
    stored => {
      const details = {
        policyId: stored.policyId,
        policyName: stored.policyName,
        bundleId: stored.bundleId,
        allow: stored.allow,
        violations: stored.violations.length,
        source: stored.source,
      };
      return {
        audit: {
          eventType: POLICY_DECISION_EVENT,
          entityType: 'policy-decision',
          entityId: stored.id,
          trailId,
          actor,
          details,
        },
        leaf: ledger.leafOf({
          eventType: POLICY_DECISION_EVENT,
          recordType: 'policy-decision',
          recordId: stored.id,
          trailId,
          actor,
          details,
          content: stored,
        }),
      };
    },
  );
}

/** Stores one decision with its audit event and its ledger leaf, in the caller's transaction. */
export async function recordDecision(
  tx: FactStore,
  ledger: Ledger,
  actor: string,
  decision: DecisionInput,
  trailId?: string,
): Promise<PolicyDecision> {
  const [stored] = await recordDecisions(
    tx,
    ledger,
    actor,
    [decision],
    trailId,
  );
  return stored;
}

/** Evaluates each policy against the input document: what each one decided, not yet stored. */
export async function evaluatePolicies(
  engine: PolicyEngine,
  store: PolicyEngineStore,
  policies: Policy[],
  input: InputDocument,
  request: Pick<DecisionRequest, 'sha256' | 'environment' | 'source'>,
): Promise<DecisionInput[]> {
  const decisions: DecisionInput[] = [];
  for (const policy of policies) {
    const verdict = await engine.evaluate(policy, input, store);
    decisions.push({
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
    });
  }
  return decisions;
}

/**
 * Evaluates every policy attached to the environment against the artifact and records each
 * decision, in the caller's transaction. An environment without attached policies gives none.
 */
export async function decideForEnvironment(
  tx: FactStore,
  services: { engine: PolicyEngine; ledger: Ledger },
  request: DecisionRequest,
): Promise<PolicyDecision[]> {
  const policies = await tx.engine.attachedTo(request.environment.id);
  if (policies.length === 0) return [];
  const input = await buildInputDocument(tx, request);
  const decisions = await evaluatePolicies(
    services.engine,
    tx.engine,
    policies,
    input,
    request,
  );
  return recordDecisions(
    tx,
    services.ledger,
    request.actor,
    decisions,
    input.trail?.id,
  );
}
