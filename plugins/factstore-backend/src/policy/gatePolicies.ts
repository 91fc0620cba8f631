import type { GateReason } from '../domain/evaluateGate';
import type { PolicyDecision } from '../database/PolicyEngineStore';

/**
 * Adds the decisions of the environment's attached policies to a gate's reasons: one reason per
 * policy, linked to its stored decision, listing every violation. A deny from any of them denies
 * the gate. When a policy is attached, "no deployment policy applies" no longer holds.
 */
export function withPolicyDecisions(
  gate: { allowed: boolean; reasons: GateReason[] },
  decisions: PolicyDecision[],
): { allowed: boolean; reasons: GateReason[] } {
  if (decisions.length === 0) return gate;
  const reasons: GateReason[] = [
    ...gate.reasons.filter(r => r.rule !== 'policies'),
    ...decisions.map(d => ({
      policyId: d.policyId,
      policyName: d.policyName,
      rule: `policy:${d.language}`,
      passed: d.allow,
      message: d.allow
        ? `policy "${d.policyName}" allows (decision ${d.id})`
        : `policy "${d.policyName}" denies (decision ${d.id}): ${d.violations.join('; ')}`,
      decisionId: d.id,
    })),
  ];
  return { allowed: reasons.every(r => r.passed), reasons };
}
