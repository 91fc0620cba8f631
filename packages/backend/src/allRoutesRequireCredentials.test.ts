import cheLauncher from '@fawkes/plugin-che-launcher-backend';
import cloudExtractor from '@fawkes/plugin-cloud-extractor-backend';
import devlake from '@fawkes/plugin-devlake-dora-backend';
import factstore from '@fawkes/plugin-factstore-backend';
import helmReleases from '@fawkes/plugin-helm-releases-backend';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { startPluginBackend, type PluginBackend } from '@fawkes/test-kit';
import { listPluginRoutes, samplePath } from './routeInventory';

/** Routes open without Backstage credentials: health, and webhooks verified by their signature instead. */
const OPEN_ROUTES = [
  /^GET \/health$/,
  // factstore's CI webhooks: a sender's signature, not a Backstage token (an unknown source is a 400).
  /^POST \/api\/v1\/webhooks\/:source$/,
];

const PLUGIN_IDS = [
  'che-launcher',
  'devlake',
  'factstore',
  'cloud-extractor',
  'helm-releases',
];

describe('every plugin route requires credentials', () => {
  const simulator = new KubernetesSimulator();
  let backend: PluginBackend;

  beforeAll(async () => {
    await simulator.start();
    backend = await startPluginBackend({
      features: [cheLauncher, devlake, factstore, cloudExtractor, helmReleases],
      config: {
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [simulator.clusterConfig('local')] },
          ],
        },
      },
    });
    // A plugin's router loads with its first request (routerOnFirstRequest); a call to each
    // health route puts every plugin's routes in the app's router stack, where they are listed.
    for (const pluginId of PLUGIN_IDS)
      await backend.http.get(`/api/${pluginId}/health`);
  });

  afterAll(async () => {
    await backend.stop();
    await simulator.stop();
  });

  const routesOf = (pluginId: string) =>
    listPluginRoutes(backend.server.listeners('request')[0], pluginId);

  it.each(PLUGIN_IDS)('finds the routes of %s', pluginId => {
    const routes = routesOf(pluginId);
    expect(routes).toContainEqual({ method: 'GET', path: '/health' });
    expect(routes.length).toBeGreaterThan(1);
  });

  it.each(PLUGIN_IDS)(
    'answers 401 on every route of %s called without credentials, health excepted',
    async pluginId => {
      const failures: string[] = [];
      for (const route of routesOf(pluginId)) {
        const key = `${route.method} ${route.path}`;
        const open = OPEN_ROUTES.some(pattern => pattern.test(key));
        const res = await backend.http[route.method.toLowerCase() as 'get'](
          `/api/${pluginId}${samplePath(route.path)}`,
        ).send({});
        // A method a path does not have is refused as such (405 with Allow), revealing nothing.
        if (res.status === 405) continue;
        if (open ? res.status === 401 : res.status !== 401)
          failures.push(`${key} answered ${res.status}`);
      }
      expect(failures).toEqual([]);
    },
  );
});
