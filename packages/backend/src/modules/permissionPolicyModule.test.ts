import permissionBackend from '@backstage/plugin-permission-backend';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import helmReleases from '@fawkes/plugin-helm-releases-backend';
import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import permissionPolicyModule from './permissionPolicyModule';

describe('the configured permission policy in a running backend', () => {
  const simulator = new KubernetesSimulator();
  let backend: PluginBackend;

  beforeAll(async () => {
    await simulator.start();
    backend = await startPluginBackend({
      features: [permissionBackend, permissionPolicyModule, helmReleases],
      config: {
        permission: { enabled: true },
        permissionPolicy: {
          deny: ['helm.release.*'],
          admins: ['user:default/lead'],
        },
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [simulator.clusterConfig('local')] },
          ],
        },
      },
    });
  });

  afterAll(async () => {
    await backend.stop();
    await simulator.stop();
  });

  it('answers 403 to a user whose permission the policy denies', async () => {
    const res = await backend.http
      .get('/api/helm-releases/api/contexts')
      .set(authHeaders.user('user:default/jane'));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('helm.release.read');
  });

  it('lets an admin through', async () => {
    const res = await backend.http
      .get('/api/helm-releases/api/contexts')
      .set(authHeaders.user('user:default/lead'));
    expect(res.status).toBe(200);
  });
});
