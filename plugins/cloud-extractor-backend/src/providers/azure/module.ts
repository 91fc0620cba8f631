import {
  ClientSecretCredential,
  DefaultAzureCredential,
} from '@azure/identity';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { cloudExtractorProvidersExtensionPoint } from '@fawkes/plugin-cloud-extractor-node';
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
      deps: {
        config: coreServices.rootConfig,
        providers: cloudExtractorProvidersExtensionPoint,
      },
      async init({ config, providers }) {
        const azure = config.getOptionalConfig(
          'cloudExtractor.providers.azure',
        );
        if (!azure) return;
        const principal = {
          tenantId: azure.getOptionalString('tenantId'),
          clientId: azure.getOptionalString('clientId'),
          clientSecret: azure.getOptionalString('clientSecret'),
        };
        const missing = Object.entries(principal)
          .filter(([, value]) => !value)
          .map(([key]) => key);
        // A partial service principal (a typo, an unset variable) must not quietly become the host's identity.
        if (missing.length > 0 && missing.length < 3) {
          throw new Error(
            `cloudExtractor.providers.azure: set tenantId, clientId and clientSecret together, or none of them for DefaultAzureCredential; missing ${missing.join(', ')}`,
          );
        }
        const { tenantId, clientId, clientSecret } = principal;
        const credential =
          tenantId && clientId && clientSecret
            ? new ClientSecretCredential(tenantId, clientId, clientSecret)
            : new DefaultAzureCredential();
        providers.addProvider(
          new AzureProvider(readAzureProviderOptions(azure), credential),
        );
      },
    });
  },
});
