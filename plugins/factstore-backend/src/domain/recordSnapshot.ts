import type { FactStore } from '../database/FactStore';
import type {
  AllowlistEntry,
  Environment,
  Snapshot,
} from '../database/EnvironmentStore';
import {
  diffSnapshots,
  normalizeRunning,
  type RunningArtifact,
  type SnapshotDiff,
} from './snapshotDiff';

/** Is this running artifact on the environment's allow-list (by digest or name pattern, not expired)? */
export function isAllowlisted(
  entries: AllowlistEntry[],
  artifact: RunningArtifact,
  now = new Date(),
): boolean {
  return entries.some(entry => {
    if (entry.expiresAt && new Date(entry.expiresAt) < now) return false;
    if (entry.sha256) return entry.sha256 === artifact.sha256;
    if (entry.namePattern) {
      const pattern = new RegExp(
        `^${entry.namePattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
      );
      return pattern.test(artifact.name);
    }
    return false;
  });
}

/** Drift of a snapshot from a baseline snapshot, leaving out allow-listed artifacts. */
export function driftBetween(
  baseline: Snapshot,
  current: Snapshot,
  allowlist: AllowlistEntry[],
): Pick<SnapshotDiff, 'added' | 'removed' | 'changed'> {
  const diff = diffSnapshots(baseline.artifacts, current.artifacts);
  return {
    added: diff.added.filter(a => !isAllowlisted(allowlist, a)),
    removed: diff.removed,
    changed: diff.changed.filter(
      c => !isAllowlisted(allowlist, { name: c.name, sha256: c.toSha256 }),
    ),
  };
}

/**
 * Records what runs in an environment (call it in a transaction: it locks the environment). With `onlyIfChanged` (Kosli reporters send the same state
 * every minute) an unchanged state returns the latest snapshot instead of a new one. When the
 * environment has a baseline, the drift from it is recorded with the snapshot.
 */
export async function recordSnapshot(
  tx: FactStore,
  environment: Environment,
  artifacts: RunningArtifact[],
  recordedBy: string,
  onlyIfChanged: boolean,
): Promise<{ snapshot: Snapshot; created: boolean }> {
  const running = normalizeRunning(artifacts);
  await tx.environments.lockForSnapshot(environment.id);
  if (onlyIfChanged) {
    const latest = await tx.environments.latestSnapshot(environment.id);
    if (
      latest &&
      JSON.stringify(normalizeRunning(latest.artifacts)) ===
        JSON.stringify(running)
    )
      return { snapshot: latest, created: false };
  }
  const snapshot = await tx.environments.recordSnapshot(
    environment.id,
    running,
    recordedBy,
  );
  const baseline = await tx.environments.currentBaseline(environment.id);
  if (baseline) {
    const baselineSnapshot = await tx.environments.snapshotByIndex(
      environment.id,
      baseline.snapshotIndex,
    );
    if (baselineSnapshot) {
      const diff = driftBetween(
        baselineSnapshot,
        snapshot,
        await tx.environments.allowlist(environment.id),
      );
      const hasDrift =
        diff.added.length + diff.removed.length + diff.changed.length > 0;
      await tx.environments.recordDrift({
        environmentId: environment.id,
        baselineId: baseline.id,
        snapshotIndex: snapshot.index,
        hasDrift,
        diff,
      });
    }
  }
  return { snapshot, created: true };
}
