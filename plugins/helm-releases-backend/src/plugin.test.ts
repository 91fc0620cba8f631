import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { authHeaders, createTestDatabases, startPluginBackend, type PluginBackend } from '@fawkes/test-kit';
import { helmReleasesPlugin } from './plugin';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('helm-releases plugin on %s', databaseId => {
  const sim = new KubernetesSimulator();
  let backend: PluginBackend;
  let denied: PluginBackend;

  beforeAll(async () => {
    await sim.start();
    const knex = await databases.init(databaseId);
    const config = {
      kubernetes: { clusterLocatorMethods: [{ type: 'config', clusters: [sim.clusterConfig('local'), { ...sim.clusterConfig('staging'), title: 'Staging' }] }] },
    };
    backend = await startPluginBackend({ features: [helmReleasesPlugin], knex, config });
    denied = await startPluginBackend({ features: [helmReleasesPlugin], knex, config, permission: 'deny' });
  });

  afterAll(async () => {
    await backend.stop();
    await denied.stop();
    await sim.stop();
  });

  it('serves health without credentials', async () => {
    expect((await backend.http.get('/api/helm-releases/health')).body.status).toBe('healthy');
  });

  it('refuses the contexts without credentials', async () => {
    expect((await backend.http.get('/api/helm-releases/api/contexts')).status).toBe(401);
  });

  it('lists the configured clusters as contexts, without their credentials', async () => {
    const res = await backend.http.get('/api/helm-releases/api/contexts').set(authHeaders.user());
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { name: 'local', cluster: 'local', server: sim.url, title: 'local' },
      { name: 'staging', cluster: 'staging', server: sim.url, title: 'Staging' },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(sim.adminToken);
  });

  it('answers 403 when the permission policy denies reading releases', async () => {
    const res = await denied.http.get('/api/helm-releases/api/contexts').set(authHeaders.user());
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('helm.release.read');
  });
});
