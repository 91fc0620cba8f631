import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { cloudExtractorProvidersExtensionPoint } from '@fawkes/plugin-cloud-extractor-node';
import { GcpProvider, readGcpProviderOptions } from './GcpProvider';

/** Adds GCP to the cloud-extractor when `cloudExtractor.providers.gcp` is configured. */
export const cloudExtractorModuleGcp = createBackendModule({
  pluginId: 'cloud-extractor',
  moduleId: 'gcp',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        providers: cloudExtractorProvidersExtensionPoint,
      },
      async init({ config, providers }) {
        const gcp = config.getOptionalConfig('cloudExtractor.providers.gcp');
        if (!gcp) return;
        providers.addProvider(new GcpProvider(readGcpProviderOptions(gcp)));
      },
    });
  },
});
