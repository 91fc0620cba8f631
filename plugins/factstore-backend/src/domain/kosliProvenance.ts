import type { FactStore } from '../database/FactStore';
import { complianceOfTrail } from './complianceOfTrails';

/** Where a running artifact comes from: the flow and trail it was last reported in, and whether it is compliant there. */
export interface Provenance {
  flowName: string;
  trailName: string;
  trailId: string;
  artifactName: string;
  templateReferenceName?: string;
  gitCommit: string;
  commitUrl: string;
  buildUrl: string;
  reportedAt: string;
  compliant: boolean;
  /** COMPLIANT, NON-COMPLIANT or INCOMPLETE: the artifact's state in its trail. */
  state: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The provenance of each digest in an org (the latest report of it), looked up once per digest;
 * a digest never reported has none (Kosli's "no provenance").
 */
export async function provenanceOf(
  store: FactStore,
  org: string,
  digests: Iterable<string>,
): Promise<Map<string, Provenance>> {
  const found = new Map<string, Provenance>();
  for (const sha of new Set(digests)) {
    const located = await store.artifacts.latestInFlow(sha, { org });
    if (!located) continue;
    const [flow, trail] = await Promise.all([
      store.flows.get(located.flowId),
      store.trails.get(located.trailId),
    ]);
    if (!flow || !trail) continue;
    const compliance = await complianceOfTrail(store, trail);
    const own = compliance.artifacts.find(a => a.sha256 === sha);
    const state =
      own && own.status !== 'MISSING' ? own.status : compliance.status;
    found.set(sha, {
      flowName: flow.name,
      trailName: trail.name,
      trailId: trail.id,
      artifactName: located.name,
      templateReferenceName: located.templateReferenceName,
      gitCommit: text(located.extra.git_commit) || (trail.gitCommitSha ?? ''),
      commitUrl: text(located.extra.commit_url),
      buildUrl: text(located.extra.build_url),
      reportedAt: located.reportedAt,
      compliant: state === 'COMPLIANT',
      state,
    });
  }
  return found;
}
