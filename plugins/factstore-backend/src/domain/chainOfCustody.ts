import type { FactStore } from '../database/FactStore';
import { complianceOfTrails } from './complianceOfTrails';
import { formatDigest } from './digest';

/** Most snapshots read per digest: a long-running artifact in many environments stays bounded. */
const SNAPSHOT_LIMIT = 10_000;

/** One stay of the artifact in an environment: consecutive snapshots that held it. */
export interface Deployment {
  firstSnapshot: number;
  firstSeenAt: string;
  lastSnapshot: number;
  lastSeenAt: string;
  /** When the snapshot that no longer held it was recorded; absent while it runs. */
  removedAt?: string;
  running: boolean;
}

export interface CustodyEvent {
  at: string;
  event:
    | 'COMMITTED'
    | 'BUILD_STARTED'
    | 'BUILD_FINISHED'
    | 'REPORTED'
    | 'PROVENANCE_RECORDED'
    | 'ATTESTED'
    | 'APPROVAL_DECIDED'
    | 'DEPLOYED'
    | 'REMOVED';
  detail: string;
  trailId?: string;
  environmentId?: string;
}

/**
 * The chain of custody of a digest: each report of it (trail, flow, commit, provenance, the
 * attestations about it, approval, compliance), every environment whose snapshots held it with
 * each stay, and one timeline from commit to the last environment. Undefined when nothing knows
 * the digest.
 */
