import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ResponseError } from '@backstage/errors';
import { CheLauncherClient } from '@fawkes/plugin-che-launcher-common';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  expectServedSpec,
  fixturePath,
  servedRoutes,
  specRoutes,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import knexFactory from 'knex';
import { cheLauncherPlugin } from './plugin';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';
import { WorkspacePermissions } from './permissions/WorkspacePermissions';
import { HttpsTestServer } from './__testUtils__/httpsTestServer';

describe('che-launcher OpenAPI spec', () => {
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
      devfiles: [],
      workspaceService: 'no cluster in this test',
      workspacePermissions: new WorkspacePermissions(
        mockServices.permissions(),
        { getRuleByName: () => undefined } as any,
      ),
    });
    expect(servedRoutes(router)).toEqual(specRoutes(spec));
    await db.destroy();
  });
});

describe('CheLauncherClient, generated from the spec, against a started backend', () => {
  const sim = new KubernetesSimulator({
    devWorkspace: { startDelayMs: 20, stopDelayMs: 20 },
  });
  const devfiles = new HttpsTestServer();
  let backend: PluginBackend;
  let client: CheLauncherClient;

  beforeAll(async () => {
    await Promise.all([sim.start(), devfiles.start()]);
    devfiles.routes.set('/nodejs.yaml', {
      body: readFileSync(
        fixturePath('devfiles', 'registry-nodejs-2.2.1.devfile.yaml'),
      ),
    });
    backend = await startPluginBackend({
      features: [
        cheLauncherPlugin,
        catalogServiceMock.factory({ entities: [] }),
      ],
      permission: 'allow',
      config: {
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [sim.clusterConfig('local')] },
          ],
        },
        cheLauncher: {
          cluster: 'local',
          devfiles: [
            {
              name: 'nodejs',
              url: devfiles.url('/nodejs.yaml'),
              tags: ['javascript'],
            },
          ],
          devfileFetch: {
            allowPrivateNetworks: true,
            extraCaCertificates: [devfiles.ca],
          },
        },
      },
    });
    const { port } = backend.server.address() as AddressInfo;
    const auth = authHeaders.user('user:default/jane');
    client = new CheLauncherClient({
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
    await Promise.all([sim.stop(), devfiles.stop()]);
  });

  it('serves its spec, with the paths under the plugin', async () => {
    const res = await backend.http
      .get('/api/che-launcher/openapi.json')
      .set(authHeaders.user());
    expect(res.status).toBe(200);
    expect(res.body.info.title).toBe('che-launcher');
    await expectServedSpec(res.body, spec, '/api/che-launcher');
    expect(Object.keys(res.body.paths)).toContain(
      '/api/che-launcher/workspaces/{id}',
    );
  });

  it('creates, reads, lists, stops and deletes a workspace', async () => {
    expect(await client.listDevfiles()).toMatchObject({
      total: 1,
      devfiles: [{ name: 'nodejs', displayName: 'nodejs' }],
    });
    const created = await client.createWorkspace({
      body: { devfileUrl: devfiles.url('/nodejs.yaml'), name: 'typed' },
    });
    expect(created).toMatchObject({ name: 'typed', namespace: 'jane-che' });

    const read = await client.getWorkspace({
      params: { path: { id: 'typed' } },
    });
    expect(read.workspaceId).toBe(created.workspaceId);
    const listed = await client.listWorkspaces({
      params: { query: { limit: 10 } },
    });
    expect(listed.total).toBe(1);
    expect(listed.workspaces.map(w => w.name)).toEqual(['typed']);

    expect(
      (await client.stopWorkspace({ params: { path: { id: 'typed' } } })).name,
    ).toBe('typed');
    await client.deleteWorkspace({ params: { path: { id: 'typed' } } });
  });

  it("throws the backend's error as a ResponseError", async () => {
    const missing = client.getWorkspace({
      params: { path: { id: 'does-not-exist' } },
    });
    await expect(missing).rejects.toBeInstanceOf(ResponseError);
    await expect(missing).rejects.toMatchObject({
      response: { status: 404 },
      body: { error: { name: 'NotFoundError' } },
    });
    await expect(
      client.listWorkspaces({ params: { query: { limit: 0 } } }),
    ).rejects.toMatchObject({
      response: { status: 400 },
      body: {
        error: { message: expect.stringMatching(/query\.limit: must be >= 1/) },
      },
    });
  });
});
