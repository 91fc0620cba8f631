import type { ArtifactInFlow } from '../database/ArtifactStore';
import { decidingOf } from '../database/AttestationStore';
import type {
  DecisionInputKeys,
  DecisionInputs,
} from '../database/DecisionInputStore';
import type { Environment } from '../database/EnvironmentStore';
import type { FactStore } from '../database/FactStore';
import type { Flow } from '../database/FlowStore';
import type { AssertFacts } from '../domain/assertArtifact';
import { answeringLookup } from '../domain/attestationType';
import type { DecidingAttestation } from '../domain/compliance';

/** Everything a policy decision about one digest reads from the store. */
export interface InputReads extends DecisionInputs {
  /** The digest's most recent report (in the flow, when one is given). */
  artifact?: ArtifactInFlow;
  flow?: Flow;
}

/**
 * Reads what a decision needs: after the artifact's report (unless the caller has it), the flow
 * and everything else at once, the rest as one statement where the database allows it.
 */
export async function readInputs(
  store: FactStore,
  request: {
    sha256: string;
    flow?: Flow;
    org?: string;
    environment?: Environment;
    /** The digest's latest report in the flow, when the caller read it already. */
    reported?: { artifact: ArtifactInFlow | undefined };
  },
): Promise<InputReads> {
  const artifact = request.reported
    ? request.reported.artifact
    : await store.artifacts.latestInFlow(request.sha256, {
        flowId: request.flow?.id,
        org: request.org,
      });
  const flowId = request.flow?.id ?? artifact?.flowId;
  const keys: DecisionInputKeys = {
    sha256: request.sha256,
    trailId: artifact?.trailId,
    flowId,
    environmentId: request.environment?.id,
  };
  const [flow, inputs] = await store.all([
    async () =>
      request.flow ?? (flowId ? await store.flows.get(flowId) : undefined),
    async () =>
      (await store.decisionInputs.readAtOnce(keys)) ??
      (await readOneByOne(store, keys)),
  ] as const);
  return { artifact, flow, ...inputs };
}

/** DecisionInputs read by each store (SQLite: no JSON aggregation in one statement here). */
async function readOneByOne(
  store: FactStore,
  keys: DecisionInputKeys,
): Promise<DecisionInputs> {
  const { sha256, trailId, flowId, environmentId } = keys;
  const none = async () => undefined;
  const [trail, latest, approvals, thresholds, allowlist, snapshot, scans] =
    await store.all([
      trailId ? () => store.trails.get(trailId) : none,
      async () =>
        trailId ? store.attestations.latestAbout(trailId, sha256) : [],
      async () => (trailId ? store.approvals.list({ trailId }) : []),
      flowId ? () => store.flows.getThresholds(flowId) : none,
      async () =>
        environmentId ? store.environments.allowlist(environmentId) : [],
      environmentId
        ? () => store.environments.latestSnapshot(environmentId)
        : none,
      async () => (trailId ? store.scans.latestFor(trailId, sha256) : []),
    ] as const);
  return { trail, latest, approvals, thresholds, allowlist, snapshot, scans };
}

/**
 * What assert decides with, taken from the same reads (as readAssertFacts would read it): for each
 * required type (in any case) or name the newest of the latest attestations that answers it, the trail's latest
 * approval when the flow requires one, and the scans with the thresholds.
 */
export function assertFactsOf(reads: InputReads, flow: Flow): AssertFacts {
  const { artifact } = reads;
  if (!artifact) return { latest: new Map(), scans: [] };
  const latest = new Map<string, DecidingAttestation | undefined>();
  const answering = answeringLookup(reads.latest);
  for (const requirement of flow.requiredAttestations) {
    const newest = answering(requirement);
    latest.set(requirement, newest && decidingOf(newest));
  }
  return {
    artifact,
    latest,
    approval: flow.requiresApproval ? reads.approvals[0] : undefined,
    scans: reads.scans,
    thresholds: reads.scans.length > 0 ? (reads.thresholds ?? null) : undefined,
  };
}