export async function chainOfCustody(store: FactStore, sha256: string) {
  const reports = await store.artifacts.findBySha(sha256, 100);
  const holdings = await store.assessments.snapshotsHolding(
    sha256,
    SNAPSHOT_LIMIT,
  );
  if (reports.length === 0 && holdings.length === 0) return undefined;

  const trails = (
    await Promise.all(
      [...new Set(reports.map(r => r.trailId))].map(id => store.trails.get(id)),
    )
  ).filter(t => t !== undefined);
  const flows = new Map(
    (
      await Promise.all(
        [...new Set(trails.map(t => t.flowId))].map(id => store.flows.get(id)),
      )
    )
      .filter(f => f !== undefined)
      .map(f => [f.id, f]),
  );
  const compliance = await complianceOfTrails(store, trails);
  const provenance = await store.provenance.latestForArtifacts(
    reports.map(r => r.id),
  );
  const latest = await store.attestations.latestOfTrails(trails.map(t => t.id));
  const approvals = await store.approvals.latestForTrails(
    trails.map(t => t.id),
  );
  const timeline: CustodyEvent[] = [];

  const custody = reports.map(report => {
    const trail = trails.find(t => t.id === report.trailId);
    const flow = trail && flows.get(trail.flowId);
    const p = provenance.get(report.id);
    const attestations = latest
      .filter(
        a =>
          a.trailId === report.trailId &&
          (!a.artifactSha256 || a.artifactSha256 === sha256),
      )
      .sort((a, b) => a.seq - b.seq)
      .map(a => ({
        id: a.id,
        type: a.type,
        name: a.name,
        status: a.status,
        about: a.artifactSha256 ? 'artifact' : 'trail',
        attestedBy: a.attestedBy,
        createdAt: a.createdAt,
      }));
    const approval = approvals.get(report.trailId);
    const artifactCompliance = compliance
      .get(report.trailId)
      ?.artifacts.find(a => a.sha256 === sha256);
    const at = { trailId: report.trailId };
    if (trail?.gitCommitSha)
      timeline.push({
        ...at,
        at: trail.createdAt,
        event: 'COMMITTED',
        detail: `commit ${trail.gitCommitSha}${trail.gitBranch ? ` on ${trail.gitBranch}` : ''}${trail.gitAuthor ? ` by ${trail.gitAuthor}` : ''} (trail ${trail.name} begun)`,
      });
    if (p?.buildStartedOn)
      timeline.push({
        ...at,
        at: p.buildStartedOn,
        event: 'BUILD_STARTED',
        detail: `build by ${p.builderId}`,
      });
    if (p?.buildFinishedOn)
      timeline.push({
        ...at,
        at: p.buildFinishedOn,
        event: 'BUILD_FINISHED',
        detail: `build by ${p.builderId}`,
      });
    timeline.push({
      ...at,
      at: report.reportedAt,
      event: 'REPORTED',
      detail: `${report.name} reported to ${flow?.name ?? 'a flow'}/${trail?.name ?? report.trailId} by ${report.reportedBy}`,
    });
    if (p)
      timeline.push({
        ...at,
        at: p.recordedAt,
        event: 'PROVENANCE_RECORDED',
        detail: `${p.format}, ${p.provenanceStatus}, SLSA Build L${p.slsaLevel}, builder ${p.builderId}`,
      });
    for (const a of attestations)
      timeline.push({
        ...at,
        at: a.createdAt,
        event: 'ATTESTED',
        detail: `${a.type} ${a.name}: ${a.status} (by ${a.attestedBy})`,
      });
    if (approval?.decidedAt)
      timeline.push({
        ...at,
        at: approval.decidedAt,
        event: 'APPROVAL_DECIDED',
        detail: `${approval.status} by ${approval.decidedBy}`,
      });
    return {
      artifact: { ...report, sha256: formatDigest(report.sha256) },
      trail: trail ?? null,
      flow: flow ? { id: flow.id, name: flow.name } : null,
      commit: trail?.gitCommitSha
        ? {
            sha: trail.gitCommitSha,
            branch: trail.gitBranch ?? null,
            author: trail.gitAuthor ?? null,
            pullRequestNumber: trail.pullRequestNumber ?? null,
            buildUrl: trail.buildUrl ?? null,
          }
        : null,
      provenance: p ? { ...p, document: undefined } : null,
      attestations,
      approval: approval ?? null,
      complianceStatus:
        artifactCompliance?.status ??
        compliance.get(report.trailId)?.status ??
        'INCOMPLETE',
    };
  });

  // Consecutive snapshot indices are one stay; a gap means it left and came back.
  const byEnvironment = new Map<string, typeof holdings>();
  for (const h of holdings)
    byEnvironment.set(h.environmentId, [
      ...(byEnvironment.get(h.environmentId) ?? []),
      h,
    ]);
  const runs: Array<{
    environmentId: string;
    first: (typeof holdings)[0];
    last: (typeof holdings)[0];
  }> = [];
  for (const [environmentId, list] of byEnvironment) {
    let first = list[0];
    for (let i = 1; i <= list.length; i++) {
      if (
        i < list.length &&
        list[i].snapshotIndex === list[i - 1].snapshotIndex + 1
      )
        continue;
      runs.push({ environmentId, first, last: list[i - 1] });
      first = list[i];
    }
  }
  const after = await store.assessments.snapshotsAfter(
    runs.map(r => ({
      environmentId: r.environmentId,
      snapshotIndex: r.last.snapshotIndex,
    })),
  );
  const environments = [];
  for (const [environmentId] of byEnvironment) {
    const environment = await store.environments.get(environmentId);
    const deployments: Deployment[] = runs
      .filter(r => r.environmentId === environmentId)
      .map(r => {
        const next = after.find(
          a =>
            a.environmentId === environmentId &&
            a.snapshotIndex === r.last.snapshotIndex + 1,
        );
        return {
          firstSnapshot: r.first.snapshotIndex,
          firstSeenAt: r.first.recordedAt,
          lastSnapshot: r.last.snapshotIndex,
          lastSeenAt: r.last.recordedAt,
          removedAt: next?.recordedAt,
          running: !next,
        };
      });
    for (const d of deployments) {
      timeline.push({
        environmentId,
        at: d.firstSeenAt,
        event: 'DEPLOYED',
        detail: `running in ${environment?.name ?? environmentId} (snapshot #${d.firstSnapshot})`,
      });
      if (d.removedAt)
        timeline.push({
          environmentId,
          at: d.removedAt,
          event: 'REMOVED',
          detail: `gone from ${environment?.name ?? environmentId} (snapshot #${d.lastSnapshot + 1})`,
        });
    }
    environments.push({
      environmentId,
      name: environment?.name ?? null,
      type: environment?.type ?? null,
      running: deployments.some(d => d.running),
      deployments,
    });
  }
  timeline.sort((a, b) => a.at.localeCompare(b.at));
  const newest = custody[0];
  return {
    sha256: formatDigest(sha256),
    // OpenFactstore's ChainOfCustodyResponse: the latest report's artifact, trail, flow and evidence.
    artifact: newest?.artifact ?? null,
    trail: newest?.trail ?? null,
    flow: newest?.flow ?? null,
    attestations: newest?.attestations ?? [],
    complianceStatus: newest?.complianceStatus ?? 'UNKNOWN',
    reports: custody,
    environments,
    timeline,
  };
}
