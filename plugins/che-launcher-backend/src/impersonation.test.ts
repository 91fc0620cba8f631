import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  fixturePath,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { readFileSync } from 'node:fs';
import { cheLauncherPlugin } from './plugin';
import { HttpsTestServer } from './__testUtils__/httpsTestServer';

const databases = createTestDatabases();
const BASE = '/api/che-launcher';
const SERVICE_ACCOUNT = 'system:serviceaccount:eclipse-che:backstage';

const user = (name: string, groups: string[]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: groups },
  relations: groups.map(group => ({
    type: 'memberOf',
    targetRef: `group:default/${group}`,
  })),
});

describe.each(databases.eachSupportedId())(
  'che-launcher acting as the user on the cluster, on %s',
  databaseId => {
    // RBAC as a cluster would have it: team-a may use jane's namespace; nobody else may use any.
    const sim = new KubernetesSimulator({
      tokens: [{ token: 'che-sa', user: SERVICE_ACCOUNT }],
      impersonationRules: [{ group: 'oidc:team-a', namespaces: ['jane-che'] }],
    });
    const devfiles = new HttpsTestServer();
    let backend: PluginBackend;
    const as = (name: string) => authHeaders.user(`user:default/${name}`);

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
            entities: [user('jane', ['team-a', 'readers']), user('bob', [])],
          }),
        ],
        knex: await databases.init(databaseId),
        permission: 'allow',
        config: {
          kubernetes: {
            clusterLocatorMethods: [
              {
                type: 'config',
                clusters: [sim.clusterConfig('local', 'che-sa')],
              },
            ],
          },
          cheLauncher: {
            // The watch would list as the service account; this test is about per-user requests.
            watchCache: false,
            impersonation: {
              enabled: true,
              userPrefix: 'oidc:',
              groupPrefix: 'oidc:',
            },
            devfileFetch: {
              allowPrivateNetworks: true,
              extraCaCertificates: [devfiles.ca],
            },
          },
        },
      });
    });

    afterAll(async () => {
      await backend?.stop();
      await Promise.all([sim.stop(), devfiles.stop()]);
    });

    it("writes the user's workspaces as the user, with their catalog groups", async () => {
      const created = await backend.http
        .post(`${BASE}/workspaces`)
        .set(as('jane'))
        .send({ devfileUrl: devfiles.url('/nodejs.yaml') });
      expect(created.status).toBe(201);
      const onWorkspaces = sim.auditLog.filter(r =>
        r.resource.startsWith('devworkspace'),
      );
      expect(onWorkspaces.length).toBeGreaterThan(0);
      for (const record of onWorkspaces) {
        expect(record).toMatchObject({
          user: 'oidc:jane',
          groups: ['oidc:readers', 'oidc:team-a', 'system:authenticated'],
          impersonatedBy: SERVICE_ACCOUNT,
          namespace: 'jane-che',
        });
      }
      expect(onWorkspaces.map(r => `${r.verb} ${r.resource}`)).toEqual(
        expect.arrayContaining([
          'create devworkspaces.workspace.devfile.io',
          'create devworkspacetemplates.workspace.devfile.io',
          'patch devworkspaces.workspace.devfile.io',
        ]),
      );
      // Namespaces stay the service account's job, as che-server provisions them.
      const namespaceCreate = sim.auditLog.find(
        r => r.resource === 'namespaces' && r.verb === 'create',
      );
      expect(namespaceCreate?.user).toBe(SERVICE_ACCOUNT);
      expect(namespaceCreate?.impersonatedBy).toBeUndefined();

      const listed = await backend.http
        .get(`${BASE}/workspaces`)
        .set(as('jane'));
      expect(listed.body.total).toBe(1);
      expect(sim.auditLog.at(-1)).toMatchObject({
        user: 'oidc:jane',
        verb: 'list',
      });
    });

    it("answers 403 when the cluster's RBAC refuses the user, writing nothing", async () => {
      const refused = await backend.http
        .post(`${BASE}/workspaces`)
        .set(as('bob'))
        .send({ devfileUrl: devfiles.url('/nodejs.yaml') });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'Kubernetes cluster "local" does not let user:default/bob do this: devworkspaces.workspace.devfile.io is forbidden: User "oidc:bob" cannot create resource "devworkspaces" in API group "workspace.devfile.io" in the namespace "bob-che"',
      );
      const listed = await backend.http
        .get(`${BASE}/workspaces`)
        .set(as('bob'));
      expect(listed.status).toBe(403);
    });
  },
);
