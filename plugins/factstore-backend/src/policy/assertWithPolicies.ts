import type { Request } from 'express';
import type { Environment } from '../database/EnvironmentStore';
import type { Flow } from '../database/FlowStore';
import type { Policy } from '../database/PolicyEngineStore';
import type { Assertion } from '../domain/assertArtifact';
import { isDryRun, type Caller, type RouteContext } from '../http/context';
import { decideAndCommit } from './decideAndCommit';
import type { InputReads } from './inputReads';
import { linkOf, type DecisionLink } from './recordDecisions';

/**
 * An assert that names an environment also runs the policies attached to it: each decision is
 * stored (with its audit event and ledger leaf, all or none), a deny makes the artifact
 * non-compliant with one reason per violation, and the verification summary lists the decisions.
 */
export async function assertWithPolicies(
  ctx: RouteContext,
  req: Request,
  caller: Caller,
  flow: Flow,
  assertion: Assertion,
  environment: Environment,
  read?: InputReads,
  attached?: Policy[],
): Promise<Assertion & { policyDecisions: DecisionLink[] }> {
  const decisions = await decideAndCommit(ctx, isDryRun(req), {
    attached,
    actor: caller.actor,
    sha256: assertion.sha256Digest.replace(/^sha256:/, ''),
    environment,
    flow,
    compliance: assertion,
    read,
    source: 'assert',
  });
  const denied = decisions.filter(d => !d.allow);
  const compliant = assertion.compliant && denied.length === 0;
  const summary = assertion.verificationSummary;
  return {
    ...assertion,
    compliant,
    reasons: [
      ...assertion.reasons,
      ...denied.flatMap(d =>
        d.violations.map(v => `policy "${d.policyName}": ${v}`),
      ),
    ],
    policyDecisions: decisions.map(linkOf),
    verificationSummary: {
      ...summary,
      predicate: {
        ...summary.predicate,
        inputAttestations: [
          ...summary.predicate.inputAttestations,
          ...decisions.map(d => ({ uri: `factstore:policy-decision/${d.id}` })),
        ],
        verificationResult: compliant ? 'PASSED' : 'FAILED',
        verifiedLevels: compliant ? summary.predicate.verifiedLevels : [],
      },
    },
  };
}
