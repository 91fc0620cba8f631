/** One running artifact in a snapshot. */
export interface RunningArtifact {
  name: string;
  sha256: string;
  /** Where it runs: pod, task, function… as the reporter said. */
  instance?: string;
  /** When that instance started (unix seconds), as the reporter said. */
  startedAt?: number;
  /** The K8S namespace of the pod. */
  namespace?: string;
}

export interface SnapshotDiff {
  added: RunningArtifact[];
  removed: RunningArtifact[];
  changed: Array<{ name: string; fromSha256: string; toSha256: string }>;
  unchanged: RunningArtifact[];
}

const key = (a: RunningArtifact) => `${a.name}\u0000${a.sha256}`;

/**
 * What changed between two snapshots. An artifact name present in both with a different digest is
 * "changed"; other digests only in `to` are "added", only in `from` are "removed".
 */
export function diffSnapshots(
  from: RunningArtifact[],
  to: RunningArtifact[],
): SnapshotDiff {
  const fromKeys = new Map(from.map(a => [key(a), a]));
  const toKeys = new Map(to.map(a => [key(a), a]));
  const unchanged = [...toKeys.values()].filter(a => fromKeys.has(key(a)));
  let added = [...toKeys.values()].filter(a => !fromKeys.has(key(a)));
  let removed = [...fromKeys.values()].filter(a => !toKeys.has(key(a)));
  const changed: SnapshotDiff['changed'] = [];
  for (const a of [...added]) {
    const before = removed.find(r => r.name === a.name);
    if (before) {
      changed.push({
        name: a.name,
        fromSha256: before.sha256,
        toSha256: a.sha256,
      });
      added = added.filter(x => x !== a);
      removed = removed.filter(x => x !== before);
    }
  }
  return { added, removed, changed, unchanged };
}

/** One entry per instance: the instance counts and pods of a snapshot are kept. */
const instanceKey = (a: RunningArtifact) =>
  `${key(a)}\u0000${a.instance ?? ''}`;

/** Distinct (name, digest, instance) triples, sorted, so equal states compare equal. */
export function normalizeRunning(
  artifacts: RunningArtifact[],
): RunningArtifact[] {
  const seen = new Map<string, RunningArtifact>();
  for (const a of artifacts)
    if (!seen.has(instanceKey(a)))
      seen.set(instanceKey(a), {
        name: a.name,
        sha256: a.sha256,
        ...(a.instance ? { instance: a.instance } : {}),
        ...(a.startedAt !== undefined ? { startedAt: a.startedAt } : {}),
        ...(a.namespace ? { namespace: a.namespace } : {}),
      });
  return [...seen.values()].sort((x, y) =>
    instanceKey(x).localeCompare(instanceKey(y)),
  );
}
