import { ClientSecretCredential, DefaultAzureCredential } from '@azure/identity';
import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { cloudExtractorProvidersExtensionPoint } from '../../extensions';
import { AzureProvider, readAzureProviderOptions } from './AzureProvider';

/**
 * Adds Azure to the cloud-extractor when `cloudExtractor.providers.azure` is configured. A
 * service principal when tenantId, clientId and clientSecret are set; otherwise the default
 * credential chain (managed identity, workload identity, environment, Azure CLI).
 */
export const cloudExtractorModuleAzure = createBackendModule({
  pluginId: 'cloud-extractor',
  moduleId: 'azure',
  register(env) {
    env.registerInit({
      deps: { config: coreServices.rootConfig, providers: cloudExtractorProvidersExtensionPoint },
      async init({ config, providers }) {
        const azure = config.getOptionalConfig('cloudExtractor.providers.azure');
        if (!azure) return;
        const tenantId = azure.getOptionalString('tenantId');
        const clientId = azure.getOptionalString('clientId');
        const clientSecret = azure.getOptionalString('clientSecret');
        const credential =
          tenantId && clientId && clientSecret
            ? new ClientSecretCredential(tenantId, clientId, clientSecret)
            : new DefaultAzureCredential();
        providers.addProvider(new AzureProvider(readAzureProviderOptions(azure), credential));
      },
    });
  },
});
