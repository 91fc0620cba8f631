import permissionBackend from '@backstage/plugin-permission-backend';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import devlake from '@fawkes/plugin-devlake-dora-backend';
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
      features: [permissionBackend, permissionPolicyModule, devlake],
      config: {
        permission: { enabled: true },
        permissionPolicy: {
          deny: ['devlake.metrics.*'],
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
      .get('/api/devlake/dora-metrics?project=payments')
      .set(authHeaders.user('user:default/jane'));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('devlake.metrics.read');
  });

  it('lets an admin through', async () => {
    const res = await backend.http
      .get('/api/devlake/dora-metrics?project=payments')
      .set(authHeaders.user('user:default/lead'));
    // Past the permission check, the route goes on to the catalog (absent here: 503).
    expect(res.status).not.toBe(403);
    expect(res.text).not.toContain('devlake.metrics.read');
    expect(res.body.error.message).toMatch(/catalog/);
  });
});
