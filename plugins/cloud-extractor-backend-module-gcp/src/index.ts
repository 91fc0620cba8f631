/**
 * GCP for the cloud-extractor plugin: every configured project, through Cloud Asset Inventory.
 *
 * @packageDocumentation
 */
export { cloudExtractorModuleGcp as default } from './module';
export { cloudExtractorModuleGcp } from './module';
export {
  GcpProvider,
  readGcpProviderOptions,
  type GcpProviderOptions,
} from './GcpProvider';
