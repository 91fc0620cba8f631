import type { FactStore } from '../database/FactStore';
import type { Snapshot } from '../database/EnvironmentStore';
import type { SnapshotSelector } from './snappish';

/** The snapshot a selector names in an environment, if it exists. */
export async function resolveSnapshot(
  store: FactStore,
  environmentId: string,
  selector: SnapshotSelector,
): Promise<Snapshot | undefined> {
  switch (selector.kind) {
    case 'latest':
      return store.environments.latestSnapshot(environmentId);
    case 'index':
      return store.environments.snapshotByIndex(environmentId, selector.index);
    case 'back': {
      const latest = await store.environments.latestSnapshot(environmentId);
      if (!latest || latest.index - selector.count < 1) return undefined;
      return store.environments.snapshotByIndex(
        environmentId,
        latest.index - selector.count,
      );
    }
    case 'at':
      // Snapshots are stamped when they arrive, so none predates 1970; PostgreSQL cannot compare
      // times before 4713 BC, which a relative time can reach.
      if (selector.time.getTime() < 0) return undefined;
      return store.environments.snapshotAt(environmentId, selector.time);
    default:
      return undefined;
  }
}
