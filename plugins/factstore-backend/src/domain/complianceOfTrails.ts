import type { Artifact } from '../database/ArtifactStore';
import type { LatestAttestation } from '../database/AttestationStore';
import type { FactStore } from '../database/FactStore';
import {
  evaluateTrailCompliance,
  type TrailCompliance,
} from './trailCompliance';

const groupBy = <T>(items: T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/** A trail as compliance needs it; `extra.template_yaml` is its own template (`begin trail --template-file`). */
export interface TrailRef {
  id: string;
  flowId: string;
  extra?: Record<string, unknown>;
}

/**
 * The compliance of several trails at once: the same four queries (flow rules, latest
 * attestations, artifacts, and approvals when a flow requires one) for one trail or a page of
 * them, however many attestations they hold.
 */
export async function complianceOfTrails(
  store: FactStore,
  trails: Array<TrailRef>,
): Promise<Map<string, TrailCompliance>> {
  const ids = trails.map(t => t.id);
  // One after another: inside a transaction they share one connection.
  const rules = await store.flows.complianceRules([
    ...new Set(trails.map(t => t.flowId)),
  ]);
  const latest = await store.attestations.latestOfTrails(ids);
  const artifacts = await store.artifacts.listByTrails(ids);
  const needApproval = trails
    .filter(t => rules.get(t.flowId)?.requiresApproval)
    .map(t => t.id);
  const approvals = await store.approvals.latestForTrails(needApproval);
  const latestByTrail = groupBy<LatestAttestation>(latest, a => a.trailId);
  const artifactsByTrail = groupBy<Artifact>(artifacts, a => a.trailId);
  const result = new Map<string, TrailCompliance>();
  for (const trail of trails) {
    const approval = approvals.get(trail.id);
    const flowRules = rules.get(trail.flowId) ?? {
      requiredAttestations: [],
      requiresApproval: false,
    };
    const own = trail.extra?.template_yaml;
    result.set(
      trail.id,
      evaluateTrailCompliance({
        rules:
          typeof own === 'string'
            ? { ...flowRules, requiredAttestations: [], templateYaml: own }
            : flowRules,
        artifacts: artifactsByTrail.get(trail.id) ?? [],
        latest: latestByTrail.get(trail.id) ?? [],
        approval: approval && {
          id: approval.id,
          status: approval.status,
          decidedBy: approval.decidedBy,
        },
      }),
    );
  }
  return result;
}

/** The compliance of one trail. */
export async function complianceOfTrail(
  store: FactStore,
  trail: TrailRef,
): Promise<TrailCompliance> {
  return (await complianceOfTrails(store, [trail])).get(trail.id)!;
}
