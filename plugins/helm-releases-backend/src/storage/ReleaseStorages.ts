import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  KubernetesCluster,
  KubernetesClusters,
} from '@fawkes/kubernetes-clusters';
import { KubernetesReleaseStorage } from './KubernetesReleaseStorage';
import { MemoryReleaseStorage } from './MemoryReleaseStorage';
import { ReleaseLabelIndex } from './ReleaseLabelIndex';
import type { ReleaseStorage, StorageDriverName } from './ReleaseStorage';

/** Picks the cluster (`context`) and the Helm storage driver a request names. */
export class ReleaseStorages {
  /** One memory store per cluster, for the life of this backend process. */
  private readonly memory = new Map<string, MemoryReleaseStorage>();

  /** The label index of each cluster and driver, started by its first list. */
  private readonly indexes = new Map<string, ReleaseLabelIndex>();

  constructor(
    private readonly clusters: KubernetesClusters,
    private readonly logger: LoggerService,
  ) {}

  /** Ends the indexes' watches (at shutdown). */
  stop() {
    for (const index of this.indexes.values()) index.stop();
    this.indexes.clear();
  }

  /** Unknown context → InputError listing the configured clusters. */
  cluster(context: string | undefined): KubernetesCluster {
    return this.clusters.get(context);
  }

  storage(
    cluster: KubernetesCluster,
    driver: StorageDriverName,
  ): ReleaseStorage {
    if (driver !== 'memory') {
      const key = `${driver}/${cluster.name}`;
      let index = this.indexes.get(key);
      if (!index) {
        index = new ReleaseLabelIndex(
          cluster,
          driver === 'secret' ? 'secrets' : 'configmaps',
          this.logger,
        );
        this.indexes.set(key, index);
      }
      return new KubernetesReleaseStorage(cluster, driver, index);
    }
    let store = this.memory.get(cluster.name);
    if (!store) {
      store = new MemoryReleaseStorage();
      this.memory.set(cluster.name, store);
    }
    return store;
  }
}
