import { InputError, NotFoundError } from '@backstage/errors';
import type { FactStore } from '../database/FactStore';
import type { Environment } from '../database/EnvironmentStore';
import type { Flow } from '../database/FlowStore';
import type { PolicyDecision } from '../database/PolicyEngineStore';
import type { DeploymentPolicy } from '../database/PolicyStore';
import { withPolicyDecisions } from '../policy/gatePolicies';
import { assertArtifact } from './assertArtifact';
import {
  evaluateGate,
  type GateReason,
  type GateWhenNoPolicy,
} from './evaluateGate';

async function flowByName(store: FactStore, org: string, name: string) {
  const flow = await store.flows.getByName(org, name);
  if (!flow)
    throw new NotFoundError(`Flow "${name}" does not exist in org "${org}"`);
  return flow;
}

/** The deployment policies `--policy a,b` names (repeated or comma-separated); 404 for an unknown one. */
async function namedPolicies(
  store: FactStore,
  policyName: string | string[],
): Promise<DeploymentPolicy[]> {
  const names = [policyName]
    .flat()
    .flatMap(n => n.split(','))
    .map(n => n.trim())
    .filter(Boolean);
  if (names.length === 0)
    throw new InputError(
      'Invalid request query: query.policy_name: name at least one deployment policy',
    );
  const policies = await store.policies.getByNames(names);
  const unknown = names.filter(n => !policies.some(p => p.name === n));
  if (unknown.length > 0)
    throw new NotFoundError(
      `query.policy_name: no deployment policy named ${unknown.join(', ')}`,
    );
  return policies;
}

/** How the Kosli CLI is told to resolve a rule that failed. */
function resolution(rule: string, message: string) {
  if (rule === 'provenance') return 'missing_provenance';
  if (rule === 'approval') return 'missing_approval';
  return /^no "/.test(message)
    ? 'missing_attestation'
    : 'non_compliant_attestation';
}

/** The gate's reasons, grouped by policy, as Kosli's `policy_evaluations` with their rule evaluations. */
function policyEvaluations(reasons: GateReason[]) {
  const byPolicy = new Map<string, GateReason[]>();
  for (const reason of reasons) {
    if (!reason.policyName) continue;
    byPolicy.set(reason.policyName, [
      ...(byPolicy.get(reason.policyName) ?? []),
      reason,
    ]);
  }
  return [...byPolicy].map(([policyName, ofPolicy]) => ({
    policy_name: policyName,
    status: ofPolicy.every(r => r.passed) ? 'COMPLIANT' : 'NON-COMPLIANT',
    rule_evaluations: ofPolicy.map(r => {
      const type = r.rule.startsWith('attestation:')
        ? r.rule.slice('attestation:'.length)
        : r.rule;
      return {
        rule: { type: r.rule, definition: { name: type, type } },
        satisfied: r.passed,
        ignored: false,
        message: r.message,
        resolutions: r.passed ? [] : [{ type: resolution(r.rule, r.message) }],
      };
    }),
  }));
}

/**
 * A decision of a policy attached to the environment, as a Kosli policy evaluation: one rule
 * evaluation per violation (an engine error is one, so the table shows why it denied).
 */
function attachedPolicyEvaluation(decision: PolicyDecision) {
  const definition = { name: decision.policyName, type: decision.language };
  return {
    policy_name: decision.policyName ?? decision.policyId ?? decision.id,
    status: decision.allow ? 'COMPLIANT' : 'NON-COMPLIANT',
    decision_id: decision.id,
    rule_evaluations: decision.allow
      ? [
          {
            rule: { type: `policy:${decision.language}`, definition },
            satisfied: true,
            ignored: false,
            message: `policy "${decision.policyName}" allows`,
            resolutions: [],
          },
        ]
      : decision.violations.map(violation => ({
          rule: { type: `policy:${decision.language}`, definition },
          satisfied: false,
          ignored: false,
          message: violation,
          resolutions: [
            { type: 'policy_violation', context: { message: violation } },
          ],
        })),
  };
}

/** Runs and stores the decisions of the policies attached to an environment. */
export type DecideForEnvironment = (
  environment: Environment,
  flow: Flow | undefined,
) => Promise<PolicyDecision[]>;

