import type { PolicyDecision } from '../database/PolicyEngineStore';
import type { RouteContext } from '../http/context';
import { decideForEnvironment } from './recordDecisions';

/**
 * Runs the policies attached to an environment and stores each decision with its audit event and
 * ledger leaf in one transaction (rolled back for a dry run), then wakes the ledger's checkpointer.
 * The v1 assert and the Kosli assert both decide through here.
 */
export async function decideAndCommit(
  ctx: Pick<RouteContext, 'store' | 'policyEngine' | 'ledger'>,
  dryRun: boolean,
  request: Parameters<typeof decideForEnvironment>[2],
): Promise<PolicyDecision[]> {
  const decisions = await ctx.store.transaction(dryRun, tx =>
    decideForEnvironment(
      tx,
      { engine: ctx.policyEngine, ledger: ctx.ledger },
      request,
    ),
  );
  if (decisions.length > 0 && !dryRun) ctx.ledger.kick();
  return decisions;
}
