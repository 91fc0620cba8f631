/**
 * What frontends, other backends and permission policies share with the devlake plugin: its
 * permission, the types of its API, DORA's tiers and benchmark bands, and a client generated
 * from its OpenAPI spec.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './types';
export * from './dora';
export { DevlakeClient } from './DevlakeClient';
export { DefaultApiClient } from './schema/client.generated';
export type { Init, Answer } from './schema/client.generated';
export type { paths, components, operations } from './schema/openapi.generated';
