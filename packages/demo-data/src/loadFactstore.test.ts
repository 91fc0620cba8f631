import { mockCredentials } from '@backstage/backend-test-utils';
import { createTestDatabases, startPluginBackend } from '@fawkes/test-kit';
import type { AddressInfo } from 'node:net';
// The plugin the demo loads into, started in the test's backend as npm start runs it.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import factstorePlugin from '@fawkes/plugin-factstore-backend';
import { loadFactstore } from './loadFactstore';

const databases = createTestDatabases();
jest.setTimeout(120_000);

// A backend whose database outlives it (PostgreSQL) starts the demo companion again on the same data.
describe.each(databases.eachSupportedId())(
  'loadFactstore on %s',
  databaseId => {
    it('loads the demo trail once and leaves a database that holds it as it is', async () => {
      const knex = await databases.init(databaseId);
      const backend = await startPluginBackend({
        features: [factstorePlugin],
        knex,
        permission: 'allow',
      });
      try {
        const { port } = backend.server.address() as AddressInfo;
        const options = {
          baseUrl: `http://127.0.0.1:${port}`,
          token: mockCredentials.service.token(),
        };
        const first = await loadFactstore(options);
        expect(first).toEqual({
          flowId: expect.any(String),
          trailId: expect.any(String),
          approvalId: expect.any(String),
        });
        await expect(loadFactstore(options)).resolves.toBeUndefined();
        const trails = await knex('trails').count({ n: '*' });
        expect(Number(trails[0].n)).toBe(1);
      } finally {
        await backend.stop();
      }
    });
  },
);
