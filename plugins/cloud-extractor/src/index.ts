/**
 * The cloud-extractor frontend plugin: the extraction admin page and the cloud resource card.
 *
 * @packageDocumentation
 */
export { cloudExtractorPlugin as default } from './plugin';
export { cloudExtractorApiRef, type CloudExtractorApi } from './api';
export {
  CLOUD_PROVIDER_ANNOTATION,
  CLOUD_REGION_ANNOTATION,
  CLOUD_SERVICE_ANNOTATION,
} from './annotations';
