/**
 * Kubernetes clients per configured cluster, read from the Backstage Kubernetes plugin's config.
 *
 * @packageDocumentation
 */
export {
  KubernetesClusters,
  KubernetesCluster,
  kubernetesClient,
} from './KubernetesClusters';
export type { ClusterInfo } from './KubernetesClusters';
export { kubernetesClustersServiceRef } from './kubernetesClustersService';
export {
  toBackstageError,
  kubernetesStatusOf,
  isKubernetesNotFound,
  isKubernetesConflict,
} from './kubernetesErrors';
