import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';

/**
 * The catalog entity provider of one (cloud provider, account | subscription | project) scope,
 * named as the cloud-extractor names it (`cloud-extractor:aws:123456789012`). It owns that scope's
 * entities; the feed reader hands it the changes of its scope.
 */
export class CloudEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(private readonly name: string) {}

  getProviderName(): string {
    return this.name;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  /** The catalog's connection, once the catalog has started the provider. */
  connected(): EntityProviderConnection | undefined {
    return this.connection;
  }
}
