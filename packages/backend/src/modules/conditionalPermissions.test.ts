import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import authBackend from '@backstage/plugin-auth-backend';
import guestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import permissionBackend from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQuery } from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import cheLauncher, {
  cheWorkspaceConditions,
  createCheWorkspaceConditionalDecision,
} from '@fawkes/plugin-che-launcher-backend';
import helmReleases, {
  createHelmReleaseConditionalDecision,
  helmReleaseConditions,
} from '@fawkes/plugin-helm-releases-backend';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import request from 'supertest';

jest.setTimeout(300_000);

/**
 * A policy as a platform team writes one with the plugins' exported conditions: Helm releases are
 * read in `dev-*` namespaces only and rolled back on the cluster `other` only; Che workspaces are
 * deleted only in `dev-*` namespaces and started or stopped only in `*-che` ones.
 */
const conditionalPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'conditional-test-policy',
  register(env) {
    env.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle(query: PolicyQuery): Promise<PolicyDecision> {
            const name = query.permission.name;
            if (name === 'helm.release.read')
              return createHelmReleaseConditionalDecision(
                query.permission as any,
                helmReleaseConditions.isInNamespace({ namespaces: ['dev-*'] }),
              );
            if (name === 'helm.release.rollback')
              return createHelmReleaseConditionalDecision(
                query.permission as any,
                helmReleaseConditions.isInCluster({ clusters: ['other'] }),
              );
            if (name === 'che.workspace.delete')
              return createCheWorkspaceConditionalDecision(
                query.permission as any,
                cheWorkspaceConditions.isInNamespace({
                  namespaces: ['dev-*'],
                }),
              );
            if (name === 'che.workspace.update')
              return createCheWorkspaceConditionalDecision(
                query.permission as any,
                cheWorkspaceConditions.isInNamespace({
                  namespaces: ['*-che'],
                }),
              );
            return { result: AuthorizeResult.ALLOW };
          },
        });
      },
    });
  },
});

/** A Helm storage Secret as Helm writes it: base64 of gzip of the release JSON, base64 again by the API. */
function helmSecret(name: string, namespace: string) {
  const release = {
    name,
    namespace,
    version: 1,
    info: {
      status: 'deployed',
      first_deployed: '2026-01-01T00:00:00Z',
      last_deployed: '2026-01-01T00:00:00Z',
    },
    chart: { metadata: { name: 'demo', version: '1.0.0' } },
    config: {},
    manifest: '',
  };
  const encoded = gzipSync(JSON.stringify(release)).toString('base64');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'helm.sh/release.v1',
    metadata: {
      name: `sh.helm.release.v1.${name}.v1`,
      namespace,
      labels: { owner: 'helm', name, version: '1', status: 'deployed' },
    },
    data: { release: Buffer.from(encoded).toString('base64') },
  };
}

describe('conditional permissions with real Backstage auth and a user token', () => {
  const sim = new KubernetesSimulator();
  let server: Server;
  let stop: () => Promise<void>;
  let token: string;

  beforeAll(async () => {
    await sim.start();
    sim.seed([helmSecret('web', 'dev-shop'), helmSecret('web', 'prod-shop')]);
    const backend = await startTestBackend({
      features: [
        // The backend's own auth, not the test doubles: user tokens from sign-in, plugin
        // tokens on behalf of the user to the permission backend, as in production.
        authServiceFactory,
        httpAuthServiceFactory,
        userInfoServiceFactory,
        permissionsServiceFactory,
        authBackend,
        guestProvider,
        permissionBackend,
        conditionalPolicy,
        helmReleases,
        cheLauncher,
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            permission: { enabled: true },
            auth: {
              providers: {
                guest: {
                  userEntityRef: 'user:default/jane',
                  dangerouslyAllowOutsideDevelopment: true,
                },
              },
            },
            kubernetes: {
              clusterLocatorMethods: [
                { type: 'config', clusters: [sim.clusterConfig('local')] },
              ],
            },
          },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
    const signIn = await request(server)
      .post('/api/auth/guest/refresh')
      .set('X-Requested-With', 'XMLHttpRequest');
    token = signIn.body?.backstageIdentity?.token;
    if (!token)
      throw new Error(`guest sign-in failed: ${signIn.status} ${signIn.text}`);
  });
  afterAll(async () => {
    await stop?.();
    await sim.stop();
  });

  const as = (req: request.Test) => req.set('Authorization', `Bearer ${token}`);

  it("lists only the Helm releases a conditional read allows, with the user's own token", async () => {
    const res = await as(
      request(server).get('/api/helm-releases/api/releases?summary=true'),
    );
    expect(res.status).toBe(200);
    expect(res.body.map((r: any) => `${r.namespace}/${r.name}`)).toEqual([
      'dev-shop/web',
    ]);
    const history = await as(
      request(server).get(
        '/api/helm-releases/api/releases/web/history?namespace=prod-shop',
      ),
    );
    expect(history.status).toBe(403);
    expect(history.body.error.message).toContain('helm.release.read');
  });

  it('refuses a rollback the cluster condition does not allow, naming the permission', async () => {
    const res = await as(
      request(server)
        .post('/api/helm-releases/api/releases/web/rollback')
        .send({ namespace: 'dev-shop', revision: 1 }),
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Permission helm.release.rollback is not granted for release dev-shop/web on cluster local',
    );
  });

  it("applies che-launcher's namespace conditions: no delete outside dev-*, start allowed in *-che", async () => {
    const deleted = await as(
      request(server).delete('/api/che-launcher/workspaces/ws-1'),
    );
    expect(deleted.status).toBe(403);
    expect(deleted.body.error.message).toBe(
      'Permission che.workspace.delete is not granted for workspaces in namespace jane-che on cluster local',
    );
    // Past the permission check: the workspace does not exist.
    const started = await as(
      request(server).post('/api/che-launcher/workspaces/ws-1/start'),
    );
    expect(started.status).toBe(404);
  });
});
