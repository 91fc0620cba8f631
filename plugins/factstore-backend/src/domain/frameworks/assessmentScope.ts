import { UnprocessableEntityError } from '@fawkes/backend-http';
import type { Artifact } from '../../database/ArtifactStore';
import type { AssessmentScope } from '../../database/AssessmentStore';
import type { FactStore } from '../../database/FactStore';
import type { Trail } from '../../database/TrailStore';
import type { AssessedTrail, UnreportedArtifact } from './assessCompliance';

/** Most trails a flow assessment looks at: the newest ones. */
export const FLOW_TRAIL_LIMIT = 500;

export interface ResolvedScope {
  trails: AssessedTrail[];
  unreported: UnreportedArtifact[];
  /** What the scope was, said in the assessment's summary. */
  description: string;
  truncated: boolean;
}

/**
 * What an assessment looks at. A trail: itself and its artifacts. A flow: its newest trails
 * (at most FLOW_TRAIL_LIMIT). An environment: what runs there now (its latest snapshot), each
 * digest judged in the trail that last reported it. An unknown id is a 422 naming the field.
 */
export async function resolveScope(
  store: FactStore,
  scopeType: AssessmentScope,
  scopeId: string,
): Promise<ResolvedScope> {
  if (scopeType === 'TRAIL') {
    const trail = await store.trails.get(scopeId);
    if (!trail)
      throw new UnprocessableEntityError(
        `trailId: no trail with id ${scopeId}`,
      );
    return {
      trails: [
        { trail, artifacts: await store.artifacts.listByTrail(trail.id) },
      ],
      unreported: [],
      description: `trail ${trail.name}`,
      truncated: false,
    };
  }
  if (scopeType === 'FLOW') {
    const flow = await store.flows.get(scopeId);
    if (!flow)
      throw new UnprocessableEntityError(`flowId: no flow with id ${scopeId}`);
    const trails = await store.trails.list(
      { flowId: flow.id },
      { limit: FLOW_TRAIL_LIMIT + 1, offset: 0 },
    );
    const truncated = trails.length > FLOW_TRAIL_LIMIT;
    const kept = trails.slice(0, FLOW_TRAIL_LIMIT);
    const artifacts = await store.artifacts.listByTrails(kept.map(t => t.id));
    return {
      trails: kept.map(trail => ({
        trail,
        artifacts: artifacts.filter(a => a.trailId === trail.id),
      })),
      unreported: [],
      description: `flow ${flow.name}, ${kept.length} trail(s)${truncated ? ` (the newest ${FLOW_TRAIL_LIMIT})` : ''}`,
      truncated,
    };
  }
  const environment = await store.environments.get(scopeId);
  if (!environment)
    throw new UnprocessableEntityError(
      `environmentId: no environment with id ${scopeId}`,
    );
  const snapshot = await store.environments.latestSnapshot(environment.id);
  const running = new Map<string, string>();
  for (const a of snapshot?.artifacts ?? []) running.set(a.sha256, a.name);
  const byTrail = new Map<string, Artifact[]>();
  const unreported: UnreportedArtifact[] = [];
  for (const [sha256, name] of running) {
    const [report] = await store.artifacts.findBySha(sha256, 1);
    if (!report) {
      unreported.push({ sha256, name });
      continue;
    }
    byTrail.set(report.trailId, [
      ...(byTrail.get(report.trailId) ?? []),
      report,
    ]);
  }
  const trails: AssessedTrail[] = [];
  for (const [trailId, artifacts] of byTrail) {
    const trail = (await store.trails.get(trailId)) as Trail;
    trails.push({ trail, artifacts });
  }
  return {
    trails,
    unreported,
    description: `environment ${environment.name}, snapshot ${snapshot ? `#${snapshot.index}` : 'none'}: ${running.size} artifact(s) running`,
    truncated: false,
  };
}
