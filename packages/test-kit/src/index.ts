/**
 * Test helpers shared by the plugins.
 *
 * @packageDocumentation
 */
export { TEST_DATABASE_IDS, createTestDatabases } from './databases';
export {
  sharedFixturesDir,
  fixturePath,
  describeWithFixtures,
} from './fixtures';
export { startPluginBackend, authHeaders } from './startPluginBackend';
export { inMemoryDatabaseServiceFactory } from './inMemoryDatabases';
export type { PluginBackend, PluginBackendOptions } from './startPluginBackend';
export { helmBinary, HELM_BUILDS } from './helmBinary';
export type { HelmMajor } from './helmBinary';
export { localTls } from './localTls';
export { servedRoutes, specRoutes } from './openApiRoutes';
export { expectServedSpec } from './servedSpec';
export { freePort } from './freePort';
