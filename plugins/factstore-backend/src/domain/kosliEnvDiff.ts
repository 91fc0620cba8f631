import type { Environment, Snapshot } from '../database/EnvironmentStore';
import type { Provenance } from './kosliProvenance';
import { groupRunning, unixSeconds, type RunningGroup } from './kosliSnapshots';

interface Side {
  env: Environment;
  snapshot: Snapshot;
}

const keyOf = (g: RunningGroup) => `${g.name}\u0000${g.sha256}`;

/**
 * `kosli diff snapshots S1 S2` as the CLI prints it (cmd/kosli/diffSnapshots.go
 * `DiffSnapshotsResponse`): artifacts only in S1, only in S2, `changed` (in both, scaled: the
 * instance counts of each side) and `not-changed`; each with its flow, commit URL, pods, instance
 * count and the latest start time (unix seconds, an integer as Go's int64 wants).
 */
export function kosliEnvDiff(
  one: Side,
  two: Side,
  provenance: Map<string, Provenance>,
) {
  const first = new Map(
    groupRunning(one.snapshot.artifacts).map(g => [keyOf(g), g]),
  );
  const second = new Map(
    groupRunning(two.snapshot.artifacts).map(g => [keyOf(g), g]),
  );
  const entry = (g: RunningGroup, side: Side) => ({
    name: g.name,
    fingerprint: g.sha256,
    flow: provenance.get(g.sha256)?.flowName ?? '',
    commit_url: provenance.get(g.sha256)?.commitUrl ?? '',
    most_recent_timestamp: Math.max(
      ...g.instances.map(
        i => i.startedAt ?? Math.trunc(unixSeconds(side.snapshot.recordedAt)),
      ),
    ),
    instance_count: g.instances.length,
    pods:
      side.env.type === 'K8S'
        ? g.instances.flatMap(i => (i.instance ? [i.instance] : []))
        : [],
  });
  const onlyFirst = [...first]
    .filter(([k]) => !second.has(k))
    .map(([, g]) => entry(g, one));
  const onlySecond = [...second]
    .filter(([k]) => !first.has(k))
    .map(([, g]) => entry(g, two));
  const changed = [];
  const unchanged = [];
  for (const [k, g] of second) {
    const before = first.get(k);
    if (!before) continue;
    if (before.instances.length === g.instances.length)
      unchanged.push(entry(g, two));
    else
      changed.push({
        ...entry(g, two),
        s1_instance_count: before.instances.length,
        s2_instance_count: g.instances.length,
      });
  }
  const id = (side: Side) => `${side.env.name}#${side.snapshot.index}`;
  return {
    snappish1: { snapshot_id: id(one), artifacts: onlyFirst },
    snappish2: { snapshot_id: id(two), artifacts: onlySecond },
    changed: { artifacts: changed },
    'not-changed': { artifacts: unchanged },
  };
}
