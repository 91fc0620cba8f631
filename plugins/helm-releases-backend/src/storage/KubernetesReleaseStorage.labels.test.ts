import { ConfigReader } from '@backstage/config';
import { KubernetesClusters } from '@fawkes/kubernetes-clusters';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { KubernetesReleaseStorage } from './KubernetesReleaseStorage';

describe('reading the labels of Helm records without their data', () => {
  const sim = new KubernetesSimulator();
  let storage: KubernetesReleaseStorage;

  beforeAll(async () => {
    await sim.start();
    // More records than one metadata page holds (2,000), so the list must follow `continue`.
    const secrets = [];
    for (let i = 0; i < 2500; i++)
      secrets.push({
        apiVersion: 'v1',
        kind: 'Secret',
        type: 'helm.sh/release.v1',
        metadata: {
          name: `sh.helm.release.v1.r${i}.v1`,
          namespace: i % 2 ? 'odd' : 'even',
          labels: {
            owner: 'helm',
            name: `r${i}`,
            version: '1',
            status: 'deployed',
          },
        },
        data: { release: 'bm90IGRlY29kZWQ=' },
      });
    sim.seed(secrets);
    const clusters = KubernetesClusters.fromConfig(
      new ConfigReader({
        kubernetes: {
          clusterLocatorMethods: [
            { type: 'config', clusters: [sim.clusterConfig('local')] },
          ],
        },
      }),
    );
    storage = new KubernetesReleaseStorage(clusters.get('local'), 'secret');
  });
  afterAll(() => sim.stop());

  it('follows every page, in all namespaces and in one', async () => {
    const all = [];
    for await (const record of storage.scanLabels({})) all.push(record);
    expect(all).toHaveLength(2500);
    expect(new Set(all.map(r => r.releaseName)).size).toBe(2500);
    expect(all[0]).toEqual({
      objectName: expect.stringMatching(/^sh\.helm\.release\.v1\.r\d+\.v1$/),
      namespace: expect.stringMatching(/^(odd|even)$/),
      releaseName: expect.stringMatching(/^r\d+$/),
      version: 1,
      status: 'deployed',
    });
    let odd = 0;
    for await (const record of storage.scanLabels({ namespace: 'odd' }))
      if (record.namespace === 'odd') odd++;
    expect(odd).toBe(1250);
  });

  it('fetches one record again by its object name, and answers undefined when it is gone', async () => {
    const found = await storage.read({
      objectName: 'sh.helm.release.v1.r2.v1',
      namespace: 'even',
    });
    expect(found?.releaseName).toBe('r2');
    expect(
      await storage.read({
        objectName: 'sh.helm.release.v1.nope.v1',
        namespace: 'even',
      }),
    ).toBeUndefined();
  });
});
