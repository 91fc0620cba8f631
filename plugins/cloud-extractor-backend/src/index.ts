/**
 * The cloud-extractor backend plugin: scheduled cloud inventory into the Backstage catalog.
 *
 * @packageDocumentation
 */
export { cloudExtractorPlugin as default } from './plugin';
export { cloudExtractorPermissions, cloudExtractorJobCreatePermission } from './permissions';
