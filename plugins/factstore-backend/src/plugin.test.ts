import { authHeaders, createTestDatabases, startPluginBackend, type PluginBackend } from '@fawkes/test-kit';
import { factstorePlugin } from './plugin';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('factstore plugin on %s', databaseId => {
  let backend: PluginBackend;

  beforeAll(async () => {
    const knex = await databases.init(databaseId);
    backend = await startPluginBackend({ features: [factstorePlugin], knex });
  });

  afterAll(() => backend.stop());

  it('serves health without credentials', async () => {
    const res = await backend.http.get('/api/factstore/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'healthy', version: expect.any(String) });
  });

  it('refuses the flow list without credentials', async () => {
    const res = await backend.http.get('/api/factstore/api/v1/flows');
    expect(res.status).toBe(401);
  });

  it('lists flows for a user and for a service', async () => {
    const asUser = await backend.http.get('/api/factstore/api/v1/flows').set(authHeaders.user());
    expect(asUser.status).toBe(200);
    expect(asUser.body).toEqual([]);
    const asService = await backend.http.get('/api/factstore/api/v1/flows').set(authHeaders.service('factstore'));
    expect(asService.status).toBe(200);
  });
});
