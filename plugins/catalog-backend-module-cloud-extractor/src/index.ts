/**
 * The catalog's side of the cloud-extractor: one entity provider per configured cloud scope, fed
 * from the plugin's entity feed over HTTP, so the catalog may run in another backend.
 *
 * @packageDocumentation
 */
export { catalogModuleCloudExtractor as default } from './module';
export { catalogModuleCloudExtractor } from './module';
