import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogPublisherServiceRef } from './CatalogPublisher';
import { CloudEntityProvider } from './CloudEntityProvider';
import { configuredScopes } from './configuredScopes';

/**
 * Catalog module: one entity provider per configured cloud scope. The cloud-extractor plugin's
 * jobs publish into them.
 */
export const catalogModuleCloudExtractor = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'cloud-extractor',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        catalog: catalogProcessingExtensionPoint,
        publisher: catalogPublisherServiceRef,
      },
      async init({ config, catalog, publisher }) {
        for (const { provider, scope } of configuredScopes(config)) {
          catalog.addEntityProvider(
            new CloudEntityProvider(provider, scope, publisher),
          );
        }
      },
    });
  },
});
