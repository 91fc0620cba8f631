/**
 * Azure for the cloud-extractor plugin: every configured subscription, through Resource Graph.
 *
 * @packageDocumentation
 */
export { cloudExtractorModuleAzure as default } from './module';
export { cloudExtractorModuleAzure } from './module';
export {
  AzureProvider,
  readAzureProviderOptions,
  type AzureProviderOptions,
} from './AzureProvider';
