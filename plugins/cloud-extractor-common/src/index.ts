/**
 * What frontends, other backends and permission policies share with the cloud-extractor plugin:
 * its permissions, the types of its API and a client generated from its OpenAPI spec.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './types';
export * from './events';
export { CloudExtractorClient } from './CloudExtractorClient';
export { DefaultApiClient } from './schema/client.generated';
export type { Init, Answer } from './schema/client.generated';
export type { paths, components, operations } from './schema/openapi.generated';
