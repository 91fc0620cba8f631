import type {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { CatalogPublisher } from './CatalogPublisher';

/**
 * The catalog entity provider of one (cloud provider, account | subscription | project) scope.
 * It owns that scope's entities, so a full mutation replaces only them; the job runner decides
 * when a full mutation is safe.
 */
export class CloudEntityProvider implements EntityProvider {
  constructor(
    private readonly provider: string,
    private readonly scope: string,
    private readonly publisher: CatalogPublisher,
  ) {}

  getProviderName(): string {
    return CatalogPublisher.providerName(this.provider, this.scope);
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.publisher.connect(this.getProviderName(), connection);
  }
}
