import { ConflictError } from '@backstage/errors';
import type { EnvironmentHolders } from '../database/EnvironmentStore';
import type { FactStore } from '../database/FactStore';
import type { FlowHolders } from '../database/FlowStore';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const quoted = (names: string[]) => names.map(n => `"${n}"`).join(', ');

/** One phrase per kind of record that still points at an environment. */
export function environmentHolderPhrases(h: EnvironmentHolders): string[] {
  return [
    h.deploymentPolicies.length > 0 &&
      `deployment ${h.deploymentPolicies.length === 1 ? 'policy' : 'policies'} ${quoted(h.deploymentPolicies)}`,
    h.snapshots > 0 && plural(h.snapshots, 'snapshot'),
    h.gateResults > 0 && plural(h.gateResults, 'gate decision'),
    h.baselines > 0 && plural(h.baselines, 'baseline'),
    h.driftReports > 0 && plural(h.driftReports, 'drift report'),
    h.policyAttachments > 0 && plural(h.policyAttachments, 'policy attachment'),
    h.policyDecisions > 0 && plural(h.policyDecisions, 'policy decision'),
    h.logicalEnvironments.length > 0 &&
      `logical ${h.logicalEnvironments.length === 1 ? 'environment' : 'environments'} ${quoted(h.logicalEnvironments)}`,
  ].filter((p): p is string => !!p);
}

/** One phrase per kind of record that still points at a flow. */
export function flowHolderPhrases(h: FlowHolders): string[] {
  return [
    h.trails > 0 && `${plural(h.trails, 'trail')} (with their evidence)`,
    h.deploymentPolicies.length > 0 &&
      `deployment ${h.deploymentPolicies.length === 1 ? 'policy' : 'policies'} ${quoted(h.deploymentPolicies)}`,
  ].filter((p): p is string => !!p);
}

const refusal = (what: string, holders: string[]) =>
  new ConflictError(
    `${what} cannot be deleted: ${holders.join(', ')} still point at it. Archive it instead with ?archive=true (hidden from lists, readable by id, restorable), or remove those first`,
  );

/**
 * Removes an environment, Kosli's way: archived when asked (`archive`), else deleted only when no
 * policy, evidence or decision points at it (409 naming them otherwise). Nothing it holds is ever
 * deleted with it, except its allow-list.
 */
export async function retireEnvironment(
  tx: FactStore,
  id: string,
  options: { archive: boolean; actor: string },
) {
  const environment = (await tx.environments.get(id))!;
  if (options.archive)
    return {
      archived: true,
      environment: environment.archived
        ? environment
        : await tx.environments.archive(id, options.actor),
    };
  const holders = environmentHolderPhrases(await tx.environments.holders(id));
  if (holders.length > 0)
    throw refusal(`Environment "${environment.name}"`, holders);
  await tx.environments.delete(id);
  return { archived: false, environment };
}

/** Removes a flow: archived when asked, else deleted only when no trail or policy points at it. */
export async function retireFlow(
  tx: FactStore,
  id: string,
  options: { archive: boolean; actor: string },
) {
  const flow = (await tx.flows.get(id))!;
  if (options.archive)
    return {
      archived: true,
      flow: flow.archived ? flow : await tx.flows.archive(id, options.actor),
    };
  const holders = flowHolderPhrases(await tx.flows.holders(id));
  if (holders.length > 0) throw refusal(`Flow "${flow.name}"`, holders);
  await tx.flows.delete(id);
  return { archived: false, flow };
}

/** Brings an archived environment back, unless a live one has taken its name meanwhile. */
export async function restoreEnvironment(tx: FactStore, id: string) {
  const environment = (await tx.environments.get(id))!;
  if (!environment.archived) return environment;
  const live = await tx.environments.getByName(
    environment.org,
    environment.name,
  );
  if (live)
    throw new ConflictError(
      `Environment "${environment.name}" cannot be restored: environment ${live.id} of that name exists in org "${environment.org}"; rename or archive it first`,
    );
  return tx.environments.restore(id);
}

/** Brings an archived flow back, unless a live one has taken its name meanwhile. */
export async function restoreFlow(tx: FactStore, id: string) {
  const flow = (await tx.flows.get(id))!;
  if (!flow.archived) return flow;
  const live = await tx.flows.getByName(flow.org, flow.name);
  if (live)
    throw new ConflictError(
      `Flow "${flow.name}" cannot be restored: flow ${live.id} of that name exists in org "${flow.org}"; rename or archive it first`,
    );
  return tx.flows.restore(id);
}
