import { authHeaders, createTestDatabases, startPluginBackend, type PluginBackend } from '@fawkes/test-kit';
import { cloudExtractorPlugin } from './plugin';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('cloud-extractor plugin on %s', databaseId => {
  let backend: PluginBackend;

  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [cloudExtractorPlugin],
      knex: await databases.init(databaseId),
      config: { cloudExtractor: { providers: { gcp: { projects: ['p1'] }, aws: { accounts: ['123456789012'] } } } },
    });
  });

  afterAll(() => backend.stop());

  it('serves health without credentials, in the seed shape', async () => {
    const res = await backend.http.get('/api/cloud-extractor/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'healthy', timestamp: expect.any(String), version: expect.any(String) });
  });

  it('refuses the provider list without credentials', async () => {
    expect((await backend.http.get('/api/cloud-extractor/extraction/providers')).status).toBe(401);
  });

  it('lists only the configured providers', async () => {
    const res = await backend.http.get('/api/cloud-extractor/extraction/providers').set(authHeaders.user());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ providers: ['aws', 'gcp'], total: 2 });
  });
});
