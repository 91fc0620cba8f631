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
} from '@fawkes/plugin-cloud-extractor-node';
export type {
  CloudProvider,
  CloudResource,
  ScanRequest,
  ScanSink,
  ScanFailure,
  ServiceDescription,
} from '@fawkes/plugin-cloud-extractor-node';
export { providerName } from './catalog/EntityFeed';
export { toEntity, entityName } from './catalog/toEntity';
export type { EntityShapeOptions } from './catalog/entityShape';
