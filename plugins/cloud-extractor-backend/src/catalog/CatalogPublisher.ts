import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import type {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';

/**
 * Hands the cloud-extractor's scan results to the catalog's entity providers in the same process.
 * The catalog module registers one connection per scope; the job runner publishes to them.
 */
export class CatalogPublisher {
  private readonly connections = new Map<string, EntityProviderConnection>();

  /** The entity provider name of a scope, e.g. `cloud-extractor:aws:123456789012`. */
  static providerName(provider: string, scope: string): string {
    return `cloud-extractor:${provider}:${scope}`;
  }

  connect(providerName: string, connection: EntityProviderConnection): void {
    this.connections.set(providerName, connection);
  }

  isConnected(providerName: string): boolean {
    return this.connections.has(providerName);
  }

  /** Applies the mutation; false when no catalog entity provider exists for the scope here. */
  async apply(
    providerName: string,
    mutation: EntityProviderMutation,
  ): Promise<boolean> {
    const connection = this.connections.get(providerName);
    if (!connection) return false;
    await connection.applyMutation(mutation);
    return true;
  }
}

/** A root service, so the catalog module and the cloud-extractor plugin share one publisher. */
export const catalogPublisherServiceRef = createServiceRef<CatalogPublisher>({
  id: 'cloud-extractor.catalog-publisher',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {},
      factory: () => new CatalogPublisher(),
    }),
});
