import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { cloudExtractorProvidersExtensionPoint } from '@fawkes/plugin-cloud-extractor-node';
import { AwsProvider, readAwsProviderOptions } from './AwsProvider';

/** Adds AWS to the cloud-extractor when `cloudExtractor.providers.aws` is configured. */
export const cloudExtractorModuleAws = createBackendModule({
  pluginId: 'cloud-extractor',
  moduleId: 'aws',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        providers: cloudExtractorProvidersExtensionPoint,
      },
      async init({ config, providers }) {
        const awsConfig = config.getOptionalConfig(
          'cloudExtractor.providers.aws',
        );
        if (!awsConfig) return;
        providers.addProvider(
          new AwsProvider(
            readAwsProviderOptions(awsConfig),
            DefaultAwsCredentialsManager.fromConfig(config),
          ),
        );
      },
    });
  },
});
