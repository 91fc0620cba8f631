import type { Policy, PolicyDecision } from '../database/PolicyEngineStore';
import type { RouteContext } from '../http/context';
import { buildInputDocument } from './inputDocument';
import {
  evaluatePolicies,
  recordDecisions,
  type DecisionRequest,
} from './recordDecisions';

/**
 * Runs the policies attached to an environment and stores each decision with its audit event and
 * ledger leaf, then wakes the ledger's checkpointer. The v1 assert and the Kosli assert both
 * decide through here.
 *
 * The input document is read before the write, on the pool (its independent reads at once), and
 * every decision is stored with what it was derived from (`input`). The write is all or none:
 * one statement on PostgreSQL; a dry run makes it in a transaction that is rolled back.
 */
export async function decideAndCommit(
  ctx: Pick<RouteContext, 'store' | 'policyEngine' | 'ledger'>,
  dryRun: boolean,
  request: DecisionRequest & {
    /** The environment's attached policies, when the caller read them beside its other reads. */
    attached?: Policy[];
  },
): Promise<PolicyDecision[]> {
  const { store, ledger } = ctx;
  const policies =
    request.attached ?? (await store.engine.attachedTo(request.environment.id));
  if (policies.length === 0) return [];
  const input = await buildInputDocument(store, request);
  const decisions = await evaluatePolicies(
    ctx.policyEngine,
    store.engine,
    policies,
    input,
    request,
  );
  const record = (into: typeof store) =>
    recordDecisions(into, ledger, request.actor, decisions, input.trail?.id);
  const stored = dryRun
    ? await store.transaction(true, record)
    : await record(store);
  if (!dryRun) ledger.kick();
  return stored;
}
