import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startPluginBackend, type PluginBackend } from '@fawkes/test-kit';
import type { Knex } from 'knex';
import { devlakePlugin } from '../plugin';
import { testConfig } from '../test/signing';

/**
 * For the tests of the calling describe block: the plugin started with an empty catalog and the
 * test config on a fresh database; the fields are set once the block's tests run. (Not in
 * src/test/: it uses the test kit, a development dependency.)
 */
export function pluginOnFreshDatabase(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): { backend: PluginBackend; knex: Knex } {
  const started = {} as { backend: PluginBackend; knex: Knex };
  beforeAll(async () => {
    started.knex = await databases.init(databaseId);
    started.backend = await startPluginBackend({
      features: [devlakePlugin, catalogServiceMock.factory({ entities: [] })],
      knex: started.knex,
      config: testConfig,
    });
  });
  afterAll(() => started.backend.stop());
  return started;
}
