import { authHeaders, createTestDatabases, startPluginBackend, type PluginBackend } from '@fawkes/test-kit';
import { cheLauncherPlugin } from './plugin';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('che-launcher plugin on %s', databaseId => {
  let backend: PluginBackend;

  beforeAll(async () => {
    backend = await startPluginBackend({
      features: [cheLauncherPlugin],
      knex: await databases.init(databaseId),
      config: {
        cheLauncher: {
          devfiles: [
            { name: 'nodejs', displayName: 'Node.js', url: 'https://registry.devfile.io/devfiles/nodejs', tags: ['javascript'] },
            { name: 'go', url: 'https://registry.devfile.io/devfiles/go' },
          ],
        },
      },
    });
  });

  afterAll(() => backend.stop());

  it('serves health without credentials', async () => {
    expect((await backend.http.get('/api/che-launcher/health')).body.status).toBe('healthy');
  });

  it('refuses the devfile list without credentials', async () => {
    expect((await backend.http.get('/api/che-launcher/devfiles')).status).toBe(401);
  });

  it('lists the configured golden-path devfiles with defaults filled in', async () => {
    const res = await backend.http.get('/api/che-launcher/devfiles').set(authHeaders.user());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      devfiles: [
        { name: 'nodejs', displayName: 'Node.js', description: '', url: 'https://registry.devfile.io/devfiles/nodejs', tags: ['javascript'] },
        { name: 'go', displayName: 'go', description: '', url: 'https://registry.devfile.io/devfiles/go', tags: [] },
      ],
      total: 2,
    });
  });
});
