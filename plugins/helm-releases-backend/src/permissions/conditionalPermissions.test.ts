import {
  coreServices,
  createServiceFactory,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  helmReleaseReadPermission,
  helmReleaseRollbackPermission,
  helmReleaseUpgradePermission,
} from '@fawkes/plugin-helm-releases-common';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { installTwoRevisions } from '../__testUtils__/rollbackScenario';
import { helmReleasesPlugin } from '../plugin';
import {
  createHelmReleaseConditionalDecision,
  helmReleaseConditions,
} from './rules';

const databases = createTestDatabases();

/**
 * A permission policy as a platform team writes one with the exported conditions: jane rolls
 * back only in `dev-*` namespaces and upgrades only on the cluster `other`; scoped users read only
 * `dev-*` namespaces.
 */
function policy(user: string, permissionName: string): PolicyDecision {
  if (permissionName === helmReleaseRollbackPermission.name)
    return createHelmReleaseConditionalDecision(
      helmReleaseRollbackPermission,
      helmReleaseConditions.isInNamespace({ namespaces: ['dev-*'] }),
    );
  if (permissionName === helmReleaseUpgradePermission.name)
    return createHelmReleaseConditionalDecision(
      helmReleaseUpgradePermission,
      helmReleaseConditions.isInCluster({ clusters: ['other'] }),
    );
  if (user === 'user:default/scoped')
    return createHelmReleaseConditionalDecision(
      helmReleaseReadPermission,
      helmReleaseConditions.isInNamespace({ namespaces: ['dev-*'] }),
    );
  return { result: AuthorizeResult.ALLOW };
}

const policyPermissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: (): PermissionsService => ({
    authorize: async (requests, options) =>
      requests.map(r => {
        const decision = policy(
          (options.credentials.principal as any).userEntityRef,
          r.permission.name,
        );
        return {
          result:
            decision.result === AuthorizeResult.ALLOW
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
        };
      }),
    authorizeConditional: async (requests, options) =>
      requests.map(r =>
        policy(
          (options.credentials.principal as any).userEntityRef,
          r.permission.name,
        ),
      ) as any,
  }),
});

describe.each(databases.eachSupportedId())(
  'permissions scoped by cluster and namespace on %s',
  databaseId => {
    const sim = new KubernetesSimulator();
    let backend: PluginBackend;
    const jane = authHeaders.user('user:default/jane');
    const scoped = authHeaders.user('user:default/scoped');
    const B = '/api/helm-releases';

    beforeAll(async () => {
      await sim.start();
      installTwoRevisions(sim, 'web', 'dev-shop');
      installTwoRevisions(sim, 'web', 'prod-shop');
      backend = await startPluginBackend({
        features: [helmReleasesPlugin, policyPermissions],
        knex: await databases.init(databaseId),
        config: {
          kubernetes: {
            clusterLocatorMethods: [
              { type: 'config', clusters: [sim.clusterConfig('local')] },
            ],
          },
        },
      });
    });
    afterAll(async () => {
      await backend.stop();
      await sim.stop();
    });

    const rollback = (namespace: string) =>
      backend.http
        .post(`${B}/api/releases/web/rollback`)
        .set(jane)
        .send({ namespace, revision: 1 });

    it('rolls back in a dev-* namespace, and refuses prod with 403 naming the permission and the release', async () => {
      expect((await rollback('dev-shop')).status).toBe(200);
      const refused = await rollback('prod-shop');
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'Permission helm.release.rollback is not granted for release prod-shop/web on cluster local',
      );
      const history = await backend.http
        .get(`${B}/api/releases/web/history?namespace=prod-shop`)
        .set(jane);
      expect(history.body.map((r: any) => r.version)).toEqual([1, 2]);
    });

    it('applies a cluster condition: no upgrade on local', async () => {
      const res = await backend.http
        .post(`${B}/api/releases/web/upgrade`)
        .set(jane)
        .send({ namespace: 'dev-shop', values: '', dryRun: true });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'Permission helm.release.upgrade is not granted for release dev-shop/web on cluster local',
      );
    });

    it('lists and reads only the releases and namespaces a conditional read allows', async () => {
      const list = await backend.http
        .get(`${B}/api/releases?summary=true`)
        .set(scoped);
      expect(list.status).toBe(200);
      expect(list.body.map((r: any) => r.namespace)).toEqual(['dev-shop']);
      const everyone = await backend.http
        .get(`${B}/api/releases?summary=true`)
        .set(jane);
      expect(everyone.body.map((r: any) => r.namespace).sort()).toEqual([
        'dev-shop',
        'prod-shop',
      ]);
      const namespaces = await backend.http
        .get(`${B}/api/k8s/namespaces`)
        .set(scoped);
      const names = namespaces.body.items.map((n: any) => n.metadata.name);
      expect(names).toContain('dev-shop');
      expect(names).not.toContain('prod-shop');
      expect(
        (
          await backend.http
            .get(`${B}/api/releases/web/history?namespace=prod-shop`)
            .set(scoped)
        ).status,
      ).toBe(403);
    });

    it('publishes its rules to the permission framework, and judges a release by its resourceRef', async () => {
      const metadata = await backend.http
        .get(`${B}/.well-known/backstage/permissions/metadata`)
        .set(authHeaders.service('helm-releases', 'plugin:permission'));
      expect(metadata.status).toBe(200);
      expect(
        metadata.body.rules.map((r: any) => [r.name, r.resourceType]),
      ).toEqual([
        ['IS_IN_CLUSTER', 'helm-release'],
        ['IS_IN_NAMESPACE', 'helm-release'],
      ]);
      expect(metadata.body.permissions.map((p: any) => p.name)).toEqual([
        'helm.release.read',
        'helm.release.rollback',
        'helm.release.upgrade',
      ]);
      const applied = await backend.http
        .post(`${B}/.well-known/backstage/permissions/apply-conditions`)
        .set(authHeaders.service('helm-releases', 'plugin:permission'))
        .send({
          items: ['local/dev-a/web', 'local/prod/web'].map((ref, i) => ({
            id: String(i),
            resourceRef: ref,
            resourceType: 'helm-release',
            conditions: helmReleaseConditions.isInNamespace({
              namespaces: ['dev-*'],
            }),
          })),
        });
      expect(applied.status).toBe(200);
      expect(applied.body.items.map((i: any) => i.result)).toEqual([
        AuthorizeResult.ALLOW,
        AuthorizeResult.DENY,
      ]);
    });
  },
);
