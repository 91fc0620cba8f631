/**
 * AWS for the cloud-extractor plugin: every configured account and region, through the AWS SDK v3.
 *
 * @packageDocumentation
 */
export { cloudExtractorModuleAws as default } from './module';
export { cloudExtractorModuleAws } from './module';
export {
  AwsProvider,
  readAwsProviderOptions,
  type AwsProviderOptions,
} from './AwsProvider';
