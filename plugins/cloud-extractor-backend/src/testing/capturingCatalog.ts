import type {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { CatalogPublisher } from '../catalog/CatalogPublisher';
import { CloudEntityProvider } from '../catalog/CloudEntityProvider';

/**
 * A publisher whose scopes' entity providers are connected the way the catalog connects them,
 * and which records the mutations the catalog would receive: all of them in order
 * (`mutations`), and per scope (`byScope`).
 */
export async function capturingCatalog(provider: string, ...scopes: string[]) {
  const publisher = new CatalogPublisher();
  const mutations: EntityProviderMutation[] = [];
  const byScope: Record<string, EntityProviderMutation[]> = {};
  for (const scope of scopes) {
    byScope[scope] = [];
    const connection: EntityProviderConnection = {
      applyMutation: async mutation => {
        mutations.push(mutation);
        byScope[scope].push(mutation);
      },
      refresh: async () => {},
    };
    await new CloudEntityProvider(provider, scope, publisher).connect(
      connection,
    );
  }
  return { publisher, mutations, byScope };
}
