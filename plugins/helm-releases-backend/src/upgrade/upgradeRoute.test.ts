import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configMapManifest,
  helmConfigMap,
  helmSecret,
  makeRelease,
} from '../__testUtils__/helmRecords';
import { standIn } from '../__testUtils__/helmStandIn';
import { helmReleasesPlugin } from '../plugin';

const databases = createTestDatabases();
const user = authHeaders.user('user:default/jane');

describe.each(databases.eachSupportedId())(
  'upgrade through a configured helm binary on %s',
  databaseId => {
    const sim = new KubernetesSimulator();
    const dir = mkdtempSync(join(tmpdir(), 'helm-stand-in-'));
    const record = () =>
      JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8'));
    let backend: PluginBackend;

    beforeAll(async () => {
      await sim.start();
      const revisions = [
        makeRelease('up', 1, { namespace: 'web', status: 'superseded' }),
        makeRelease('up', 2, {
          namespace: 'web',
          manifest: configMapManifest('up-config', { greeting: 'hello' }),
        }),
      ];
      sim.seed([...revisions.map(helmSecret), ...revisions.map(helmConfigMap)]);
      backend = await startPluginBackend({
        features: [helmReleasesPlugin],
        knex: await databases.init(databaseId),
        config: {
          kubernetes: {
            clusterLocatorMethods: [
              { type: 'config', clusters: [sim.clusterConfig('local')] },
            ],
          },
          helmReleases: { helmBinary: standIn(dir), maxHistory: 7 },
        },
      });
    });

    afterAll(async () => {
      await backend.stop();
      await sim.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const upgrade = (body: object) =>
      backend.http
        .post('/api/helm-releases/api/releases/up/upgrade')
        .set(user)
        .send({ namespace: 'web', ...body });

    it('hands helm the stored chart, the values, a private kubeconfig and the driver, and answers the diff', async () => {
      const res = await upgrade({
        values: 'greeting: bonjour\n',
        storage: 'configmap',
        resetValues: true,
        dryRun: true,
      });
      expect(res.status).toBe(200);
      const seen = record();
      expect(seen.args.slice(0, 2)).toEqual(['upgrade', 'up']);
      expect(seen.args).toEqual(
        expect.arrayContaining([
          '--namespace',
          'web',
          '--kube-context',
          'local',
          '--reset-values',
          '--history-max',
          '7',
          '--output',
          'json',
          '--dry-run',
        ]),
      );
      expect(seen.driver).toBe('configmap');
      expect(seen.env).toEqual(
        expect.arrayContaining(['HELM_DRIVER', 'HOME', 'PATH']),
      );
      expect(seen.env).not.toContain(
        'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
      );
      expect(seen.kubeconfigMode).toBe('600');
      expect(seen.kubeconfig).toContain(sim.url);
      expect(seen.values).toBe('greeting: bonjour\n');
      expect(seen.chart).toContain('name: demo');
      expect(seen.template).toBe('kind: ConfigMap');
      expect(existsSync(seen.workDir)).toBe(false);

      expect(res.body.dryRun).toBe(true);
      expect(res.body.release).toMatchObject({
        name: 'up',
        version: 3,
        config: { greeting: 'bonjour' },
      });
      expect(res.body.release.manifest).toBeUndefined();
      expect(res.body.diff).toMatchObject({
        from: 2,
        to: 3,
        values: { changed: true },
      });
      expect(res.body.diff.resources[0].diff).toContain('+  greeting: bonjour');
      const ops = await backend.http
        .get('/api/helm-releases/api/releases/up/operations?namespace=web')
        .set(user);
      expect(ops.body).toEqual([]);
    });

    it('records an upgrade that is not a dry run', async () => {
      const res = await upgrade({ values: 'greeting: hola\n' });
      expect(res.status).toBe(200);
      expect(record().args).not.toContain('--dry-run');
      expect(record().driver).toBe('secret');
      const ops = await backend.http
        .get('/api/helm-releases/api/releases/up/operations?namespace=web')
        .set(user);
      expect(ops.body[0]).toMatchObject({
        operation: 'upgrade',
        toRevision: 3,
        outcome: 'succeeded',
        actor: 'user:default/jane',
      });
    });

    it("maps helm's pending lock to 409 and other failures to 502, without the work directory's path", async () => {
      const locked = await upgrade({ values: 'locked: true' });
      expect(locked.status).toBe(409);
      const broken = await upgrade({ values: 'broken: true' });
      expect(broken.status).toBe(502);
      expect(broken.body.error.message).toContain(
        'helm upgrade failed: Error: UPGRADE FAILED: template',
      );
      expect(broken.body.error.message).toContain('<tmp>');
      expect(broken.body.error.message).not.toContain(tmpdir());
    });

    it('refuses the memory driver, which a separate helm process cannot see', async () => {
      const res = await upgrade({ values: 'a: 1', storage: 'memory' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(
        'storage "memory" cannot be upgraded',
      );
    });
  },
);
