import type { JsonObject } from '@backstage/types';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { HttpsTestServer } from '../__testUtils__/httpsTestServer';
import { cheLauncherPlugin } from '../plugin';
import { createCheWorkspaceCreateAction } from './cheWorkspaceCreateAction';

describe('che:workspace:create', () => {
  const sim = new KubernetesSimulator({
    devWorkspace: { startDelayMs: 20, stopDelayMs: 20 },
  });
  const devfiles = new HttpsTestServer();
  let backend: PluginBackend;
  let action: ReturnType<typeof createCheWorkspaceCreateAction>;

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
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: {
                name: 'web',
                namespace: 'default',
                annotations: {
                  'eclipse.org/che-devfile-url': devfiles.url('/nodejs.yaml'),
                },
              },
            },
          ],
        }),
      ],
      permission: 'allow',
      config: {
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [sim.clusterConfig('local')] },
          ],
        },
        cheLauncher: {
          devfileFetch: {
            allowPrivateNetworks: true,
            extraCaCertificates: [devfiles.ca],
          },
        },
      },
    });
    const baseUrl = `http://127.0.0.1:${(backend.server.address() as AddressInfo).port}/api/che-launcher`;
    action = createCheWorkspaceCreateAction({
      discovery: {
        getBaseUrl: async () => baseUrl,
        getExternalBaseUrl: async () => baseUrl,
      },
      auth: mockServices.auth(),
      pollIntervalMs: 10,
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await Promise.all([sim.stop(), devfiles.stop()]);
  });

  const contextFor = (input: JsonObject, extra: object = {}) => {
    // createMockActionContext takes neither the initiator nor isDryRun from its options.
    const ctx = createMockActionContext({ input });
    return Object.assign(
      ctx,
      {
        getInitiatorCredentials: async () =>
          mockCredentials.user('user:default/jane'),
      },
      extra,
    );
  };

  it('creates the workspace for the user running the template and outputs its name and IDE URL', async () => {
    const ctx = contextFor({
      entityRef: 'component:default/web',
      name: 'from-template',
    });
    await action.handler(ctx as any);
    const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    expect(outputs).toEqual({
      workspaceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      workspaceName: 'from-template',
      namespace: 'jane-che',
      ideUrl: 'https://workspaces.simulator.local/jane-che/from-template/3100/',
    });
  });

  it('fails with the API error, e.g. a name that exists', async () => {
    const ctx = contextFor({
      entityRef: 'component:default/web',
      name: 'from-template',
    });
    await expect(action.handler(ctx as any)).rejects.toThrow(
      /answered POST \/workspaces with 409: Workspace with name 'from-template' already exists/,
    );
  });

  it('creates nothing in a dry run', async () => {
    const ctx = contextFor(
      { devfileUrl: devfiles.url('/nodejs.yaml'), name: 'dry' },
      { isDryRun: true },
    );
    await action.handler(ctx as any);
    const res = await backend.http
      .get('/api/che-launcher/workspaces/dry')
      .set({ Authorization: mockCredentials.user.header('user:default/jane') });
    expect(res.status).toBe(404);
  });
});
