/**
 * What a backend module needs to add a cloud to the cloud-extractor plugin: the provider
 * extension point and the types a provider implements.
 *
 * @packageDocumentation
 */
export {
  cloudExtractorProvidersExtensionPoint,
  type CloudExtractorProvidersExtensionPoint,
} from './extensions';
export type {
  CloudProvider,
  CloudResource,
  FilterValue,
  RegionNames,
  ScanFailure,
  ScanRequest,
  ScanSink,
  ServiceDescription,
} from './types';
export { runLimited, throwIfAborted } from './runLimited';
