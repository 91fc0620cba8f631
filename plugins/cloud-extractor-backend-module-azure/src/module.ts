import type { TokenCredential } from '@azure/identity';
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
        // @azure/identity is loaded on the first token request (the first scan), not at start.
        let loaded: Promise<TokenCredential> | undefined;
        const credential: TokenCredential = {
          getToken: async (scopes, options) => {
            // `require`, not `import()`: Jest keeps `import()` native in backend packages and refuses it.
            loaded ??= Promise.resolve(
              require('@azure/identity') as typeof import('@azure/identity'),
            ).then(identity =>
              tenantId && clientId && clientSecret
                ? new identity.ClientSecretCredential(
                    tenantId,
                    clientId,
                    clientSecret,
                  )
                : new identity.DefaultAzureCredential(),
            );
            return (await loaded).getToken(scopes, options);
          },
        };
        providers.addProvider(
          new AzureProvider(readAzureProviderOptions(azure), credential),
        );
      },
    });
  },
});
