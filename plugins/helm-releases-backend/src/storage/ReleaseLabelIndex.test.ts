import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { KubernetesClusters } from '@fawkes/kubernetes-clusters';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import type { Release } from '../release/release';
import { KubernetesReleaseStorage } from './KubernetesReleaseStorage';
import { ReleaseLabelIndex } from './ReleaseLabelIndex';
import type { RecordLabels } from './ReleaseStorage';

jest.setTimeout(120_000);

const secret = (name: string, version: number, namespace = 'shop') => ({
  apiVersion: 'v1',
  kind: 'Secret',
  type: 'helm.sh/release.v1',
  metadata: {
    name: `sh.helm.release.v1.${name}.v${version}`,
    namespace,
    labels: {
      owner: 'helm',
      name,
      version: String(version),
      status: 'superseded',
    },
  },
  data: { release: 'bm90IGRlY29kZWQ=' },
});

/** Polls until `check` holds: the watch delivers when it delivers, no clock bound is asserted. */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error('the index never reached the expected state');
}

describe('the label index a metadata watch keeps', () => {
  const sim = new KubernetesSimulator();
  let storage: KubernetesReleaseStorage;
  let index: ReleaseLabelIndex;

  const latest = async (namespace?: string) => {
    const found: RecordLabels[] = [];
    for await (const r of storage.latestLabels({ namespace })) found.push(r);
    return found.map(r => `${r.namespace}/${r.objectName}`).sort();
  };
  const listCalls = () =>
    sim.auditLog.filter(a => a.verb === 'list' && a.resource === 'secrets')
      .length;

  beforeAll(async () => {
    await sim.start();
    const objects = [];
    for (let v = 1; v <= 3; v++) objects.push(secret('web', v));
    objects.push(secret('api', 1), secret('api', 2, 'other'));
    // A record without Helm's labels, which the reader decodes to place.
    objects.push({
      ...secret('odd', 1),
      metadata: {
        name: 'odd-record',
        namespace: 'shop',
        labels: { owner: 'helm' },
      },
    });
    sim.seed(objects);
    const cluster = KubernetesClusters.fromConfig(
      new ConfigReader({
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [sim.clusterConfig('local')] },
          ],
        },
      }),
    ).get('local');
    index = new ReleaseLabelIndex(
      cluster,
      'secrets',
      mockServices.logger.mock(),
    );
    storage = new KubernetesReleaseStorage(cluster, 'secret', index);
  });
  afterAll(async () => {
    index.stop();
    await sim.stop();
  });

  it('answers each release latest record and the unlabelled ones, then lists nothing more from the cluster', async () => {
    expect(await latest()).toEqual([
      'other/sh.helm.release.v1.api.v2',
      'shop/odd-record',
      'shop/sh.helm.release.v1.api.v1',
      'shop/sh.helm.release.v1.web.v3',
    ]);
    expect(await latest('other')).toEqual(['other/sh.helm.release.v1.api.v2']);
    const before = listCalls();
    for (let i = 0; i < 5; i++) await latest();
    expect(listCalls()).toBe(before);
  });

  it('follows other writers through the watch: a new revision, a deleted one', async () => {
    sim.seed([secret('web', 4)]);
    await eventually(async () =>
      (await latest('shop')).includes('shop/sh.helm.release.v1.web.v4'),
    );
    expect(await latest('shop')).not.toContain(
      'shop/sh.helm.release.v1.web.v3',
    );
    const res = await fetch(
      `${sim.url}/api/v1/namespaces/shop/secrets/sh.helm.release.v1.web.v4`,
      {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${sim.adminToken}` },
      },
    );
    expect(res.status).toBe(200);
    await eventually(async () =>
      (await latest('shop')).includes('shop/sh.helm.release.v1.web.v3'),
    );
  });

  it("reads this backend's own writes at once, before the watch reports them", async () => {
    const release = {
      name: 'fresh',
      namespace: 'shop',
      version: 1,
      info: { status: 'deployed' },
      chart: { metadata: { name: 'c', version: '1.0.0' } },
      config: {},
      manifest: '',
    } as unknown as Release;
    await storage.create(release, 'shop');
    expect(await latest('shop')).toContain('shop/sh.helm.release.v1.fresh.v1');
    await storage.remove('shop', 'fresh', 1);
    expect(await latest('shop')).not.toContain(
      'shop/sh.helm.release.v1.fresh.v1',
    );
    // The watch's late ADDED for the removed record does not bring it back.
    await new Promise(r => setTimeout(r, 500));
    expect(await latest('shop')).not.toContain(
      'shop/sh.helm.release.v1.fresh.v1',
    );
  });

  it('reads the cluster as before once stopped (at shutdown)', async () => {
    index.stop();
    expect(await index.current()).toBe(false);
    const before = listCalls();
    expect(await latest('other')).toEqual(['other/sh.helm.release.v1.api.v2']);
    expect(listCalls()).toBe(before + 1);
  });
});
