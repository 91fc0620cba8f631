import type { Release } from '../release/release';
import type { ReleaseStorage } from '../storage/ReleaseStorage';

/**
 * `--history-max` as Helm's Storage.Create applies it (pkg/storage removeLeastRecent): before the
 * new revision is written, the oldest revisions are deleted until `maxHistory - 1` remain, never
 * the last deployed one. Every deletion is tried; if any fails the first error is thrown, and the
 * caller writes nothing, as Helm then refuses the operation. Returns the revisions deleted.
 */
export async function pruneHistory(
  history: Release[],
  storage: ReleaseStorage,
  maxHistory: number,
  /** Where the records are (see ReleaseStorage.create). */
  namespace: string,
): Promise<Release[]> {
  const keep = maxHistory - 1;
  if (maxHistory <= 0 || history.length <= keep) return [];
  const oldestFirst = [...history].sort((a, b) => a.version - b.version);
  const lastDeployed = oldestFirst
    .filter(r => r.info.status === 'deployed')
    .at(-1);
  const doomed: Release[] = [];
  for (const revision of oldestFirst) {
    if (oldestFirst.length - doomed.length === keep) break;
    if (revision !== lastDeployed) doomed.push(revision);
  }
  const failures: Error[] = [];
  for (const revision of doomed) {
    try {
      await storage.remove(namespace, revision.name, revision.version);
    } catch (error) {
      failures.push(error as Error);
    }
  }
  if (failures.length > 0) {
    const first = failures[0];
    first.message = `Could not delete ${failures.length} of the revisions beyond helmReleases.maxHistory (${maxHistory}), so nothing was rolled back: ${first.message}`;
    throw first;
  }
  return doomed;
}
