import * as k8s from '@kubernetes/client-node';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAIL_START_ANNOTATION } from './controllers/DevWorkspaceController';
import { FAIL_ANNOTATION } from './controllers/WorkloadController';
import { KubernetesSimulator } from './KubernetesSimulator';
import { readObjectFiles } from './seedFiles';

const DW = {
  group: 'workspace.devfile.io',
  version: 'v1alpha2',
  plural: 'devworkspaces',
};

async function expectStatus(
  promise: Promise<unknown>,
  code: number,
  reason: string,
) {
  const error = await promise.then(
    () => undefined,
    e => e,
  );
  expect(error).toBeInstanceOf(k8s.ApiException);
  expect(error.code).toBe(code);
  // client-node leaves the body of a 401 unparsed, as for a real server.
  if (code === 401) return undefined;
  const body =
    typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
  expect(body).toMatchObject({
    kind: 'Status',
    status: 'Failure',
    reason,
    code,
  });
  return body;
}

async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  // Only how long a failing test waits: generous, so a loaded machine does not fail a passing one.
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met; last value ${JSON.stringify(value)}`);
    await new Promise(r => setTimeout(r, 10));
  }
}

describe('KubernetesSimulator through @kubernetes/client-node', () => {
  let sim: KubernetesSimulator;
  let kc: k8s.KubeConfig;
  let core: k8s.CoreV1Api;
  let custom: k8s.CustomObjectsApi;
  let objects: k8s.KubernetesObjectApi;

  const clientFor = (token: string) => {
    const config = new k8s.KubeConfig();
    config.loadFromOptions(sim.kubeConfigOptions(token));
    return config.makeApiClient(k8s.CoreV1Api);
  };

  beforeEach(async () => {
    sim = new KubernetesSimulator({
      tokens: [
        { token: 'admin-token' },
        { token: 'team-a-token', user: 'team-a', namespaces: ['team-a'] },
        {
          token: 'reader-token',
          user: 'reader',
          verbs: ['get', 'list', 'watch'],
        },
      ],
      devWorkspace: { startDelayMs: 30, stopDelayMs: 30 },
    });
    await sim.start();
    kc = new k8s.KubeConfig();
    kc.loadFromOptions(sim.kubeConfigOptions('admin-token'));
    core = kc.makeApiClient(k8s.CoreV1Api);
    custom = kc.makeApiClient(k8s.CustomObjectsApi);
    objects = k8s.KubernetesObjectApi.makeApiClient(kc);
  });

  afterEach(() => sim.stop());

  describe('discovery and metadata', () => {
    it('serves /version, /api and /apis', async () => {
      const version = await kc.makeApiClient(k8s.VersionApi).getCode();
      expect(version.gitVersion).toBe('v1.31.0');
      const groups = await kc.makeApiClient(k8s.ApisApi).getAPIVersions();
      expect(groups.groups.map(g => g.name)).toEqual(
        expect.arrayContaining(['apps', 'batch', 'workspace.devfile.io']),
      );
      const coreResources = await core.getAPIResources();
      expect(
        coreResources.resources.find(r => r.name === 'secrets'),
      ).toMatchObject({ kind: 'Secret', namespaced: true });
    });

    it('lets KubernetesObjectApi create, read, patch and delete by kind', async () => {
      const deployment: k8s.V1Deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: 'web' } },
          template: {
            spec: { containers: [{ name: 'web', image: 'nginx:1' }] },
          },
        },
      };
      const created = await objects.create(deployment);
      expect(created.metadata).toMatchObject({ name: 'web', generation: 1 });
      expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
      expect(created.metadata?.creationTimestamp).toBeInstanceOf(Date);
      const read = await objects.read<k8s.V1Deployment>({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
      });
      expect(read.spec?.replicas).toBe(2);
      const patched = await objects.patch<k8s.V1Deployment>({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: {
          template: {
            spec: { containers: [{ name: 'web', image: 'nginx:2' }] },
          },
        },
      } as any);
      expect(patched.spec?.template.spec?.containers).toEqual([
        { name: 'web', image: 'nginx:2' },
      ]);
      expect(patched.spec?.replicas).toBe(2);
      expect(patched.metadata?.generation).toBe(2);
      expect(Number(patched.metadata?.resourceVersion)).toBeGreaterThan(
        Number(created.metadata?.resourceVersion),
      );
      await objects.delete({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
      });
      await expectStatus(
        objects.read({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'web', namespace: 'default' },
        }),
        404,
        'NotFound',
      );
    });

    it('keeps generation for metadata-only changes and bumps it for spec changes', async () => {
      await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          metadata: { name: 'g' },
          spec: { started: false },
        },
      });
      const labelled: any = await custom.patchNamespacedCustomObject(
        {
          ...DW,
          namespace: 'default',
          name: 'g',
          body: { metadata: { labels: { a: 'b' } } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      expect(labelled.metadata.generation).toBe(1);
      const changed: any = await custom.patchNamespacedCustomObject(
        {
          ...DW,
          namespace: 'default',
          name: 'g',
          body: [{ op: 'replace', path: '/spec/started', value: true }],
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
      );
      expect(changed.metadata.generation).toBe(2);
    });
  });

  describe('create, update, delete', () => {
    it('answers AlreadyExists, NotFound and a missing namespace with real Status objects', async () => {
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'c' }, data: { k: 'v' } },
      });
      const exists = await expectStatus(
        core.createNamespacedConfigMap({
          namespace: 'default',
          body: { metadata: { name: 'c' } },
        }),
        409,
        'AlreadyExists',
      );
      expect(exists.message).toBe('configmaps "c" already exists');
      const missing = await expectStatus(
        core.readNamespacedConfigMap({ namespace: 'default', name: 'nope' }),
        404,
        'NotFound',
      );
      expect(missing.details).toMatchObject({
        name: 'nope',
        kind: 'configmaps',
      });
      const noNs = await expectStatus(
        core.createNamespacedConfigMap({
          namespace: 'ghost',
          body: { metadata: { name: 'c' } },
        }),
        404,
        'NotFound',
      );
      expect(noNs.message).toBe('namespaces "ghost" not found');
      await expectStatus(
        core.createNamespacedConfigMap({
          namespace: 'default',
          body: { metadata: { name: 'Bad_Name' } },
        }),
        422,
        'Invalid',
      );
    });

    it('generates names from generateName', async () => {
      const created = await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { generateName: 'gen-' } },
      });
      expect(created.metadata?.name).toMatch(/^gen-[a-z0-9]{5}$/);
    });

    it('refuses an update with a stale resourceVersion and a custom resource update without one', async () => {
      const created = await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'c' }, data: { k: '1' } },
      });
      const updated = await core.replaceNamespacedConfigMap({
        namespace: 'default',
        name: 'c',
        body: { ...created, data: { k: '2' } },
      });
      expect(updated.data).toEqual({ k: '2' });
      await expectStatus(
        core.replaceNamespacedConfigMap({
          namespace: 'default',
          name: 'c',
          body: { ...created, data: { k: '3' } },
        }),
        409,
        'Conflict',
      );
      // Built-in kinds accept an unconditional update.
      const unconditional = await core.replaceNamespacedConfigMap({
        namespace: 'default',
        name: 'c',
        body: { metadata: { name: 'c' }, data: { k: '4' } },
      });
      expect(unconditional.data).toEqual({ k: '4' });
      await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          metadata: { name: 'w' },
          spec: {},
        },
      });
      await expectStatus(
        custom.replaceNamespacedCustomObject({
          ...DW,
          namespace: 'default',
          name: 'w',
          body: {
            apiVersion: 'workspace.devfile.io/v1alpha2',
            kind: 'DevWorkspace',
            metadata: { name: 'w' },
            spec: {},
          },
        }),
        422,
        'Invalid',
      );
    });

    it('applies merge, JSON, strategic and apply patches', async () => {
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'p' }, data: { a: '1', b: '2' } },
      });
      const merged = await core.patchNamespacedConfigMap(
        {
          namespace: 'default',
          name: 'p',
          body: { data: { a: null, c: '3' } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      expect(merged.data).toEqual({ b: '2', c: '3' });
      const jsonPatched = await core.patchNamespacedConfigMap(
        {
          namespace: 'default',
          name: 'p',
          body: [
            { op: 'add', path: '/data/d', value: '4' },
            { op: 'remove', path: '/data/b' },
          ],
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
      );
      expect(jsonPatched.data).toEqual({ c: '3', d: '4' });
      await expectStatus(
        core.patchNamespacedConfigMap(
          {
            namespace: 'default',
            name: 'p',
            body: [{ op: 'test', path: '/data/c', value: 'other' }],
          },
          k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
        ),
        400,
        'BadRequest',
      );

      const apps = kc.makeApiClient(k8s.AppsV1Api);
      await apps.createNamespacedDeployment({
        namespace: 'default',
        body: {
          metadata: { name: 'd' },
          spec: {
            selector: {},
            template: {
              spec: {
                containers: [
                  { name: 'a', image: 'a:1' },
                  { name: 'b', image: 'b:1' },
                ],
              },
            },
          },
        },
      });
      const strategic = await apps.patchNamespacedDeployment(
        {
          namespace: 'default',
          name: 'd',
          body: {
            spec: {
              template: { spec: { containers: [{ name: 'b', image: 'b:2' }] } },
            },
          },
        },
        k8s.setHeaderOptions(
          'Content-Type',
          k8s.PatchStrategy.StrategicMergePatch,
        ),
      );
      expect(
        strategic.spec?.template.spec?.containers.map(c => c.image),
      ).toEqual(['a:1', 'b:2']);

      const applied = await objects.patch(
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'applied', namespace: 'default' },
          data: { x: '1' },
        } as any,
        undefined,
        undefined,
        'fawkes-test',
        true,
        k8s.PatchStrategy.ServerSideApply,
      );
      expect((applied as any).data).toEqual({ x: '1' });
      expect(
        applied.metadata?.managedFields?.map((f: k8s.V1ManagedFieldsEntry) => [
          f.manager,
          f.operation,
        ]),
      ).toEqual([['fawkes-test', 'Apply']]);
      const reapplied: any = await objects.patch(
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'applied', namespace: 'default' },
          data: { y: '2' },
        } as any,
        undefined,
        undefined,
        'fawkes-test',
        true,
        k8s.PatchStrategy.ServerSideApply,
      );
      // The manager applied x before and not now: server-side apply removes what it owned.
      expect(reapplied.data).toEqual({ y: '2' });
      expect(reapplied.metadata.managedFields).toEqual([
        expect.objectContaining({
          manager: 'fawkes-test',
          operation: 'Apply',
          fieldsV1: { 'f:data': { 'f:y': {} } },
        }),
      ]);
      await expectStatus(
        core.patchNamespacedConfigMap(
          { namespace: 'default', name: 'missing', body: { data: {} } },
          k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
        ),
        404,
        'NotFound',
      );
    });

    it('applies strategic merge directives over HTTP, and answers 415 for them on custom resources', async () => {
      const apps = kc.makeApiClient(k8s.AppsV1Api);
      const strategic = k8s.setHeaderOptions(
        'Content-Type',
        k8s.PatchStrategy.StrategicMergePatch,
      );
      await apps.createNamespacedDeployment({
        namespace: 'default',
        body: {
          metadata: { name: 'smp' },
          spec: {
            selector: {},
            template: {
              spec: {
                containers: [
                  {
                    name: 'web',
                    image: 'web:2',
                    env: [
                      { name: 'A', value: '1' },
                      { name: 'B', value: '2' },
                    ],
                  },
                  { name: 'sidecar', image: 's' },
                ],
              },
            },
          },
        },
      });
      const patched = await apps.patchNamespacedDeployment(
        {
          namespace: 'default',
          name: 'smp',
          body: {
            spec: {
              template: {
                spec: {
                  '$setElementOrder/containers': [{ name: 'web' }],
                  containers: [
                    {
                      name: 'web',
                      image: 'web:1',
                      '$setElementOrder/env': [{ name: 'A' }],
                      env: [{ name: 'B', $patch: 'delete' }],
                    },
                  ],
                },
              },
            },
          },
        },
        strategic,
      );
      expect(patched.spec?.template.spec?.containers).toEqual([
        { name: 'web', image: 'web:1', env: [{ name: 'A', value: '1' }] },
        { name: 'sidecar', image: 's' },
      ]);

      await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          metadata: { name: 'smp' },
          spec: {},
        },
      });
      await expectStatus(
        custom.patchNamespacedCustomObject(
          {
            ...DW,
            namespace: 'default',
            name: 'smp',
            body: { spec: { started: true } },
          },
          strategic,
        ),
        415,
        'UnsupportedMediaType',
      );
    });

    it('deletes dependents through ownerReferences, unless orphaned', async () => {
      const owner: any = await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          metadata: { name: 'owner' },
          spec: {},
        },
      });
      const ownerReferences = [
        {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          name: 'owner',
          uid: owner.metadata.uid,
        },
      ];
      await custom.createNamespacedCustomObject({
        group: 'workspace.devfile.io',
        version: 'v1alpha2',
        plural: 'devworkspacetemplates',
        namespace: 'default',
        body: {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspaceTemplate',
          metadata: { name: 'che-code-owner', ownerReferences },
          spec: {},
        },
      });
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'owned-cm', ownerReferences } },
      });
      await custom.deleteNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        name: 'owner',
      });
      await expectStatus(
        custom.getNamespacedCustomObject({
          group: 'workspace.devfile.io',
          version: 'v1alpha2',
          plural: 'devworkspacetemplates',
          namespace: 'default',
          name: 'che-code-owner',
        }),
        404,
        'NotFound',
      );
      await expectStatus(
        core.readNamespacedConfigMap({
          namespace: 'default',
          name: 'owned-cm',
        }),
        404,
        'NotFound',
      );
      await expectStatus(
        custom.deleteNamespacedCustomObject({
          ...DW,
          namespace: 'default',
          name: 'owner',
        }),
        404,
        'NotFound',
      );

      const second = await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'owner2' } },
      });
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: {
          metadata: {
            name: 'kept',
            ownerReferences: [
              {
                apiVersion: 'v1',
                kind: 'ConfigMap',
                name: 'owner2',
                uid: second.metadata!.uid!,
              },
            ],
          },
        },
      });
      await core.deleteNamespacedConfigMap({
        namespace: 'default',
        name: 'owner2',
        propagationPolicy: 'Orphan',
      });
      expect(
        (
          await core.readNamespacedConfigMap({
            namespace: 'default',
            name: 'kept',
          })
        ).metadata?.name,
      ).toBe('kept');
    });

    it('holds an object with finalizers until they are removed', async () => {
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'f', finalizers: ['example.com/hold'] } },
      });
      await core.deleteNamespacedConfigMap({ namespace: 'default', name: 'f' });
      const terminating = await core.readNamespacedConfigMap({
        namespace: 'default',
        name: 'f',
      });
      expect(terminating.metadata?.deletionTimestamp).toBeInstanceOf(Date);
      await core.patchNamespacedConfigMap(
        {
          namespace: 'default',
          name: 'f',
          body: { metadata: { finalizers: null } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      await expectStatus(
        core.readNamespacedConfigMap({ namespace: 'default', name: 'f' }),
        404,
        'NotFound',
      );
    });

    it('deletes what a namespace holds with it', async () => {
      await core.createNamespace({ body: { metadata: { name: 'doomed' } } });
      await core.createNamespacedSecret({
        namespace: 'doomed',
        body: { metadata: { name: 's' } },
      });
      await core.deleteNamespace({ name: 'doomed' });
      const secrets = await core.listSecretForAllNamespaces();
      expect(secrets.items.map(s => s.metadata?.name)).not.toContain('s');
    });
  });

  describe('secrets', () => {
    it('returns data base64-encoded as sent, converts stringData and refuses bad base64', async () => {
      const doubleEncoded = Buffer.from(
        Buffer.from('payload').toString('base64'),
      ).toString('base64');
      await core.createNamespacedSecret({
        namespace: 'default',
        body: {
          metadata: { name: 'sh.helm.release.v1.x.v1' },
          type: 'helm.sh/release.v1',
          data: { release: doubleEncoded },
          stringData: { plain: 'text' },
        },
      });
      const read = await core.readNamespacedSecret({
        namespace: 'default',
        name: 'sh.helm.release.v1.x.v1',
      });
      expect(read.type).toBe('helm.sh/release.v1');
      expect(read.data?.release).toBe(doubleEncoded);
      expect(Buffer.from(read.data!.plain, 'base64').toString()).toBe('text');
      await expectStatus(
        core.createNamespacedSecret({
          namespace: 'default',
          body: { metadata: { name: 'bad' }, data: { x: 'not base64!' } },
        }),
        400,
        'BadRequest',
      );
    });
  });

  describe('lists', () => {
    beforeEach(async () => {
      await core.createNamespace({ body: { metadata: { name: 'other' } } });
      const labels: Array<Record<string, string>> = [
        { app: 'web', tier: 'front' },
        { app: 'web', tier: 'back' },
        { app: 'db' },
        { app: 'cache', tier: 'back' },
      ];
      for (const [i, l] of labels.entries()) {
        await core.createNamespacedConfigMap({
          namespace: i % 2 ? 'other' : 'default',
          body: { metadata: { name: `cm-${i}`, labels: l } },
        });
      }
    });

    const names = (list: k8s.V1ConfigMapList) =>
      list.items.map(i => i.metadata?.name).sort();

    it.each([
      ['app=web', ['cm-0', 'cm-1']],
      ['app==web', ['cm-0', 'cm-1']],
      ['app!=web', ['cm-2', 'cm-3']],
      ['app in (db,cache)', ['cm-2', 'cm-3']],
      ['app notin (db,cache)', ['cm-0', 'cm-1']],
      ['tier', ['cm-0', 'cm-1', 'cm-3']],
      ['!tier', ['cm-2']],
      ['app=web,tier=back', ['cm-1']],
      ['tier notin (front)', ['cm-1', 'cm-2', 'cm-3']],
    ])('filters by labelSelector %s', async (labelSelector, expected) => {
      expect(
        names(await core.listConfigMapForAllNamespaces({ labelSelector })),
      ).toEqual(expected);
    });

    it('filters by fieldSelector and namespace', async () => {
      expect(
        names(
          await core.listConfigMapForAllNamespaces({
            fieldSelector: 'metadata.name=cm-2',
          }),
        ),
      ).toEqual(['cm-2']);
      expect(
        names(
          await core.listConfigMapForAllNamespaces({
            fieldSelector: 'metadata.namespace=other',
          }),
        ),
      ).toEqual(['cm-1', 'cm-3']);
      expect(
        names(
          await core.listNamespacedConfigMap({
            namespace: 'default',
            fieldSelector: 'metadata.name!=cm-0',
          }),
        ),
      ).toEqual(['cm-2']);
      await expectStatus(
        core.listConfigMapForAllNamespaces({ fieldSelector: 'spec.bogus=1' }),
        400,
        'BadRequest',
      );
      await expectStatus(
        core.listConfigMapForAllNamespaces({ labelSelector: 'app in (' }),
        400,
        'BadRequest',
      );
    });

    it('pages with limit and continue', async () => {
      const seen: string[] = [];
      let token: string | undefined;
      let pages = 0;
      const remaining: Array<number | undefined> = [];
      do {
        const page = await core.listConfigMapForAllNamespaces({
          limit: 3,
          _continue: token,
        });
        seen.push(...page.items.map(i => i.metadata!.name!));
        token = page.metadata?._continue;
        remaining.push(page.metadata?.remainingItemCount);
        pages++;
      } while (token);
      expect(seen.sort()).toEqual(['cm-0', 'cm-1', 'cm-2', 'cm-3']);
      expect(pages).toBe(2);
      expect(remaining).toEqual([1, undefined]);
      await expectStatus(
        core.listConfigMapForAllNamespaces({ limit: 1, _continue: 'garbage' }),
        400,
        'BadRequest',
      );
    });
  });

  describe('watch', () => {
    it('streams ADDED, MODIFIED and DELETED, honours selectors, and resumes from a resourceVersion', async () => {
      const events: Array<[string, string]> = [];
      const watch = new k8s.Watch(kc);
      const controller = await watch.watch(
        '/api/v1/namespaces/default/configmaps',
        { labelSelector: 'watched=yes' },
        (type, obj) => events.push([type, obj.metadata.name]),
        () => undefined,
      );
      const created = await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'w1', labels: { watched: 'yes' } } },
      });
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: 'ignored' } },
      });
      await core.patchNamespacedConfigMap(
        { namespace: 'default', name: 'w1', body: { data: { a: 'b' } } },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      await core.patchNamespacedConfigMap(
        {
          namespace: 'default',
          name: 'w1',
          body: { metadata: { labels: { watched: 'no' } } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      await eventually(
        async () => events.length,
        n => n >= 3,
      );
      expect(events).toEqual([
        ['ADDED', 'w1'],
        ['MODIFIED', 'w1'],
        ['DELETED', 'w1'],
      ]);
      controller.abort();

      const replayed: string[] = [];
      const again = await watch.watch(
        '/api/v1/namespaces/default/configmaps',
        { resourceVersion: created.metadata!.resourceVersion },
        type => replayed.push(type),
        () => undefined,
      );
      await eventually(
        async () => replayed.length,
        n => n >= 3,
      );
      expect(replayed).toEqual(['ADDED', 'MODIFIED', 'MODIFIED']);
      again.abort();
    });

    it('ends a watch from a resourceVersion older than its history with a 410 ERROR event', async () => {
      const small = new KubernetesSimulator({ eventHistory: 2 });
      await small.start();
      try {
        const config = new k8s.KubeConfig();
        config.loadFromOptions(small.kubeConfigOptions());
        const client = config.makeApiClient(k8s.CoreV1Api);
        for (let i = 0; i < 5; i++)
          await client.createNamespacedConfigMap({
            namespace: 'default',
            body: { metadata: { name: `c${i}` } },
          });
        const received: any[] = [];
        await new Promise<void>(resolve => {
          void new k8s.Watch(config).watch(
            '/api/v1/namespaces/default/configmaps',
            { resourceVersion: '1' },
            (type, obj) => received.push({ type, obj }),
            () => resolve(),
          );
        });
        expect(received).toEqual([
          {
            type: 'ERROR',
            obj: expect.objectContaining({ code: 410, reason: 'Expired' }),
          },
        ]);
      } finally {
        await small.stop();
      }
    });
  });

  describe('auth', () => {
    it('refuses requests without a valid token with 401', async () => {
      await expectStatus(
        clientFor('wrong').listNamespace(),
        401,
        'Unauthorized',
      );
      const res = await fetch(`${sim.url}/api/v1/namespaces`);
      expect(res.status).toBe(401);
    });

    it('accepts requests without credentials only when anonymous access is configured, as kubectl over HTTP needs', async () => {
      const open = new KubernetesSimulator({
        tokens: [{ token: 'admin' }],
        anonymous: { verbs: ['get', 'list'] },
      });
      await open.start();
      try {
        expect((await fetch(`${open.url}/api/v1/namespaces`)).status).toBe(200);
        const create = await fetch(`${open.url}/api/v1/namespaces`, {
          method: 'POST',
          body: JSON.stringify({ metadata: { name: 'x' } }),
        });
        expect(create.status).toBe(403);
        expect((await create.json()).message).toContain(
          'User "system:anonymous" cannot create',
        );
        expect(
          (
            await fetch(`${open.url}/api/v1/namespaces`, {
              headers: { Authorization: 'Bearer wrong' },
            })
          ).status,
        ).toBe(401);
      } finally {
        await open.stop();
      }
    });

    it('limits a token to its namespaces and verbs with 403', async () => {
      const teamA = clientFor('team-a-token');
      await core.createNamespace({ body: { metadata: { name: 'team-a' } } });
      await teamA.createNamespacedSecret({
        namespace: 'team-a',
        body: { metadata: { name: 'mine' } },
      });
      const forbidden = await expectStatus(
        teamA.listNamespacedSecret({ namespace: 'default' }),
        403,
        'Forbidden',
      );
      expect(forbidden.message).toBe(
        'secrets is forbidden: User "team-a" cannot list resource "secrets" in API group "" in the namespace "default"',
      );
      await expectStatus(teamA.listSecretForAllNamespaces(), 403, 'Forbidden');
      expect(
        (await teamA.readNamespace({ name: 'team-a' })).metadata?.name,
      ).toBe('team-a');

      const reader = clientFor('reader-token');
      expect((await reader.listNamespace()).items.length).toBeGreaterThan(0);
      await expectStatus(
        reader.createNamespace({ body: { metadata: { name: 'x' } } }),
        403,
        'Forbidden',
      );
    });
  });

  describe('DevWorkspace controller', () => {
    const body = (name: string, extra: any = {}) => ({
      apiVersion: 'workspace.devfile.io/v1alpha2',
      kind: 'DevWorkspace',
      metadata: { name, ...extra.metadata },
      spec: {
        started: true,
        routingClass: 'che',
        template: {},
        contributions: [
          { name: 'editor', kubernetes: { name: `che-code-${name}` } },
        ],
        ...extra.spec,
      },
    });
    const read = (name: string) =>
      custom.getNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        name,
      }) as Promise<any>;

    it('moves a started workspace through Starting to Running with a mainUrl, and a stopped one to Stopped', async () => {
      // Every state the workspace passes through, from a watch: a poll could miss a short phase.
      const seen: any[] = [];
      const watch = await new k8s.Watch(kc).watch(
        `/apis/${DW.group}/${DW.version}/namespaces/default/${DW.plural}`,
        { fieldSelector: 'metadata.name=ws' },
        (_type, obj) => seen.push(obj),
        () => undefined,
      );
      const phases = () => seen.map(dw => dw.status?.phase);
      await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: body('ws'),
      });
      await eventually(
        async () => phases(),
        p => p.includes('Running'),
      );
      const starting = seen.find(dw => dw.status?.phase === 'Starting');
      expect(starting).toBeDefined();
      expect(starting.status.mainUrl).toBeUndefined();
      expect(phases().indexOf('Starting')).toBeLessThan(
        phases().indexOf('Running'),
      );
      const running = await read('ws');
      expect(running.status.phase).toBe('Running');
      expect(running.status.mainUrl).toBe(
        'https://workspaces.simulator.local/default/ws/3100/',
      );
      expect(running.status.devworkspaceId).toMatch(/^workspace[0-9a-f]{16}$/);
      expect(
        running.metadata.annotations['controller.devfile.io/started-at'],
      ).toMatch(/^\d+$/);

      await custom.patchNamespacedCustomObject(
        {
          ...DW,
          namespace: 'default',
          name: 'ws',
          body: [{ op: 'replace', path: '/spec/started', value: false }],
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
      );
      await eventually(
        async () => phases(),
        p => p.includes('Stopped'),
      );
      watch.abort();
      expect(phases().lastIndexOf('Stopping')).toBeGreaterThan(
        phases().indexOf('Running'),
      );
      expect(phases().lastIndexOf('Stopping')).toBeLessThan(
        phases().lastIndexOf('Stopped'),
      );
      const stopped = await read('ws');
      expect(stopped.status.phase).toBe('Stopped');
      expect(stopped.status.mainUrl).toBeUndefined();
    });

    it('gives no mainUrl without an editor, marks a workspace created stopped as Stopped, and fails on request', async () => {
      await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: body('bare', { spec: { contributions: [] } }),
      });
      const bare = await eventually(
        () => read('bare'),
        dw => dw.status?.phase === 'Running',
      );
      expect(bare.status.mainUrl).toBeUndefined();

      await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: body('idle', { spec: { started: false } }),
      });
      expect(
        (
          await eventually(
            () => read('idle'),
            dw => dw.status?.phase !== undefined,
          )
        ).status.phase,
      ).toBe('Stopped');

      await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: body('broken', {
          metadata: {
            annotations: { [FAIL_START_ANNOTATION]: 'image pull failed' },
          },
        }),
      });
      const failed = await eventually(
        () => read('broken'),
        dw => dw.status?.phase === 'Failed',
      );
      expect(failed.status.message).toBe('image pull failed');
    });

    it('keeps status when a client replaces the workspace', async () => {
      await custom.createNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        body: body('keep'),
      });
      const running = await eventually(
        () => read('keep'),
        dw => dw.status?.phase === 'Running',
      );
      const replaced: any = await custom.replaceNamespacedCustomObject({
        ...DW,
        namespace: 'default',
        name: 'keep',
        body: {
          ...running,
          status: { phase: 'Bogus' },
          metadata: { ...running.metadata, labels: { x: 'y' } },
        },
      });
      expect(replaced.status.phase).toBe('Running');
      expect(replaced.metadata.labels).toEqual({ x: 'y' });
    });

    it('stops an idle workspace and says why', async () => {
      const idle = new KubernetesSimulator({
        devWorkspace: { startDelayMs: 5, stopDelayMs: 5, idleTimeoutMs: 30 },
      });
      await idle.start();
      try {
        const config = new k8s.KubeConfig();
        config.loadFromOptions(idle.kubeConfigOptions());
        const api = config.makeApiClient(k8s.CustomObjectsApi);
        await api.createNamespacedCustomObject({
          ...DW,
          namespace: 'default',
          body: body('sleepy'),
        });
        const stopped: any = await eventually(
          () =>
            api.getNamespacedCustomObject({
              ...DW,
              namespace: 'default',
              name: 'sleepy',
            }) as Promise<any>,
          dw => dw.status?.phase === 'Stopped',
        );
        expect(stopped.spec.started).toBe(false);
        expect(
          stopped.metadata.annotations['controller.devfile.io/stopped-by'],
        ).toBe('inactivity');
      } finally {
        await idle.stop();
      }
    });
  });

  describe('workloads and custom resource definitions', () => {
    it('completes Jobs, fails those marked to fail, and reports Deployments ready', async () => {
      const batch = kc.makeApiClient(k8s.BatchV1Api);
      const job = (name: string, annotations?: Record<string, string>) => ({
        metadata: { name, annotations },
        spec: {
          template: {
            spec: {
              restartPolicy: 'Never',
              containers: [{ name: 'x', image: 'busybox' }],
            },
          },
        },
      });
      await batch.createNamespacedJob({
        namespace: 'default',
        body: job('ok'),
      });
      await batch.createNamespacedJob({
        namespace: 'default',
        body: job('bad', { [FAIL_ANNOTATION]: 'exit 1' }),
      });
      const ok = await eventually(
        () => batch.readNamespacedJob({ namespace: 'default', name: 'ok' }),
        j => Boolean(j.status?.conditions?.length),
      );
      expect(ok.status?.conditions?.[0]).toMatchObject({
        type: 'Complete',
        status: 'True',
      });
      const bad = await eventually(
        () => batch.readNamespacedJob({ namespace: 'default', name: 'bad' }),
        j => Boolean(j.status?.conditions?.length),
      );
      expect(bad.status?.conditions?.[0]).toMatchObject({
        type: 'Failed',
        message: 'exit 1',
      });

      const apps = kc.makeApiClient(k8s.AppsV1Api);
      await apps.createNamespacedDeployment({
        namespace: 'default',
        body: {
          metadata: { name: 'd' },
          spec: { replicas: 3, selector: {}, template: {} },
        },
      });
      const ready = await eventually(
        () =>
          apps.readNamespacedDeployment({ namespace: 'default', name: 'd' }),
        d => d.status?.readyReplicas !== undefined,
      );
      expect(ready.status).toMatchObject({
        readyReplicas: 3,
        observedGeneration: 1,
      });
    });

    it('serves a custom resource once its CustomResourceDefinition exists', async () => {
      const ext = kc.makeApiClient(k8s.ApiextensionsV1Api);
      await ext.createCustomResourceDefinition({
        body: {
          metadata: { name: 'widgets.example.com' },
          spec: {
            group: 'example.com',
            scope: 'Namespaced',
            names: { plural: 'widgets', singular: 'widget', kind: 'Widget' },
            versions: [
              {
                name: 'v1',
                served: true,
                storage: true,
                subresources: { status: {} },
              },
            ],
          },
        },
      });
      const widget = await objects.create({
        apiVersion: 'example.com/v1',
        kind: 'Widget',
        metadata: { name: 'w', namespace: 'default' },
        spec: { size: 3 },
      } as any);
      expect((widget as any).spec.size).toBe(3);
      const list: any = await custom.listNamespacedCustomObject({
        group: 'example.com',
        version: 'v1',
        namespace: 'default',
        plural: 'widgets',
      });
      expect(list.items).toHaveLength(1);
    });
  });

  describe('faults', () => {
    it('injects errors, latency and dropped connections for matching requests only', async () => {
      sim.injectFault({
        method: 'GET',
        path: '/api/v1/namespaces/default/configmaps',
        status: 503,
        times: 1,
      });
      await expectStatus(
        core.listNamespacedConfigMap({ namespace: 'default' }),
        503,
        'ServiceUnavailable',
      );
      expect(
        (await core.listNamespacedConfigMap({ namespace: 'default' })).items,
      ).toEqual([]);
      sim.injectFault({
        method: 'GET',
        path: '/api/v1/namespaces/default/configmaps',
        status: 403,
        times: 1,
      });
      await expectStatus(
        core.listNamespacedConfigMap({ namespace: 'default' }),
        403,
        'Forbidden',
      );

      const removeLatency = sim.injectFault({
        path: /\/secrets$/,
        latencyMs: 120,
      });
      const started = Date.now();
      await core.listNamespacedSecret({ namespace: 'default' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(100);
      removeLatency();

      sim.injectFault({ path: '/api/v1/namespaces', drop: true, times: 1 });
      await expect(core.listNamespace()).rejects.toThrow();
      expect((await core.listNamespace()).items.length).toBeGreaterThan(0);
    });
  });

  describe('seeding', () => {
    it('loads multi-document YAML, JSON and kind: List files', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'sim-seed-'));
      await writeFile(
        join(dir, 'a.yaml'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: one, namespace: seeded}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: two, namespace: seeded}\nstringData: {k: v}\n',
      );
      await writeFile(
        join(dir, 'b.json'),
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'List',
          items: [
            {
              apiVersion: 'v1',
              kind: 'ConfigMap',
              metadata: { name: 'three', namespace: 'seeded' },
            },
          ],
        }),
      );
      const stored = sim.seed(
        await readObjectFiles([join(dir, 'a.yaml'), join(dir, 'b.json')]),
      );
      expect(stored).toBe(3);
      const cms = await core.listNamespacedConfigMap({ namespace: 'seeded' });
      expect(cms.items.map(c => c.metadata?.name).sort()).toEqual([
        'one',
        'three',
      ]);
      expect(() =>
        sim.seed([
          { apiVersion: 'nope/v1', kind: 'Thing', metadata: { name: 'x' } },
        ]),
      ).toThrow('does not serve nope/v1 Thing');
    });

    it('keeps the creation time a seeded object carries, and sets it on objects created through the API', async () => {
      sim.seed([
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: {
            name: 'old',
            namespace: 'seeded',
            creationTimestamp: '2024-03-01T10:00:00Z',
          },
        },
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'undated', namespace: 'seeded' },
        },
      ]);
      const created = await core.createNamespacedConfigMap({
        namespace: 'seeded',
        body: {
          metadata: {
            name: 'created',
            creationTimestamp: new Date('2020-01-01T00:00:00Z'),
          },
        },
      });
      const read = async (name: string) =>
        (await core.readNamespacedConfigMap({ name, namespace: 'seeded' }))
          .metadata?.creationTimestamp;
      expect(await read('old')).toEqual(new Date('2024-03-01T10:00:00Z'));
      const now = Date.now();
      for (const at of [
        await read('undated'),
        created.metadata?.creationTimestamp,
      ])
        expect(Math.abs(now - at!.getTime())).toBeLessThan(600_000);
    });
  });
});
