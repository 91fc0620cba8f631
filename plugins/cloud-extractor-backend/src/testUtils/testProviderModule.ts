import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  cloudExtractorProvidersExtensionPoint,
  type CloudProvider,
} from '@fawkes/plugin-cloud-extractor-node';

/**
 * A backend module that adds the provider `build` makes from `cloudExtractor.providers.<name>`,
 * as the cloud's own module does, but with what a test needs instead of the cloud's sign-in
 * (a token credential, an OAuth2 client holding a token).
 */
export function testProviderModule(
  name: string,
  build: (config: Config) => CloudProvider,
) {
  return createBackendModule({
    pluginId: 'cloud-extractor',
    moduleId: `${name}-test`,
    register(env) {
      env.registerInit({
        deps: {
          config: coreServices.rootConfig,
          providers: cloudExtractorProvidersExtensionPoint,
        },
        async init({ config, providers }) {
          providers.addProvider(
            build(config.getConfig(`cloudExtractor.providers.${name}`)),
          );
        },
      });
    },
  });
}
