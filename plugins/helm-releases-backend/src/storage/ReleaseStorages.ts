import type {
  KubernetesCluster,
  KubernetesClusters,
} from '@fawkes/kubernetes-clusters';
import { KubernetesReleaseStorage } from './KubernetesReleaseStorage';
import { MemoryReleaseStorage } from './MemoryReleaseStorage';
import type { ReleaseStorage, StorageDriverName } from './ReleaseStorage';

/** Picks the cluster (`context`) and the Helm storage driver a request names. */
export class ReleaseStorages {
  /** One memory store per cluster, for the life of this backend process. */
  private readonly memory = new Map<string, MemoryReleaseStorage>();

  constructor(private readonly clusters: KubernetesClusters) {}

  /** Unknown context → InputError listing the configured clusters. */
  cluster(context: string | undefined): KubernetesCluster {
    return this.clusters.get(context);
  }

  storage(
    cluster: KubernetesCluster,
    driver: StorageDriverName,
  ): ReleaseStorage {
    if (driver !== 'memory')
      return new KubernetesReleaseStorage(cluster, driver);
    let store = this.memory.get(cluster.name);
    if (!store) {
      store = new MemoryReleaseStorage();
      this.memory.set(cluster.name, store);
    }
    return store;
  }
}
