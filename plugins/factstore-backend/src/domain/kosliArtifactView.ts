import type { Attestation } from '../database/AttestationStore';
import type { ArtifactInFlow } from '../database/ArtifactStore';
import type { FactStore } from '../database/FactStore';
import { complianceOfTrail } from './complianceOfTrails';
import { unixSeconds } from './kosliSnapshots';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Where a digest runs now (`running`) and where it ran before (`exited`), as `environment#snapshot`. */
export async function whereItRuns(store: FactStore, org: string, sha: string) {
  const holding = await store.environments.snapshotsHolding(org, sha);
  return {
    running: holding
      .filter(h => h.lastHolding === h.latest)
      .map(h => ({
        environment_name: h.environmentName,
        snapshot_index: h.latest,
      })),
    exited: holding
      .filter(h => h.lastHolding !== h.latest)
      .map(h => ({
        environment_name: h.environmentName,
        snapshot_index: h.lastHolding + 1,
      })),
  };
}

/** An attestation as an artifact's history line. */
const historyLine = (a: Attestation) => ({
  event: `${a.type} attestation "${a.name}" ${a.status}`,
  timestamp: unixSeconds(a.createdAt),
});

/**
 * An artifact as `kosli get artifact` and `list artifacts` read it: every string the table
 * type-asserts (git_commit, commit_url, build_url, html_url, state) present, `running`,
 * `exited` and `history` lists, times in unix seconds. A commit nobody reported reads "unknown"
 * (the list prints its first 7 characters).
 */
export async function kosliArtifactView(
  store: FactStore,
  org: string,
  artifact: ArtifactInFlow,
  htmlBase: string,
) {
  const [flow, trail] = await Promise.all([
    store.flows.get(artifact.flowId),
    store.trails.get(artifact.trailId),
  ]);
  const compliance = trail && (await complianceOfTrail(store, trail));
  const own = compliance?.artifacts.find(a => a.sha256 === artifact.sha256);
  const state =
    own && own.status !== 'MISSING'
      ? own.status
      : (compliance?.status ?? 'INCOMPLETE');
  const attestations = (
    await store.attestations.list(artifact.trailId, { limit: 1000, offset: 0 })
  ).filter(a => a.artifactSha256 === artifact.sha256);
  const where = await whereItRuns(store, org, artifact.sha256);
  return {
    id: artifact.id,
    filename: artifact.name,
    fingerprint: artifact.sha256,
    flow_name: flow?.name ?? '',
    trail_name: artifact.trailName,
    ...(artifact.templateReferenceName
      ? { template_reference_name: artifact.templateReferenceName }
      : {}),
    git_commit:
      text(artifact.extra.git_commit) || trail?.gitCommitSha || 'unknown',
    commit_url: text(artifact.extra.commit_url),
    build_url: text(artifact.extra.build_url),
    html_url: `${htmlBase}/api/v1/trails/${artifact.trailId}`,
    state,
    compliant: state === 'COMPLIANT',
    created_at: unixSeconds(artifact.reportedAt),
    ...where,
    history: [
      {
        event: `Reported to trail "${artifact.trailName}"`,
        timestamp: unixSeconds(artifact.reportedAt),
      },
      ...attestations.map(historyLine),
    ],
  };
}

/**
 * An attestation as Kosli's `GET /api/v2/attestations/{org}?attestation_id=` lists it, the detail
 * `kosli evaluate` feeds to its policy: the fields `get attestation` reads plus the type's own
 * results (junit_results, snyk_results, …) as the CLI sent them.
 */
export function kosliAttestationView(a: Attestation, htmlBase: string) {
  const payload = (a.details.payload ?? {}) as Record<string, unknown>;
  const {
    attestation_name: _name,
    artifact_fingerprint: _fingerprint,
    type: _type,
    ...sent
  } = payload;
  return {
    ...sent,
    attestation_id: a.id,
    attestation_name: a.name,
    attestation_type: a.type,
    is_compliant: a.status === 'PASSED',
    status: a.status,
    ...(a.artifactSha256 ? { artifact_fingerprint: a.artifactSha256 } : {}),
    created_at: unixSeconds(a.createdAt),
    description: a.description,
    html_url: `${htmlBase}/api/v1/trails/${a.trailId}`,
    ...(a.evidence ? { evidence_archive_fingerprint: a.evidence.sha256 } : {}),
    ...(a.statusReason ? { status_reason: a.statusReason } : {}),
  };
}
