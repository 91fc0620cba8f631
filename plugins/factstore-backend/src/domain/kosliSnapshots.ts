import type {
  AllowlistEntry,
  Environment,
  Snapshot,
} from '../database/EnvironmentStore';
import type { Provenance } from './kosliProvenance';
import { isAllowlisted } from './recordSnapshot';
import { parseSelector, type SnapshotSelector } from './snappish';
import type { RunningArtifact } from './snapshotDiff';

/** Unix seconds, as Kosli's answers carry times. */
export const unixSeconds = (iso: string) => Date.parse(iso) / 1000;

/**
 * The snapshot id of `/api/v2/snapshots/{org}/{env}/{id}`: `get snapshot` sends `-1` (latest),
 * `#N`, `~N` or `@{…}`; `assert snapshot` sends N, or -1 for the latest and -N-1 for `~N`.
 */
export function snapshotSelectorOfId(id: string): SnapshotSelector {
  if (/^-?\d{1,9}$/.test(id)) {
    const n = Number(id);
    if (n > 0) return { kind: 'index', index: n };
    if (n === -1) return { kind: 'latest' };
    if (n < -1) return { kind: 'back', count: -n - 1 };
    throw new Error('snapshot numbers start at 1');
  }
  return parseSelector(id);
}

/** The instances of one artifact (name and digest) in a snapshot. */
export interface RunningGroup {
  name: string;
  sha256: string;
  instances: RunningArtifact[];
}

/** A snapshot's artifacts grouped by name and digest, in their first order. */
export function groupRunning(artifacts: RunningArtifact[]): RunningGroup[] {
  const groups = new Map<string, RunningGroup>();
  for (const a of artifacts) {
    const key = `${a.name}\u0000${a.sha256}`;
    const group = groups.get(key) ?? {
      name: a.name,
      sha256: a.sha256,
      instances: [],
    };
    group.instances.push(a);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** How an artifact's instances changed since the previous snapshot. */
function annotationType(was: number, now: number): string {
  if (was === 0) return 'started';
  if (now === 0) return 'exited';
  return now === was ? 'unchanged' : 'scaled';
}

export interface SnapshotContext {
  provenance: Map<string, Provenance>;
  allowlist: AllowlistEntry[];
}

const isCompliant = (
  ctx: SnapshotContext,
  a: { name: string; sha256: string },
) =>
  !!ctx.provenance.get(a.sha256)?.compliant || isAllowlisted(ctx.allowlist, a);

/** Whether everything running in a snapshot is compliant (or allow-listed). */
export const snapshotCompliant = (snapshot: Snapshot, ctx: SnapshotContext) =>
  snapshot.artifacts.every(a => isCompliant(ctx, a));

/**
 * A snapshot as `kosli get snapshot` reads it (cmd/kosli/getSnapshot.go `Snapshot`): each artifact
 * with its flow, compliance, commit, one creation time per instance, K8S pods, and the
 * `annotation` of how many instances it had in the previous snapshot (`was`) and has now (`now`;
 * 0 for one that exited).
 */
export function kosliSnapshotView(
  env: Environment,
  snapshot: Snapshot,
  previous: Snapshot | undefined,
  ctx: SnapshotContext,
) {
  const before = new Map(
    groupRunning(previous?.artifacts ?? []).map(g => [
      `${g.name}\u0000${g.sha256}`,
      g,
    ]),
  );
  const recorded = Math.trunc(unixSeconds(snapshot.recordedAt));
  const view = (group: RunningGroup, was: number, now: number) => {
    const provenance = ctx.provenance.get(group.sha256);
    const instances = now === 0 ? [] : group.instances;
    return {
      name: group.name,
      fingerprint: group.sha256,
      flow_name: provenance?.flowName ?? '',
      trail_name: provenance?.trailName ?? '',
      compliant: isCompliant(ctx, group),
      deployments: [],
      git_commit: provenance?.gitCommit ?? '',
      commit_url: provenance?.commitUrl ?? '',
      creationTimestamp: instances.map(i => i.startedAt ?? recorded),
      pods:
        env.type === 'K8S'
          ? Object.fromEntries(
              instances
                .filter(i => i.instance)
                .map(i => [
                  i.instance!,
                  {
                    namespace: i.namespace ?? '',
                    creationTimestamp: i.startedAt ?? recorded,
                    owners: [],
                  },
                ]),
            )
          : null,
      annotation: { type: annotationType(was, now), was, now },
    };
  };
  const current = groupRunning(snapshot.artifacts);
  const artifacts = current.map(g =>
    view(
      g,
      before.get(`${g.name}\u0000${g.sha256}`)?.instances.length ?? 0,
      g.instances.length,
    ),
  );
  for (const [key, g] of before)
    if (!current.some(c => `${c.name}\u0000${c.sha256}` === key))
      artifacts.push(view(g, g.instances.length, 0));
  return {
    index: snapshot.index,
    timestamp: unixSeconds(snapshot.recordedAt),
    type: env.type,
    environment_name: env.name,
    user_id: snapshot.recordedBy,
    user_name: snapshot.recordedBy,
    compliant: snapshotCompliant(snapshot, ctx),
    artifacts,
  };
}

/** One row of `kosli list snapshots`: when it was current (`to` 0 while it still is), for how long, compliant or not. */
export function kosliSnapshotListEntry(
  snapshot: Snapshot,
  next: Snapshot | undefined,
  ctx: SnapshotContext,
  now = new Date(),
) {
  const from = unixSeconds(snapshot.recordedAt);
  const to = next ? unixSeconds(next.recordedAt) : 0;
  return {
    index: snapshot.index,
    from,
    to,
    duration: Math.max(0, (to || now.getTime() / 1000) - from),
    compliant: snapshotCompliant(snapshot, ctx),
  };
}

/**
 * What changed from one snapshot to the next, as `kosli log environment` prints it: an artifact
 * that started, exited or scaled, with the flow it comes from (`pipeline`).
 */
export function kosliEnvironmentEvents(
  env: Environment,
  previous: Snapshot | undefined,
  snapshot: Snapshot,
  ctx: SnapshotContext,
) {
  const before = groupRunning(previous?.artifacts ?? []);
  const after = groupRunning(snapshot.artifacts);
  const count = (list: RunningGroup[], g: RunningGroup) =>
    list.find(x => x.name === g.name && x.sha256 === g.sha256)?.instances
      .length ?? 0;
  const plural = (n: number) => `${n} instance${n === 1 ? '' : 's'}`;
  const event = (g: RunningGroup, description: string) => ({
    environment_name: env.name,
    snapshot_index: snapshot.index,
    artifact_name: g.name,
    sha256: g.sha256,
    description,
    reported_at: unixSeconds(snapshot.recordedAt),
    pipeline: ctx.provenance.get(g.sha256)?.flowName ?? '',
    compliant: isCompliant(ctx, g),
  });
  const events = [];
  for (const g of after) {
    const was = count(before, g);
    const now = g.instances.length;
    if (was === 0) events.push(event(g, `${plural(now)} started running`));
    else if (was !== now)
      events.push(event(g, `scaled from ${was} to ${now} instances`));
  }
  for (const g of before)
    if (count(after, g) === 0)
      events.push(event(g, `${plural(g.instances.length)} exited`));
  return events;
}
