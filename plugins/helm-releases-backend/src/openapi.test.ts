import { mockServices } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import { HelmReleasesClient } from '@fawkes/plugin-helm-releases-common';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  expectServedSpec,
  servedRoutes,
  specRoutes,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { KubernetesClusters } from '@fawkes/kubernetes-clusters';
import knexFactory from 'knex';
import type { AddressInfo } from 'node:net';
import type { HelmReleases } from './HelmReleases';
import type { ReleasePermissions } from './permissions/ReleasePermissions';
import { helmSecret, makeRelease } from './__testUtils__/helmRecords';
import { helmReleasesPlugin } from './plugin';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

describe('helm-releases OpenAPI spec', () => {
  it('describes exactly the routes the router serves', async () => {
    const db = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      auditor: mockServices.auditor.mock(),
      permissions: mockServices.permissions(),
      db,
      clusters: {} as KubernetesClusters,
      releases: {} as HelmReleases,
      releasePermissions: {} as ReleasePermissions,
    });
    expect(servedRoutes(router)).toEqual(specRoutes(spec));
    // The seed's paths are served verbatim.
    expect(specRoutes(spec)).toEqual(
      expect.arrayContaining([
        'GET /api/releases',
        'GET /api/releases/{name}/history',
        'GET /api/releases/{name}/{revision}',
        'POST /api/releases/{name}/rollback',
        'POST /api/releases/{name}/upgrade',
        'GET /api/k8s/namespaces',
      ]),
    );
    await db.destroy();
  });
});

describe('HelmReleasesClient, generated from the spec, against a started backend', () => {
  const sim = new KubernetesSimulator();
  let backend: PluginBackend;
  let client: HelmReleasesClient;

  beforeAll(async () => {
    await sim.start();
    sim.seed(
      [
        makeRelease('web', 1, { namespace: 'shop', status: 'superseded' }),
        makeRelease('web', 2, { namespace: 'shop', status: 'deployed' }),
      ].map(helmSecret),
    );
    backend = await startPluginBackend({
      features: [helmReleasesPlugin],
      permission: 'allow',
      config: {
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [sim.clusterConfig('local')] },
          ],
        },
      },
    });
    const { port } = backend.server.address() as AddressInfo;
    const auth = authHeaders.user('user:default/jane');
    client = new HelmReleasesClient({
      discoveryApi: {
        getBaseUrl: async pluginId =>
          `http://127.0.0.1:${port}/api/${pluginId}`,
      },
      fetchApi: {
        fetch: (input, init) => {
          const request = new Request(input, init);
          request.headers.set('Authorization', auth.Authorization);
          return fetch(request);
        },
      },
    });
  });
  afterAll(async () => {
    await backend?.stop();
    await sim.stop();
  });

  it('serves its spec, with the paths under the plugin', async () => {
    const res = await backend.http
      .get('/api/helm-releases/openapi.json')
      .set(authHeaders.user());
    expect(res.status).toBe(200);
    expect(res.body.info.title).toBe('helm-releases');
    await expectServedSpec(res.body, spec, '/api/helm-releases');
    expect(Object.keys(res.body.paths)).toContain(
      '/api/helm-releases/api/releases/{name}/rollback',
    );
  });

  it('lists, reads, diffs and rolls back a release', async () => {
    expect(await client.listContexts()).toEqual([
      expect.objectContaining({ name: 'local', selected: true }),
    ]);
    const namespaces = await client.listNamespaces();
    expect(namespaces.items.map(n => n.metadata.name)).toContain('shop');

    const list = await client.listReleases({
      params: { query: { namespace: 'shop', summary: 'true' } },
    });
    expect(list.map(r => [r.name, r.version, r.info.status])).toEqual([
      ['web', 2, 'deployed'],
    ]);
    const history = await client.getReleaseHistory({
      params: { path: { name: 'web' }, query: { namespace: 'shop' } },
    });
    expect(history.map(r => r.version)).toEqual([1, 2]);
    const one = await client.getRelease({
      params: {
        path: { name: 'web', revision: 1 },
        query: { namespace: 'shop' },
      },
    });
    expect(one.config).toEqual({ revision: 1 });
    const diff = await client.diffRelease({
      params: { path: { name: 'web' }, query: { namespace: 'shop' } },
    });
    expect([diff.from, diff.to, diff.values.changed]).toEqual([1, 2, true]);

    const rolledBack = await client.rollbackRelease({
      params: { path: { name: 'web' } },
      body: { namespace: 'shop', revision: 1 },
    });
    expect([rolledBack.version, rolledBack.info.status]).toEqual([
      3,
      'deployed',
    ]);
    const operations = await client.listReleaseOperations({
      params: { path: { name: 'web' }, query: { namespace: 'shop' } },
    });
    expect(operations).toEqual([
      expect.objectContaining({
        operation: 'rollback',
        toRevision: 3,
        outcome: 'succeeded',
        actor: 'user:default/jane',
      }),
    ]);
  });

  it('lists every status for an empty statusFilter, whether a list or a string', async () => {
    const every = await client.listReleases({
      params: { query: { namespace: 'shop' } },
    });
    for (const statusFilter of [[], '', ['deployed', ''], 'deployed,']) {
      expect(
        await client.listReleases({
          params: { query: { namespace: 'shop', statusFilter } },
        }),
      ).toEqual(every);
    }
  });

  it.each([
    ['put', '/api/releases/web/rollback', 'POST'],
    ['get', '/api/releases/web/upgrade', 'POST'],
    ['delete', '/api/releases', 'GET, HEAD'],
    ['post', '/api/releases/web/3', 'GET, HEAD'],
    ['patch', '/api/releases/web/history', 'GET, HEAD'],
    ['post', '/health', 'GET, HEAD'],
  ])(
    'answers %s %s, a method the path does not have, with 405 and Allow: %s',
    async (method, path, allow) => {
      const res = await (backend.http as any)
        [method](`/api/helm-releases${path}`)
        .set(authHeaders.user());
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe(allow);
      expect(res.body.error).toMatchObject({
        name: 'MethodNotAllowedError',
        message: `${method.toUpperCase()} is not a method of ${path.replace('/web', '/{name}').replace('/3', '/{revision}')}: use ${allow}`,
      });
    },
  );

  it('asks for credentials before answering a wrong method', async () => {
    const anonymous = await backend.http.delete(
      '/api/helm-releases/api/releases',
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.allow).toBeUndefined();
  });

  it('still answers 404 for a path the spec does not have', async () => {
    const res = await backend.http
      .get('/api/helm-releases/api/releases/web/3/extra')
      .set(authHeaders.user());
    expect(res.status).toBe(404);
  });

  it("throws the backend's error as a ResponseError, with the plugin's messages", async () => {
    const missing = client.getReleaseHistory({
      params: { path: { name: 'nope' }, query: { namespace: 'shop' } },
    });
    await expect(missing).rejects.toBeInstanceOf(ResponseError);
    await expect(missing).rejects.toMatchObject({
      response: { status: 404 },
      body: { error: { name: 'NotFoundError' } },
    });
    await expect(
      client.diffRelease({
        params: { path: { name: 'web' }, query: { namespace: 'shop', to: 1 } },
      }),
    ).rejects.toMatchObject({
      response: { status: 400 },
      body: { error: { message: expect.stringContaining('query.to: to=1') } },
    });
    await expect(
      client.listReleases({ params: { query: { limit: 0 } } }),
    ).rejects.toMatchObject({
      response: { status: 400 },
      body: {
        error: {
          message: 'Invalid request query: query.limit: must be at least 1',
        },
      },
    });
  });
});
