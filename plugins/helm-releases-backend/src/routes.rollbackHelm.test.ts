import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import * as k8s from '@kubernetes/client-node';
import {
  installTwoRevisions,
  jobHook,
  rollbackConfig,
  seedRevisions,
  simulatorClients,
  storedRelease,
} from './__testUtils__/rollbackScenario';
import type { Hook, Release } from './release/release';
import { helmReleasesPlugin } from './plugin';

/**
 * Rollback details checked against Helm's own code (pkg/action/rollback.go and hooks.go,
 * pkg/storage/storage.go): what the records say and when they are written, and what happens to
 * hook objects.
 */
const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

const crdHook: Hook = {
  name: 'gadgets.example.com',
  kind: 'CustomResourceDefinition',
  path: 'demo/templates/crd.yaml',
  events: ['pre-rollback'],
  delete_policies: ['hook-succeeded'],
  manifest:
    'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: gadgets.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n  names: {plural: gadgets, singular: gadget, kind: Gadget}\n  versions: [{name: v1, served: true, storage: true}]\n',
};

describe.each(databases.eachSupportedId())(
  'rolling back as Helm does on %s',
  databaseId => {
    const sim = new KubernetesSimulator({ jobDelayMs: 30 });
    let kc: k8s.KubeConfig;
    let backend: PluginBackend;
    let core: k8s.CoreV1Api;
    let batch: k8s.BatchV1Api;

    beforeAll(async () => {
      await sim.start();
      backend = await startPluginBackend({
        features: [helmReleasesPlugin],
        knex: await databases.init(databaseId),
        config: rollbackConfig(sim),
      });
      ({ kc, core, batch } = simulatorClients(sim));
    });

    afterAll(async () => {
      await backend.stop();
      await sim.stop();
    });

    const rollback = (name: string, body: object) =>
      backend.http
        .post(`/api/helm-releases/api/releases/${name}/rollback`)
        .set(user)
        .send(body);
    const statuses = async (name: string, namespace: string) =>
      (
        (
          await backend.http
            .get(
              `/api/helm-releases/api/releases/${name}/history?namespace=${namespace}`,
            )
            .set(user)
        ).body as Release[]
      ).map(r => [r.version, r.info.status]);
    const secret = (name: string, version: number, namespace: string) =>
      core.readNamespacedSecret({
        name: `sh.helm.release.v1.${name}.v${version}`,
        namespace,
      });
    const jobExists = (name: string, namespace: string) =>
      batch.readNamespacedJob({ name, namespace }).then(
        () => true,
        () => false,
      );

    /** Every watch event on `path` while `work` runs, as [type, object]. */
    async function watching(
      path: string,
      work: () => Promise<unknown>,
    ): Promise<Array<[string, any]>> {
      const events: Array<[string, any]> = [];
      const controller = await new k8s.Watch(kc).watch(
        path,
        {},
        (type, object) => events.push([type, object]),
        () => undefined,
      );
      try {
        await work();
        await new Promise(resolve => setTimeout(resolve, 100));
      } finally {
        controller.abort();
      }
      return events;
    }

    /**
     * Resolves with the first object a watch on `path` reports that satisfies `matches`. The
     * watch is open once this returns, so nothing that happens afterwards is missed.
     */
    async function watchFor(
      path: string,
      matches: (object: any) => boolean,
    ): Promise<{ seen: Promise<any> }> {
      let found!: (object: any) => void;
      let failed!: (error: unknown) => void;
      const seen = new Promise<any>((resolve, reject) => {
        found = resolve;
        failed = reject;
      });
      const controller = await new k8s.Watch(kc).watch(
        path,
        {},
        (_type, object) => {
          if (matches(object)) found(object);
        },
        error => failed(error ?? new Error(`watch on ${path} ended`)),
      );
      return { seen: seen.finally(() => controller.abort()) };
    }

    // As helm 4.1.4 and 3.17.3 write them (routes.rollbackParity.test.ts compares with the binaries).
    it("applies and records as Helm 4 when the release is Helm 4's: server-side when the restored revision was", async () => {
      installTwoRevisions(
        sim,
        'method',
        'rh-method',
        { apply_method: 'ssa' },
        { apply_method: 'csa' },
      );
      const applies = await watching(
        '/api/v1/namespaces/rh-method/configmaps',
        async () => {
          expect(
            (await rollback('method', { namespace: 'rh-method', revision: 1 }))
              .status,
          ).toBe(200);
        },
      );
      const v3 = await secret('method', 3, 'rh-method');
      const stored = storedRelease(v3);
      expect(stored.info).toMatchObject({
        status: 'deployed',
        description: 'Rollback to 1',
      });
      expect(stored.info).not.toHaveProperty('deleted');
      expect(stored).not.toHaveProperty('hooks');
      expect(stored.apply_method).toBe('ssa');
      expect(v3.metadata!.labels!.createdAt).toMatch(/^\d{10}$/);
      expect(v3.metadata!.labels!.modifiedAt).toMatch(/^\d{10}$/);
      const restored = applies
        .filter(([, object]) => object.metadata.name === 'method-config')
        .at(-1)![1];
      expect(restored.data).toEqual({ value: 'one' });
      expect(restored.metadata.managedFields).toContainEqual(
        expect.objectContaining({ manager: 'helm', operation: 'Apply' }),
      );

      installTwoRevisions(
        sim,
        'csa',
        'rh-method',
        { apply_method: 'csa' },
        { apply_method: 'ssa' },
      );
      expect(
        (await rollback('csa', { namespace: 'rh-method', revision: 1 })).status,
      ).toBe(200);
      expect(
        storedRelease(await secret('csa', 3, 'rh-method')).apply_method,
      ).toBe('csa');
    });

    it('records as Helm 3 when no revision of the release says how it was applied', async () => {
      installTwoRevisions(sim, 'three', 'rh-method');
      expect(
        (await rollback('three', { namespace: 'rh-method', revision: 1 }))
          .status,
      ).toBe(200);
      const stored = storedRelease(await secret('three', 3, 'rh-method'));
      expect(stored).not.toHaveProperty('apply_method');
      expect(stored.info).toMatchObject({
        deleted: '',
        description: 'Rollback to 1',
      });
      expect(stored.info).not.toHaveProperty('rollback_revision');
    });

    it('prunes before writing the new revision, and writes nothing when a revision beyond maxHistory cannot be deleted', async () => {
      const ns = 'rh-prune';
      seedRevisions(sim, 'p', ns, [
        'superseded',
        'deployed',
        'failed',
        'failed',
        'failed',
      ]);
      sim.injectFault({
        method: 'DELETE',
        path: `/api/v1/namespaces/${ns}/secrets/sh.helm.release.v1.p.v1`,
        status: 403,
        times: 1,
      });
      const res = await rollback('p', { namespace: ns, revision: 2 });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'helmReleases.maxHistory (4), so nothing was rolled back',
      );
      // As Helm: every deletion is tried (v3 went), the last deployed stays, and no revision 6 exists.
      expect(await statuses('p', ns)).toEqual([
        [1, 'superseded'],
        [2, 'deployed'],
        [4, 'failed'],
        [5, 'failed'],
      ]);
    });

    it('leaves a deployed revision it pruned alone when superseding the deployed ones', async () => {
      const ns = 'rh-pruned-deployed';
      // v1 was left deployed by a concurrent run (helm#2941).
      seedRevisions(sim, 'd', ns, [
        'deployed',
        'superseded',
        'superseded',
        'deployed',
      ]);
      // Answered only to the first read of v1's record: if the rollback reads it (to supersede it
      // after pruning it), the fault is used up and our own read below sees 404 instead.
      sim.injectFault({
        method: 'GET',
        path: `/api/v1/namespaces/${ns}/secrets/sh.helm.release.v1.d.v1`,
        status: 500,
        times: 1,
      });
      expect((await rollback('d', { namespace: ns, revision: 2 })).status).toBe(
        200,
      );
      expect(await statuses('d', ns)).toEqual([
        [2, 'superseded'],
        [3, 'superseded'],
        [4, 'superseded'],
        [5, 'deployed'],
      ]);
      await expect(secret('d', 1, ns)).rejects.toMatchObject({ code: 500 });
    });

    it('records the new revision with the hook Running as each hook starts', async () => {
      const ns = 'rh-running';
      installTwoRevisions(sim, 'run', ns, {
        hooks: [jobHook('pre-wait', 'pre-rollback')],
      });
      const events = await watching(
        `/api/v1/namespaces/${ns}/secrets`,
        async () => {
          expect(
            (await rollback('run', { namespace: ns, revision: 1 })).status,
          ).toBe(200);
        },
      );
      const v3Writes = events
        .filter(([, o]) => o.metadata.name === 'sh.helm.release.v1.run.v3')
        .map(([type, o]) => {
          const hook = storedRelease(o).hooks[0];
          return [type, o.metadata.labels.status, hook.last_run?.phase ?? ''];
        });
      expect(v3Writes).toEqual([
        ['ADDED', 'pending-rollback', ''],
        ['MODIFIED', 'pending-rollback', 'Running'],
        ['MODIFIED', 'deployed', 'Succeeded'],
      ]);
      const started = storedRelease(events.at(-1)![1]).hooks[0].last_run;
      expect(Date.parse(started.completed_at)).toBeGreaterThanOrEqual(
        Date.parse(started.started_at),
      );
    });

    it('writes the default delete policy onto a hook that names none, as Helm does', async () => {
      installTwoRevisions(sim, 'policy', 'rh-policy', {
        hooks: [jobHook('pre-default', 'pre-rollback')],
      });
      expect(
        (await rollback('policy', { namespace: 'rh-policy', revision: 1 }))
          .status,
      ).toBe(200);
      expect(
        storedRelease(await secret('policy', 3, 'rh-policy')).hooks[0]
          .delete_policies,
      ).toEqual(['before-hook-creation']);
    });

    it('never deletes a CustomResourceDefinition hook, whatever its delete policy', async () => {
      installTwoRevisions(sim, 'crd', 'rh-crd', { hooks: [crdHook] });
      expect(
        (await rollback('crd', { namespace: 'rh-crd', revision: 1 })).status,
      ).toBe(200);
      const ext = kc.makeApiClient(k8s.ApiextensionsV1Api);
      expect(
        (
          await ext.readCustomResourceDefinition({
            name: 'gadgets.example.com',
          })
        ).metadata!.name,
      ).toBe('gadgets.example.com');
    });

    it('deletes succeeded hooks in reverse order, and after a hook fails the earlier ones that ask for it', async () => {
      const ok = 'rh-reverse';
      installTwoRevisions(sim, 'rev', ok, {
        hooks: [
          jobHook('first', 'pre-rollback', { policies: ['hook-succeeded'] }),
          jobHook('second', 'pre-rollback', {
            policies: ['hook-succeeded'],
            weight: 1,
          }),
        ],
      });
      const events = await watching(
        `/apis/batch/v1/namespaces/${ok}/jobs`,
        async () => {
          expect(
            (await rollback('rev', { namespace: ok, revision: 1 })).status,
          ).toBe(200);
        },
      );
      expect(
        events
          .filter(([type]) => type === 'DELETED')
          .map(([, o]) => o.metadata.name),
      ).toEqual(['second', 'first']);

      const failing = 'rh-fail-cleanup';
      installTwoRevisions(sim, 'cleanup', failing, {
        hooks: [
          jobHook('prepare', 'pre-rollback', { policies: ['hook-succeeded'] }),
          jobHook('check', 'pre-rollback', { fail: true, weight: 1 }),
        ],
      });
      const res = await rollback('cleanup', {
        namespace: failing,
        revision: 1,
      });
      expect(res.status).toBe(502);
      expect(res.body.error.message).toContain('migration exploded');
      expect(await jobExists('prepare', failing)).toBe(false);
      expect(await jobExists('check', failing)).toBe(true);
    });

    it('waits until a hook-succeeded hook is gone before going on', async () => {
      const ns = 'rh-held';
      const held = jobHook('post-held', 'post-rollback', {
        policies: ['hook-succeeded'],
      });
      held.manifest = held.manifest.replace(
        'metadata:\n',
        'metadata:\n  finalizers: [example.com/hold]\n',
      );
      installTwoRevisions(sim, 'held', ns, { hooks: [held] });
      // The finalizer holds the hook: the rollback has asked to delete it when it is marked so.
      const marked = await watchFor(
        `/apis/batch/v1/namespaces/${ns}/jobs`,
        job =>
          job?.metadata?.name === 'post-held' &&
          job.metadata.deletionTimestamp !== undefined,
      );
      let answered = false;
      const pending = rollback('held', { namespace: ns, revision: 1 }).then(
        r => {
          answered = true;
          return r;
        },
      );
      await marked.seen;
      expect(
        (await batch.readNamespacedJob({ name: 'post-held', namespace: ns }))
          .metadata!.deletionTimestamp,
      ).toBeDefined();
      expect(answered).toBe(false);
      await batch.patchNamespacedJob(
        {
          name: 'post-held',
          namespace: ns,
          body: { metadata: { finalizers: null } },
        },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      expect((await pending).status).toBe(200);
      expect(await jobExists('post-held', ns)).toBe(false);
    });

    it("keeps a hook's earlier last_run when its earlier run cannot be deleted, as the hook never started", async () => {
      const ns = 'rh-undeletable';
      const lastRun = {
        started_at: '2026-01-01T00:01:00Z',
        completed_at: '2026-01-01T00:02:00Z',
        phase: 'Succeeded',
      };
      installTwoRevisions(sim, 'stale', ns, {
        hooks: [{ ...jobHook('pre-stale', 'pre-rollback'), last_run: lastRun }],
      });
      sim.injectFault({
        method: 'DELETE',
        path: `/apis/batch/v1/namespaces/${ns}/jobs/pre-stale`,
        status: 500,
        times: 1,
      });
      const res = await rollback('stale', { namespace: ns, revision: 1 });
      expect(res.status).toBe(502);
      expect(res.body.error.message).toContain(
        'its earlier run could not be deleted',
      );
      expect(await statuses('stale', ns)).toEqual([
        [1, 'superseded'],
        [2, 'deployed'],
        [3, 'failed'],
      ]);
      expect(
        storedRelease(await secret('stale', 3, ns)).hooks[0].last_run,
      ).toEqual(lastRun);
    });
  },
);
