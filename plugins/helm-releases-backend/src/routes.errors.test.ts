import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { authHeaders, createTestDatabases, startPluginBackend, type PluginBackend } from '@fawkes/test-kit';
import { helmSecret, makeRelease } from './__testing__/helmRecords';
import { helmReleasesPlugin } from './plugin';

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

/** What a client gets for odd requests and for clusters the backend cannot talk to: a clear 4xx or 5xx other than 500. */
describe.each(databases.eachSupportedId())('odd requests and unusable clusters on %s', databaseId => {
  const sim = new KubernetesSimulator();
  let backend: PluginBackend;

  beforeAll(async () => {
    await sim.start();
    const token = sim.adminToken;
    const clusters = [
      sim.clusterConfig('local'),
      // Both fail inside the Kubernetes client before any request is sent.
      { name: 'plain-http', url: sim.url, authProvider: 'serviceAccount', serviceAccountToken: token },
      { name: 'no-ca-file', url: 'https://127.0.0.1:7197', authProvider: 'serviceAccount', serviceAccountToken: token, caFile: '/nonexistent/ca.crt' },
    ];
    backend = await startPluginBackend({
      features: [helmReleasesPlugin],
      knex: await databases.init(databaseId),
      config: { kubernetes: { clusterLocatorMethods: [{ type: 'config', clusters }] } },
    });
  });

  afterAll(async () => {
    await backend.stop();
    await sim.stop();
  });

  const B = '/api/helm-releases';

  describe.each([
    ['plain-http', 'HTTP protocol is not allowed'],
    ['no-ca-file', '/nonexistent/ca.crt'],
  ])('a cluster the client cannot be set up for (%s)', (context, reason) => {
    it.each([
      '/api/releases', '/api/releases?namespace=shop', '/api/releases/web/history', '/api/releases/web/1', '/api/releases/web/0',
      '/api/releases/web/diff', '/api/k8s/namespaces',
    ])('answers GET %s with 503 naming the cluster and why', async path => {
      const res = await backend.http.get(`${B}${path}${path.includes('?') ? '&' : '?'}context=${context}`).set(user);
      expect(res.status).toBe(503);
      expect(res.body.error.message).toContain(`Kubernetes cluster "${context}" could not be reached`);
      expect(res.body.error.message).toContain(reason);
    });

    it.each(['rollback', 'recover', 'upgrade'])('answers POST .../%s with 503', async action => {
      const res = await backend.http.post(`${B}/api/releases/web/${action}`).set(user).send({ context, values: 'replicas: 2' });
      expect(res.status).toBe(503);
      expect(res.body.error.message).toContain(reason);
    });
  });

  it('still reads the working cluster next to them', async () => {
    sim.seed([helmSecret(makeRelease('web', 1, { namespace: 'shop' }))]);
    const res = await backend.http.get(`${B}/api/releases?namespace=shop`).set(user);
    expect(res.body.map((r: any) => r.name)).toEqual(['web']);
  });
});
