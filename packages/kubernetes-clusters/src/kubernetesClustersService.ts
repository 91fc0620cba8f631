import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { KubernetesClusters } from './KubernetesClusters';

/**
 * The configured clusters, shared by every plugin of the backend. Tests replace it with
 * `kubernetesClustersServiceFactory(...)` or by configuring a simulator as a cluster.
 */
export const kubernetesClustersServiceRef =
  createServiceRef<KubernetesClusters>({
    id: 'fawkes.kubernetes-clusters',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { config: coreServices.rootConfig },
        factory: ({ config }) => KubernetesClusters.fromConfig(config),
      }),
  });
