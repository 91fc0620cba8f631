/**
 * The cloud-extractor backend plugin: scheduled cloud inventory into the Backstage catalog.
 *
 * @packageDocumentation
 */
export { cloudExtractorPlugin as default } from './plugin';
export { cloudExtractorPlugin } from './plugin';
export {
  cloudExtractorProvidersExtensionPoint,
  type CloudExtractorProvidersExtensionPoint,
} from './extensions';
export type {
  CloudProvider,
  CloudResource,
  ScanRequest,
  ScanSink,
  ScanFailure,
  ServiceDescription,
} from './providers/types';
export { cloudExtractorModuleAws } from './providers/aws/module';
export { cloudExtractorModuleAzure } from './providers/azure/module';
export { cloudExtractorModuleGcp } from './providers/gcp/module';
export { catalogModuleCloudExtractor } from './catalog/module';
export {
  catalogPublisherServiceRef,
  CatalogPublisher,
} from './catalog/CatalogPublisher';
export { toEntity, entityName } from './catalog/toEntity';
export type { EntityShapeOptions } from './catalog/entityShape';
