/**
 * Test helpers for the cloud provider modules: an extraction run into a capturing catalog, and
 * config with short job timings.
 *
 * @packageDocumentation
 */
export { extractInto } from './extractInto';
export { capturingCatalog } from './capturingCatalog';
export {
  awsTestConfig,
  catalogTestConfig,
  eventually,
  TEST_ACCOUNT,
  TEST_JOBS_CONFIG,
} from './awsTestConfig';
export { scanOverHttp } from './scanOverHttp';
export { testProviderModule } from './testProviderModule';
export { DEFAULT_ENTITY_SHAPE } from '../catalog/entityShape';
export type { ExtractionRequest } from '../jobs/types';