/**
 * `assert artifact --environment E` or `--policy P,…`: the deployment policies that apply to the
 * environment (or the named ones) decide, as the gate does, in the shape the CLI prints. With an
 * environment, the policies attached to it decide too (`decide` stores each decision); an engine
 * error is a deny with its reason.
 */
export async function assertAgainstPolicies(
  store: FactStore,
  query: {
    org: string;
    sha: string;
    flow_name?: string;
    environment_name?: string;
    policy_name?: string | string[];
    whenNoPolicy: GateWhenNoPolicy;
  },
  decide?: DecideForEnvironment,
) {
  const { org, sha } = query;
  const flow = query.flow_name
    ? await flowByName(store, org, query.flow_name)
    : undefined;
  let environment;
  if (query.environment_name) {
    environment = await store.environments.getByName(
      org,
      query.environment_name,
    );
    if (!environment)
      throw new NotFoundError(
        `Environment "${query.environment_name}" does not exist in org "${org}"`,
      );
  }
  const policies =
    query.policy_name !== undefined
      ? await namedPolicies(store, query.policy_name)
      : undefined;
  const gate = await evaluateGate(store, {
    sha256: sha,
    environment,
    flowId: flow?.id,
    org,
    policies,
    whenNoPolicy: query.whenNoPolicy,
  });
  const decisions =
    environment && decide ? await decide(environment, flow) : [];
  const decision = withPolicyDecisions(gate, decisions);
  const artifactFlow = gate.artifact
    ? await store.flows.get(gate.artifact.flowId)
    : undefined;
  return {
    compliant: decision.allowed,
    scope: query.environment_name ? 'environment' : 'policy',
    flow: artifactFlow?.name,
    trail: gate.artifact?.trailName,
    fingerprint: sha,
    environment: environment?.name,
    policy_evaluations: [
      ...policyEvaluations(decision.reasons.filter(r => !r.decisionId)),
      ...decisions.map(attachedPolicyEvaluation),
    ],
    reasons: decision.reasons.filter(r => !r.passed).map(r => r.message),
    policy_decisions: decisions.map(d => ({
      decision_id: d.id,
      policy_name: d.policyName,
      allow: d.allow,
      violations: d.violations,
      ...(d.error ? { error: d.error } : {}),
    })),
  };
}

/**
 * `assert artifact --fingerprint F [--flow N]`: the flow's requirements decide, for the trail
 * where the artifact was reported last (in the flow, else in the org), as `POST /api/v1/assert`.
 */
export async function assertInFlow(
  store: FactStore,
  query: { org: string; sha: string; flowName?: string; verifierId: string },
) {
  const { org, sha, flowName } = query;
  const located = await store.artifacts.latestInFlow(
    sha,
    flowName
      ? { flowId: (await flowByName(store, org, flowName)).id }
      : { org },
  );
  if (!located)
    throw new NotFoundError(
      `No artifact with fingerprint ${sha} in ${flowName ? `flow "${flowName}"` : `org "${org}"`}`,
    );
  const flow = (await store.flows.get(located.flowId))!;
  const assertion = await assertArtifact(store, flow, sha, query.verifierId);
  const statuses = [
    ...assertion.attestations.map(a => ({
      attestation_name: a.name,
      attestation_type: a.type,
      status: a.status,
      is_compliant: a.status === 'PASSED',
      unexpected: false,
    })),
    ...assertion.missingAttestations.map(type => ({
      attestation_name: type,
      attestation_type: type,
      status: 'MISSING',
      is_compliant: false,
      unexpected: false,
    })),
  ];
  return {
    trailId: assertion.trailId,
    answer: {
      compliant: assertion.compliant,
      scope: 'flow',
      flow: flow.name,
      trail: assertion.trailName,
      fingerprint: sha,
      artifact_name: assertion.artifactName,
      compliance_status: {
        is_compliant: assertion.compliant,
        attestations_statuses: statuses,
      },
      missing_attestations: assertion.missingAttestations,
      failed_attestations: assertion.failedAttestations,
      reasons: assertion.reasons,
      policy_evaluations: [],
      verification_summary: assertion.verificationSummary,
    },
  };
}

/** `assert artifact` prints `flows[]`: each flow and trail with its attestations' statuses. */
export function flowsOfAssert(
  answer: Awaited<ReturnType<typeof assertInFlow>>['answer'],
) {
  return [
    {
      flow: answer.flow,
      trail: answer.trail,
      compliance_status: answer.compliance_status,
    },
  ];
}
