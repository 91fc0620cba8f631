import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import * as k8s from '@kubernetes/client-node';
import { gunzipSync } from 'node:zlib';
import {
  configMapManifest,
  helmConfigMap,
  helmSecret,
  makeRelease,
  undecodableSecret,
  UNSERVED_WIDGET,
} from './__testUtils__/helmRecords';
import {
  installTwoRevisions,
  jobHook,
  rollbackConfig,
  seedRevisions,
  simulatorClients,
  storedRelease,
  twoObjects,
} from './__testUtils__/rollbackScenario';
import type { Hook, Release } from './release/release';
import { helmReleasesPlugin } from './plugin';

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

/** A chart's Deployment (container `web`) and DevWorkspace (a custom resource) as one manifest. */
const workloadManifest = (
  image: string,
  env: Record<string, string>,
  routingClass: string,
  components: string[],
) => `---
# Source: demo/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  labels: {app: shop}
spec:
  replicas: 2
  selector: {matchLabels: {app: shop}}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: web
          image: ${image}
          env: ${JSON.stringify(Object.entries(env).map(([name, value]) => ({ name, value })))}
---
# Source: demo/templates/devworkspace.yaml
apiVersion: workspace.devfile.io/v1alpha2
kind: DevWorkspace
metadata:
  name: shop-dev
spec:
  started: false
  routingClass: ${routingClass}
  template: {components: ${JSON.stringify(components.map(name => ({ name })))}}
`;

