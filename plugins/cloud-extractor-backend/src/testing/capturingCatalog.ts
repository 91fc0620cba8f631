import type { EntityProviderConnection, EntityProviderMutation } from '@backstage/plugin-catalog-node';
import { CatalogPublisher } from '../catalog/CatalogPublisher';
import { CloudEntityProvider } from '../catalog/CloudEntityProvider';

/**
 * A publisher whose scope's entity provider is connected the way the catalog connects it, and
 * which records the mutations the catalog would receive.
 */
export async function capturingCatalog(provider: string, scope: string) {
  const publisher = new CatalogPublisher();
  const mutations: EntityProviderMutation[] = [];
  const connection: EntityProviderConnection = {
    applyMutation: async mutation => {
      mutations.push(mutation);
    },
    refresh: async () => {},
  };
  await new CloudEntityProvider(provider, scope, publisher).connect(connection);
  return { publisher, mutations };
}