describe.each(databases.eachSupportedId())(
  'changing Helm releases on %s',
  databaseId => {
    const sim = new KubernetesSimulator({ jobDelayMs: 30 });
    let backend: PluginBackend;
    let denied: PluginBackend;
    let core: k8s.CoreV1Api;
    let batch: k8s.BatchV1Api;

    beforeAll(async () => {
      await sim.start();
      const knex = await databases.init(databaseId);
      const config = rollbackConfig(sim);
      backend = await startPluginBackend({
        features: [helmReleasesPlugin],
        knex,
        config,
      });
      denied = await startPluginBackend({
        features: [helmReleasesPlugin],
        knex,
        config,
        permission: 'deny',
      });
      ({ core, batch } = simulatorClients(sim));
    });

    afterAll(async () => {
      await backend.stop();
      await denied.stop();
      await sim.stop();
    });

    const post = (path: string, body: object) =>
      backend.http.post(`/api/helm-releases${path}`).set(user).send(body);
    const history = async (
      name: string,
      namespace: string,
      storage = 'secret',
    ) =>
      (
        await backend.http
          .get(
            `/api/helm-releases/api/releases/${name}/history?namespace=${namespace}&storage=${storage}`,
          )
          .set(user)
      ).body as Release[];
    const statuses = async (name: string, namespace: string) =>
      (await history(name, namespace)).map(r => [r.version, r.info.status]);
    const configMap = async (name: string, namespace: string) => {
      try {
        return await core.readNamespacedConfigMap({ name, namespace });
      } catch {
        return undefined;
      }
    };

    it('rolls back: new deployed revision with Helm labels and encoding, objects created, patched and deleted', async () => {
      installTwoRevisions(sim, 'app', 'rb-ok');
      const res = await post('/api/releases/app/rollback', {
        namespace: 'rb-ok',
        revision: 1,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'app',
        version: 3,
        info: { status: 'deployed', description: 'Rollback to 1' },
      });
      expect(await statuses('app', 'rb-ok')).toEqual([
        [1, 'superseded'],
        [2, 'superseded'],
        [3, 'deployed'],
      ]);

      const secret = await core.readNamespacedSecret({
        name: 'sh.helm.release.v1.app.v3',
        namespace: 'rb-ok',
      });
      expect(secret.type).toBe('helm.sh/release.v1');
      expect(secret.metadata!.labels).toMatchObject({
        name: 'app',
        owner: 'helm',
        status: 'deployed',
        version: '3',
      });
      expect(Number(secret.metadata!.labels!.createdAt)).toBeGreaterThan(
        1_700_000_000,
      );
      expect(Number(secret.metadata!.labels!.modifiedAt)).toBeGreaterThan(
        1_700_000_000,
      );
      // What Helm's decodeRelease does: base64 (the API's layer), base64, gunzip, JSON.
      const helmText = Buffer.from(secret.data!.release, 'base64').toString();
      const stored = JSON.parse(
        gunzipSync(Buffer.from(helmText, 'base64')).toString(),
      );
      expect(stored.manifest).toContain('app-v1-only');
      expect(stored.info.first_deployed).toBe('2026-01-01T00:00:00Z');
      const v2 = await core.readNamespacedSecret({
        name: 'sh.helm.release.v1.app.v2',
        namespace: 'rb-ok',
      });
      expect(v2.metadata!.labels!.status).toBe('superseded');

      const config = await configMap('app-config', 'rb-ok');
      expect(config!.data).toEqual({ value: 'one' });
      expect(config!.metadata!.annotations).toMatchObject({
        'meta.helm.sh/release-name': 'app',
        'meta.helm.sh/release-namespace': 'rb-ok',
      });
      expect(config!.metadata!.labels).toMatchObject({
        'app.kubernetes.io/managed-by': 'Helm',
      });
      expect(await configMap('app-v1-only', 'rb-ok')).toBeDefined();
      expect(await configMap('app-v2-only', 'rb-ok')).toBeUndefined();

      const ops = await backend.http
        .get('/api/helm-releases/api/releases/app/operations?namespace=rb-ok')
        .set(user);
      expect(ops.body[0]).toMatchObject({
        operation: 'rollback',
        fromRevision: 2,
        toRevision: 3,
        outcome: 'succeeded',
        actor: 'user:default/jane',
      });
    });

    it('patches live objects three-way: chart-managed fields revert, a live-injected sidecar and live-added labels survive', async () => {
      const namespace = 'rb-3way';
      const one = makeRelease('shop', 1, {
        namespace,
        status: 'superseded',
        manifest: workloadManifest('shop:1', { LOG: 'info' }, 'basic', ['a']),
      });
      const two = makeRelease('shop', 2, {
        namespace,
        manifest: workloadManifest(
          'shop:2',
          { LOG: 'debug', FEATURE_X: 'on' },
          'che',
          ['a', 'b'],
        ),
      });
      sim.seed([helmSecret(one), helmSecret(two)]);
      sim.seed(
        k8s
          .loadAllYaml(two.manifest!)
          .map((o: any) => ({ ...o, metadata: { ...o.metadata, namespace } })),
      );
      // What others did to the live objects since: a mutating webhook injected a sidecar, someone
      // labelled the Deployment and the workspace, set a field the chart does not manage, scaled it.
      const kc = new k8s.KubeConfig();
      kc.loadFromOptions(sim.kubeConfigOptions());
      const apps = kc.makeApiClient(k8s.AppsV1Api);
      const custom = kc.makeApiClient(k8s.CustomObjectsApi);
      await apps.patchNamespacedDeployment(
        {
          name: 'shop',
          namespace,
          body: [
            {
              op: 'add',
              path: '/spec/template/spec/containers/-',
              value: { name: 'istio-proxy', image: 'proxyv2:1.20' },
            },
          ],
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
      );
      await apps.patchNamespacedDeployment(
        {
          name: 'shop',
          namespace,
          body: {
            metadata: { labels: { team: 'payments' } },
            spec: {
              replicas: 5,
              template: { spec: { terminationGracePeriodSeconds: 5 } },
            },
          },
        },
        k8s.setHeaderOptions(
          'Content-Type',
          k8s.PatchStrategy.StrategicMergePatch,
        ),
      );
      const dw = {
        group: 'workspace.devfile.io',
        version: 'v1alpha2',
        plural: 'devworkspaces',
        namespace,
        name: 'shop-dev',
      };
      await custom.patchNamespacedCustomObject(
        { ...dw, body: { metadata: { labels: { team: 'payments' } } } },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );

      expect(
        (await post('/api/releases/shop/rollback', { namespace, revision: 1 }))
          .status,
      ).toBe(200);

      const deployment = await apps.readNamespacedDeployment({
        name: 'shop',
        namespace,
      });
      expect(deployment.spec!.template.spec!.containers).toEqual([
        { name: 'web', image: 'shop:1', env: [{ name: 'LOG', value: 'info' }] },
        { name: 'istio-proxy', image: 'proxyv2:1.20' },
      ]);
      expect(
        deployment.spec!.template.spec!.terminationGracePeriodSeconds,
      ).toBe(5);
      expect(deployment.spec!.replicas).toBe(2);
      expect(deployment.metadata!.labels).toEqual({
        app: 'shop',
        team: 'payments',
        'app.kubernetes.io/managed-by': 'Helm',
      });
      // The custom resource gets a JSON merge patch (the simulator, like a real server, answers 415
      // to a strategic one): its list is replaced whole, the live label stays.
      const workspace: any = await custom.getNamespacedCustomObject(dw);
      expect(workspace.spec).toEqual({
        started: false,
        routingClass: 'basic',
        template: { components: [{ name: 'a' }] },
      });
      expect(workspace.metadata.labels).toEqual({
        team: 'payments',
        'app.kubernetes.io/managed-by': 'Helm',
      });
    });

    it("carries the target revision's custom storage labels to the new revision, as Helm does", async () => {
      const { one } = installTwoRevisions(sim, 'labelled', 'rb-labels');
      const secret = helmSecret(one);
      secret.metadata.labels = {
        ...secret.metadata.labels,
        'team.example.com/owner': 'payments',
      } as any;
      sim.seed([secret]);
      expect(
        (
          await post('/api/releases/labelled/rollback', {
            namespace: 'rb-labels',
            revision: 1,
          })
        ).status,
      ).toBe(200);
      const v3 = await core.readNamespacedSecret({
        name: 'sh.helm.release.v1.labelled.v3',
        namespace: 'rb-labels',
      });
      expect(v3.metadata!.labels).toMatchObject({
        'team.example.com/owner': 'payments',
        owner: 'helm',
        version: '3',
      });
      const stored = storedRelease(v3);
      expect(stored.labels).toBeUndefined();
      const listed = (await history('labelled', 'rb-labels')).find(
        r => r.version === 3,
      )!;
      expect(listed.labels).toEqual({ 'team.example.com/owner': 'payments' });
    });

    it('rolls back to the previous revision when revision is 0 or absent', async () => {
      installTwoRevisions(sim, 'prev', 'rb-prev');
      const res = await post('/api/releases/prev/rollback', {
        namespace: 'rb-prev',
      });
      expect(res.status).toBe(200);
      expect(res.body.info.description).toBe('Rollback to 1');
    });

    it('writes the new revision where the history was read, as Helm does, when the records name another namespace', async () => {
      // Records copied from another namespace keep the namespace they were made in.
      const records = [
        makeRelease('moved', 1, { namespace: 'rb-data', status: 'superseded' }),
        makeRelease('moved', 2, { namespace: 'rb-data' }),
      ].map(release => {
        const secret = helmSecret(release);
        return {
          ...secret,
          metadata: { ...secret.metadata, namespace: 'rb-moved' },
        };
      });
      sim.seed(records);
      const res = await post('/api/releases/moved/rollback', {
        namespace: 'rb-moved',
        revision: 1,
      });
      expect(res.body).toMatchObject({ version: 3 });
      expect((await history('moved', 'rb-moved')).map(r => r.version)).toEqual([
        1, 2, 3,
      ]);
      await expect(
        core.readNamespacedSecret({
          name: 'sh.helm.release.v1.moved.v3',
          namespace: 'rb-data',
        }),
      ).rejects.toThrow();
      // Nothing is left pending elsewhere: the next rollback is not refused as in progress.
      const again = await post('/api/releases/moved/rollback', {
        namespace: 'rb-moved',
        revision: 2,
      });
      expect(again.body.version).toBe(4);
      // Recover writes there too.
      const stuck = makeRelease('moved', 5, {
        namespace: 'rb-data',
        status: 'pending-upgrade',
      });
      const secret = helmSecret(stuck);
      sim.seed([
        { ...secret, metadata: { ...secret.metadata, namespace: 'rb-moved' } },
      ]);
      const recovered = await post('/api/releases/moved/recover', {
        namespace: 'rb-moved',
      });
      expect(recovered.status).toBe(200);
      expect(
        (await history('moved', 'rb-moved')).map(r => [
          r.version,
          r.info.status,
        ]),
      ).toContainEqual([5, 'failed']);
    });

    it('creates cluster-scoped objects without a namespace and namespaced ones in the release namespace', async () => {
      const role =
        '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: scoped-reader\nrules: []\n';
      installTwoRevisions(sim, 'scoped', 'rb-scope', {
        manifest: twoObjects('scoped', 'one', 'v1-only', role),
      });
      expect(
        (
          await post('/api/releases/scoped/rollback', {
            namespace: 'rb-scope',
            revision: 1,
          })
        ).status,
      ).toBe(200);
      const kc = new k8s.KubeConfig();
      kc.loadFromOptions(sim.kubeConfigOptions());
      const created = await kc
        .makeApiClient(k8s.RbacAuthorizationV1Api)
        .readClusterRole({ name: 'scoped-reader' });
      expect(created.metadata!.namespace).toBeUndefined();
      expect(created.metadata!.annotations!['meta.helm.sh/release-name']).toBe(
        'scoped',
      );
      expect(await configMap('scoped-v1-only', 'rb-scope')).toBeDefined();
    });

    it('keeps objects annotated helm.sh/resource-policy: keep', async () => {
      const keep = configMapManifest(
        'kept-cache',
        { v: '2' },
        { 'helm.sh/resource-policy': 'keep' },
      );
      installTwoRevisions(
        sim,
        'kept',
        'rb-keep',
        {},
        { manifest: twoObjects('kept', 'two', 'v2-only', keep) },
      );
      expect(
        (
          await post('/api/releases/kept/rollback', {
            namespace: 'rb-keep',
            revision: 1,
          })
        ).status,
      ).toBe(200);
      expect(await configMap('kept-cache', 'rb-keep')).toBeDefined();
      expect(await configMap('kept-v2-only', 'rb-keep')).toBeUndefined();
    });

    it('runs pre- and post-rollback hooks with their delete policies and records last_run', async () => {
      const hooks = [
        jobHook('pre-migrate', 'pre-rollback'),
        jobHook('post-notify', 'post-rollback', {
          policies: ['hook-succeeded'],
        }),
      ];
      installTwoRevisions(sim, 'hooked', 'rb-hooks', { hooks });
      const res = await post('/api/releases/hooked/rollback', {
        namespace: 'rb-hooks',
        revision: 1,
      });
      expect(res.status).toBe(200);
      const pre = await batch.readNamespacedJob({
        name: 'pre-migrate',
        namespace: 'rb-hooks',
      });
      expect(pre.status!.conditions).toEqual([
        expect.objectContaining({ type: 'Complete', status: 'True' }),
      ]);
      await expect(
        batch.readNamespacedJob({ name: 'post-notify', namespace: 'rb-hooks' }),
      ).rejects.toThrow();
      const v3 = (await history('hooked', 'rb-hooks')).find(
        r => r.version === 3,
      )!;
      expect(v3.hooks!.map(h => [h.name, h.last_run!.phase])).toEqual([
        ['pre-migrate', 'Succeeded'],
        ['post-notify', 'Succeeded'],
      ]);
    });

    it('replaces an earlier run of a hook (before-hook-creation), waiting until its deletion finishes', async () => {
      installTwoRevisions(sim, 'rerun', 'rb-rerun', {
        hooks: [jobHook('pre-migrate', 'pre-rollback')],
      });
      sim.seed([
        {
          apiVersion: 'batch/v1',
          kind: 'Job',
          metadata: {
            name: 'pre-migrate',
            namespace: 'rb-rerun',
            finalizers: ['example.com/hold'],
          },
          spec: {
            template: {
              spec: {
                restartPolicy: 'Never',
                containers: [{ name: 'run', image: 'busybox' }],
              },
            },
          },
        },
      ]);
      const earlier = await batch.readNamespacedJob({
        name: 'pre-migrate',
        namespace: 'rb-rerun',
      });
      const pending = post('/api/releases/rerun/rollback', {
        namespace: 'rb-rerun',
        revision: 1,
      }).then(r => r);
      await new Promise(resolve => setTimeout(resolve, 300));
      const held = await batch.readNamespacedJob({
        name: 'pre-migrate',
        namespace: 'rb-rerun',
      });
      expect(held.metadata!.deletionTimestamp).toBeDefined();
      const released = Date.now();
      await batch.patchNamespacedJob(
        {
          name: 'pre-migrate',
          namespace: 'rb-rerun',
          body: { metadata: { finalizers: null } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      const res = await pending;
      expect(res.status).toBe(200);
      const rerun = await batch.readNamespacedJob({
        name: 'pre-migrate',
        namespace: 'rb-rerun',
      });
      expect(rerun.metadata!.uid).not.toBe(earlier.metadata!.uid);
      expect(rerun.status!.conditions).toEqual([
        expect.objectContaining({ type: 'Complete' }),
      ]);
      // As Helm, the hook's run starts once the earlier one is gone, not while waiting for that.
      const lastRun = (await history('rerun', 'rb-rerun')).find(
        r => r.version === 3,
      )!.hooks![0].last_run!;
      expect(Date.parse(lastRun.started_at!)).toBeGreaterThanOrEqual(released);
    });

    /** Rolls back to v1 whose one hook fails: 502, v3 failed with the hook's reason, v2 still deployed. */
    const rollbackWithFailingHook = async (
      name: string,
      namespace: string,
      hook: Hook,
    ) => {
      installTwoRevisions(sim, name, namespace, { hooks: [hook] });
      const res = await post(`/api/releases/${name}/rollback`, {
        namespace,
        revision: 1,
      });
      const event = hook.events![0];
      expect(res.status).toBe(502);
      expect(res.body.error.message).toContain(`${event} hook ${hook.path}`);
      expect(res.body.error.message).toContain('migration exploded');
      expect(res.body.error.message).toContain(
        'revision 3 is recorded as failed',
      );
      expect(await statuses(name, namespace)).toEqual([
        [1, 'superseded'],
        [2, 'deployed'],
        [3, 'failed'],
      ]);
      const v3 = (await history(name, namespace)).find(r => r.version === 3)!;
      expect(v3.info.description).toMatch(
        new RegExp(
          `^Rollback "${name}" failed: ${event} hook .*migration exploded`,
        ),
      );
      return v3;
    };

    it('marks the new revision failed when a pre-rollback hook fails, leaving objects and the deployed revision alone', async () => {
      await rollbackWithFailingHook(
        'badhook',
        'rb-hookfail',
        jobHook('pre-check', 'pre-rollback', {
          fail: true,
          policies: ['hook-failed'],
        }),
      );
      expect((await configMap('badhook-config', 'rb-hookfail'))!.data).toEqual({
        value: 'two',
      });
      await expect(
        batch.readNamespacedJob({
          name: 'pre-check',
          namespace: 'rb-hookfail',
        }),
      ).rejects.toThrow();
    });

    it('marks the new revision failed when a post-rollback hook fails, after the objects were applied, leaving the deployed revision alone', async () => {
      const v3 = await rollbackWithFailingHook(
        'posthook',
        'rb-posthook',
        jobHook('post-check', 'post-rollback', { fail: true }),
      );
      expect(v3.hooks!.map(h => [h.name, h.last_run!.phase])).toEqual([
        ['post-check', 'Failed'],
      ]);
      // The hook runs after the objects are applied: the cluster already holds revision 1's objects.
      expect((await configMap('posthook-config', 'rb-posthook'))!.data).toEqual(
        { value: 'one' },
      );
      expect(await configMap('posthook-v1-only', 'rb-posthook')).toBeDefined();
      expect(
        await configMap('posthook-v2-only', 'rb-posthook'),
      ).toBeUndefined();
      const ops = await backend.http
        .get(
          '/api/helm-releases/api/releases/posthook/operations?namespace=rb-posthook',
        )
        .set(user);
      expect(ops.body[0]).toMatchObject({
        operation: 'rollback',
        fromRevision: 2,
        toRevision: 3,
        outcome: 'failed',
      });
    });

    it('skips hooks with disableHooks', async () => {
      installTwoRevisions(sim, 'nohooks', 'rb-nohooks', {
        hooks: [jobHook('pre-check', 'pre-rollback', { fail: true })],
      });
      const res = await post('/api/releases/nohooks/rollback', {
        namespace: 'rb-nohooks',
        revision: 1,
        disableHooks: true,
      });
      expect(res.status).toBe(200);
      await expect(
        batch.readNamespacedJob({ name: 'pre-check', namespace: 'rb-nohooks' }),
      ).rejects.toThrow();
    });

    it('completes a rollback whose superseding write of the previous revision fails, as Helm only logs that', async () => {
      installTwoRevisions(sim, 'lossy', 'rb-lossy');
      sim.injectFault({
        method: 'PUT',
        path: '/api/v1/namespaces/rb-lossy/secrets/sh.helm.release.v1.lossy.v2',
        status: 500,
        times: 1,
      });
      const res = await post('/api/releases/lossy/rollback', {
        namespace: 'rb-lossy',
        revision: 1,
      });
      expect(res.status).toBe(200);
      // v2 keeps its deployed record (the write failed); v3 is deployed, so the release is not locked.
      expect(await statuses('lossy', 'rb-lossy')).toEqual([
        [1, 'superseded'],
        [2, 'deployed'],
        [3, 'deployed'],
      ]);
      expect((await configMap('lossy-config', 'rb-lossy'))!.data).toEqual({
        value: 'one',
      });
      expect(
        (
          await backend.http
            .get('/api/helm-releases/api/releases/lossy/0?namespace=rb-lossy')
            .set(user)
        ).body.version,
      ).toBe(3);
    });

    it.each([
      // The first PUT supersedes v2; the second marks v3 failed.
      [
        'the current revision cannot be superseded',
        'twice',
        1,
        'revision 3 is recorded as failed',
        'failed',
      ],
      [
        'even the new revision cannot be marked failed',
        'stuckwrite',
        2,
        'revision 3 could not be recorded as failed and stays pending-rollback',
        'pending-rollback',
      ],
    ])(
      'answers a failed apply with its own reason when %s, saying what the new revision is left as',
      async (_case, name, writesRefused, says, left) => {
        const namespace = `rb-${name}`;
        installTwoRevisions(sim, name, namespace, {
          manifest: twoObjects(name, 'one', 'v1-only', UNSERVED_WIDGET),
        });
        sim.injectFault({
          method: 'PUT',
          path: `/api/v1/namespaces/${namespace}/secrets/`,
          status: 500,
          times: writesRefused,
        });
        const res = await post(`/api/releases/${name}/rollback`, {
          namespace,
          revision: 1,
        });
        expect(res.status).toBe(502);
        expect(res.body.error.message).toContain('does not serve Widget');
        expect(res.body.error.message).toContain(says);
        expect(await statuses(name, namespace)).toEqual([
          [1, 'superseded'],
          [2, 'deployed'],
          [3, left],
        ]);
      },
    );

    it('names the pending revision and the recover route when the final status write fails, and recover then unlocks it', async () => {
      const namespace = 'rb-lastwrite';
      installTwoRevisions(sim, 'last', namespace);
      sim.injectFault({
        method: 'PUT',
        path: `/api/v1/namespaces/${namespace}/secrets/sh.helm.release.v1.last.v3`,
        status: 500,
        times: 1,
      });
      const res = await post('/api/releases/last/rollback', {
        namespace,
        revision: 1,
      });
      expect(res.status).toBeGreaterThanOrEqual(500);
      expect(res.status).not.toBe(500);
      expect(res.body.error.message).toContain(
        'revision 3 could not be recorded as deployed and stays pending-rollback',
      );
      expect(res.body.error.message).toContain(
        'POST /api/releases/last/recover with {"namespace": "rb-lastwrite"} marks it failed',
      );
      expect(await statuses('last', namespace)).toEqual([
        [1, 'superseded'],
        [2, 'superseded'],
        [3, 'pending-rollback'],
      ]);
      const recovered = await post('/api/releases/last/recover', { namespace });
      expect(recovered.status).toBe(200);
      expect(await statuses('last', namespace)).toEqual([
        [1, 'superseded'],
        [2, 'superseded'],
        [3, 'failed'],
      ]);
    });

    it('marks the new revision failed and the current one superseded when applying fails, as Helm does', async () => {
      installTwoRevisions(sim, 'broken', 'rb-applyfail', {
        manifest: twoObjects('broken', 'one', 'v1-only', UNSERVED_WIDGET),
      });
      const res = await post('/api/releases/broken/rollback', {
        namespace: 'rb-applyfail',
        revision: 1,
      });
      expect(res.status).toBe(502);
      expect(res.body.error.message).toContain('does not serve Widget');
      expect(await statuses('broken', 'rb-applyfail')).toEqual([
        [1, 'superseded'],
        [2, 'superseded'],
        [3, 'failed'],
      ]);
      // Objects before the failing one (in Helm's install order) were applied and stay so, as with
      // Helm; the deletions that come after applying never ran, so the v2-only object is still live.
      expect((await configMap('broken-config', 'rb-applyfail'))!.data).toEqual({
        value: 'one',
      });
      expect(await configMap('broken-v1-only', 'rb-applyfail')).toBeDefined();
      expect((await configMap('broken-v2-only', 'rb-applyfail'))!.data).toEqual(
        { only: 'v2-only' },
      );
      const ops = await backend.http
        .get(
          '/api/helm-releases/api/releases/broken/operations?namespace=rb-applyfail',
        )
        .set(user);
      expect(ops.body[0]).toMatchObject({
        operation: 'rollback',
        outcome: 'failed',
      });
    });

    it('refuses with 409 while the latest revision is pending, until recover marks it failed', async () => {
      const { one, two } = installTwoRevisions(sim, 'stuck', 'rb-pending');
      void one;
      sim.seed([
        helmSecret(
          makeRelease('stuck', 3, {
            namespace: 'rb-pending',
            status: 'pending-upgrade',
            manifest: two.manifest,
          }),
        ),
      ]);
      const refused = await post('/api/releases/stuck/rollback', {
        namespace: 'rb-pending',
        revision: 1,
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain(
        'revision 3 is pending-upgrade',
      );
      const recovered = await post('/api/releases/stuck/recover', {
        namespace: 'rb-pending',
      });
      expect(recovered.status).toBe(200);
      expect(recovered.body.info).toMatchObject({
        status: 'failed',
        description: expect.stringContaining(
          'Marked failed by user:default/jane: was pending-upgrade',
        ),
      });
      expect(
        (await post('/api/releases/stuck/recover', { namespace: 'rb-pending' }))
          .status,
      ).toBe(409);
      expect(
        (
          await post('/api/releases/stuck/rollback', {
            namespace: 'rb-pending',
            revision: 1,
          })
        ).status,
      ).toBe(200);
      expect(await statuses('stuck', 'rb-pending')).toEqual([
        [1, 'superseded'],
        [2, 'superseded'],
        [3, 'failed'],
        [4, 'deployed'],
      ]);
    });

    it('refuses with 409 when a record of the release cannot be decoded', async () => {
      installTwoRevisions(sim, 'garbled', 'rb-garbled');
      sim.seed([undecodableSecret('garbled', 'rb-garbled', 3)]);
      const res = await post('/api/releases/garbled/rollback', {
        namespace: 'rb-garbled',
        revision: 1,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain(
        '1 storage record(s) that cannot be decoded (sh.helm.release.v1.garbled.v3)',
      );
    });

    it.each(['rollback', 'recover', 'upgrade'])(
      'answers %s of a release none of whose records can be decoded with 409 naming them, not 500',
      async action => {
        sim.seed([undecodableSecret('husk', 'undecodable', 1)]);
        const res = await post(`/api/releases/husk/${action}`, {
          namespace: 'undecodable',
          values: '',
        });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toContain('sh.helm.release.v1.husk.v1');
      },
    );

    it('refuses to recover when the newest record cannot be decoded, instead of marking an older pending revision failed', async () => {
      sim.seed([
        helmSecret(
          makeRelease('halfstuck', 1, {
            namespace: 'rc-garbled',
            status: 'pending-upgrade',
          }),
        ),
        undecodableSecret('halfstuck', 'rc-garbled', 2),
      ]);
      const res = await post('/api/releases/halfstuck/recover', {
        namespace: 'rc-garbled',
      });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain(
        'sh.helm.release.v1.halfstuck.v2',
      );
      expect(await statuses('halfstuck', 'rc-garbled')).toEqual([
        [1, 'pending-upgrade'],
      ]);
    });

    it('prunes beyond maxHistory oldest first, never the deployed revision', async () => {
      const ns = 'rb-history';
      const manifest = configMapManifest('h-config', { v: 'x' });
      seedRevisions(
        sim,
        'h',
        ns,
        ['superseded', 'deployed', 'failed', 'failed', 'failed'],
        manifest,
      );
      expect(
        (await post('/api/releases/h/rollback', { namespace: ns, revision: 2 }))
          .status,
      ).toBe(200);
      expect(await statuses('h', ns)).toEqual([
        [2, 'superseded'],
        [4, 'failed'],
        [5, 'failed'],
        [6, 'deployed'],
      ]);
    });

    it('lets exactly one of two concurrent rollbacks through', async () => {
      installTwoRevisions(sim, 'race', 'rb-race');
      const results = await Promise.all([
        post('/api/releases/race/rollback', {
          namespace: 'rb-race',
          revision: 1,
        }),
        post('/api/releases/race/rollback', {
          namespace: 'rb-race',
          revision: 1,
        }),
      ]);
      expect(results.map(r => r.status).sort()).toEqual([200, 409]);
      expect(results.find(r => r.status === 409)!.body.error.message).toContain(
        'another operation',
      );
      expect(await statuses('race', 'rb-race')).toEqual([
        [1, 'superseded'],
        [2, 'superseded'],
        [3, 'deployed'],
      ]);
    });

    it('writes ConfigMap records with one base64 layer when storage=configmap', async () => {
      const one = makeRelease('cmr', 1, {
        namespace: 'rb-cm',
        status: 'superseded',
      });
      const two = makeRelease('cmr', 2, { namespace: 'rb-cm' });
      sim.seed([helmConfigMap(one), helmConfigMap(two)]);
      const res = await post('/api/releases/cmr/rollback', {
        namespace: 'rb-cm',
        storage: 'configmap',
        revision: 1,
      });
      expect(res.status).toBe(200);
      const cm = await core.readNamespacedConfigMap({
        name: 'sh.helm.release.v1.cmr.v3',
        namespace: 'rb-cm',
      });
      expect(cm.metadata!.labels).toMatchObject({
        owner: 'helm',
        status: 'deployed',
        version: '3',
      });
      expect(
        JSON.parse(
          gunzipSync(Buffer.from(cm.data!.release, 'base64')).toString(),
        ).info.description,
      ).toBe('Rollback to 1');
      expect(
        (await history('cmr', 'rb-cm', 'configmap')).map(r => r.info.status),
      ).toEqual(['superseded', 'superseded', 'deployed']);
    });

    it('answers 404 for an unknown release or revision, 400 for bad bodies', async () => {
      installTwoRevisions(sim, 'four', 'rb-404');
      expect(
        (
          await post('/api/releases/nope/rollback', {
            namespace: 'rb-404',
            revision: 1,
          })
        ).status,
      ).toBe(404);
      const missing = await post('/api/releases/four/rollback', {
        namespace: 'rb-404',
        revision: 7,
      });
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toContain('no revision 7');
      const bad = await post('/api/releases/four/rollback', {
        namespace: 'rb-404',
        revision: 'one',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('body.revision');
      expect(
        (
          await post('/api/releases/four/rollback', {
            namespace: 'rb-404',
            storage: 'tape',
          })
        ).body.error.message,
      ).toContain('body.storage');
      expect(
        (
          await post('/api/releases/four/rollback', {
            namespace: 'rb-404',
            context: 'prod',
          })
        ).status,
      ).toBe(400);
      expect(await statuses('four', 'rb-404')).toEqual([
        [1, 'superseded'],
        [2, 'deployed'],
      ]);
    });

    it.each([[{ revision: 0 }], [{}]])(
      'answers 404 saying there is no earlier revision to roll back a first revision to (%j)',
      async body => {
        sim.seed([
          helmSecret(makeRelease('solo', 1, { namespace: 'rb-first' })),
        ]);
        const res = await post('/api/releases/solo/rollback', {
          namespace: 'rb-first',
          ...body,
        });
        expect(res.status).toBe(404);
        expect(res.body.error.message).toContain(
          'has no earlier revision to roll back to',
        );
        expect(await statuses('solo', 'rb-first')).toEqual([[1, 'deployed']]);
      },
    );

    it('answers 400, not 500, for a body that is not JSON', async () => {
      const res = await backend.http
        .post('/api/helm-releases/api/releases/app/rollback')
        .set(user)
        .set('Content-Type', 'application/json')
        .send('{"namespace": ');
      expect(res.status).toBe(400);
    });

    it.each([
      ['rollback', 'helm.release.rollback'],
      ['recover', 'helm.release.rollback'],
      ['upgrade', 'helm.release.upgrade'],
    ])(
      'refuses %s without credentials (401) and when denied (403 naming %s)',
      async (action, permission) => {
        expect(
          (
            await backend.http
              .post(`/api/helm-releases/api/releases/app/${action}`)
              .send({ values: '' })
          ).status,
        ).toBe(401);
        const res = await denied.http
          .post(`/api/helm-releases/api/releases/app/${action}`)
          .set(user)
          .send({ values: '' });
        expect(res.status).toBe(403);
        expect(res.body.error.message).toContain(permission);
      },
    );

    describe('upgrade', () => {
      beforeAll(() => {
        installTwoRevisions(sim, 'up', 'up');
        sim.seed([
          helmSecret(
            makeRelease('umbrella', 1, {
              namespace: 'up',
              chart: {
                metadata: {
                  name: 'umbrella',
                  version: '1.0.0',
                  dependencies: [{ name: 'postgresql', version: '12.x' }],
                },
                templates: [],
                values: {},
              },
            }),
          ),
        ]);
      });

      it('answers 501 saying how to enable upgrades when no helm binary is configured', async () => {
        const res = await post('/api/releases/up/upgrade', {
          namespace: 'up',
          values: 'replicas: 3\n',
        });
        expect(res.status).toBe(501);
        expect(res.body.error.message).toContain('helmReleases.helmBinary');
        // A chart repository that is not configured is the request's mistake: 400 first.
        const unknown = await post('/api/releases/up/upgrade', {
          namespace: 'up',
          chart: { repository: 'stable', version: '2.0.0' },
        });
        expect(unknown.status).toBe(400);
        expect(unknown.body.error.message).toContain(
          'chart.repository "stable" is not configured',
        );
      });

      it('refuses charts with dependencies with 409 and the reason', async () => {
        const res = await post('/api/releases/umbrella/upgrade', {
          namespace: 'up',
          values: 'a: 1',
        });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toContain(
          'has dependencies (postgresql)',
        );
      });

      const subchartSource = (path: string) =>
        `---\n# Source: ${path}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub\n`;
      it.each([
        [
          'locked',
          {
            chart: {
              metadata: { name: 'locked', version: '1.0.0' },
              lock: {
                generated: '2026-01-01T00:00:00Z',
                digest: 'sha256:0',
                dependencies: [
                  {
                    name: 'redis',
                    version: '18.1.0',
                    repository: 'oci://registry-1.docker.io/bitnamicharts',
                  },
                ],
              },
              templates: [],
              values: {},
            },
          },
          'redis',
        ],
        [
          'rendered',
          {
            manifest:
              configMapManifest('rendered-config', { a: '1' }) +
              subchartSource('demo/charts/postgresql/templates/secret.yaml'),
          },
          'postgresql',
        ],
        [
          'hooksub',
          {
            hooks: [
              {
                ...jobHook('migrate', 'pre-upgrade'),
                path: 'demo/charts/migrator/templates/job.yaml',
              },
            ],
          },
          'migrator',
        ],
        [
          'hookmanifest',
          {
            hooks: [
              {
                ...jobHook('seed', 'post-upgrade'),
                manifest: subchartSource(
                  'demo/charts/seeder/charts/data/templates/job.yaml',
                ),
              },
            ],
          },
          'seeder, data',
        ],
      ])(
        'refuses %s, whose stored release shows subcharts, with 409 naming them',
        async (name, overrides, subcharts) => {
          sim.seed([
            helmSecret(
              makeRelease(name, 1, {
                namespace: 'up',
                ...(overrides as Partial<Release>),
              }),
            ),
          ]);
          const res = await post(`/api/releases/${name}/upgrade`, {
            namespace: 'up',
            values: 'a: 1',
          });
          expect(res.status).toBe(409);
          expect(res.body.error.message).toContain(
            `has dependencies (${subcharts})`,
          );
        },
      );

      it.each([
        [{ values: 'a: [1, 2' }, 'values must be YAML'],
        [{ values: '- just\n- a list\n' }, 'YAML mapping'],
        [{ values: 42 }, 'body.values'],
        [{ values: 'a: 1', dryRun: 'yes' }, 'body.dryRun'],
      ])('answers 400 for %j', async (body, message) => {
        const res = await post('/api/releases/up/upgrade', {
          namespace: 'up',
          ...body,
        });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(message);
      });

      it('answers 404 for an unknown release', async () => {
        expect(
          (
            await post('/api/releases/ghost/upgrade', {
              namespace: 'up',
              values: '',
            })
          ).status,
        ).toBe(404);
        // Values left out are empty, as `helm upgrade` without --values: not a 400.
        expect(
          (await post('/api/releases/ghost/upgrade', { namespace: 'up' }))
            .status,
        ).toBe(404);
      });

      it('refuses with 409 when the newest record cannot be decoded, instead of upgrading from an older revision', async () => {
        sim.seed([
          helmSecret(makeRelease('torn', 1, { namespace: 'up' })),
          undecodableSecret('torn', 'up', 2),
        ]);
        const res = await post('/api/releases/torn/upgrade', {
          namespace: 'up',
          values: 'a: 1',
        });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toContain('sh.helm.release.v1.torn.v2');
      });
    });
  },
);
