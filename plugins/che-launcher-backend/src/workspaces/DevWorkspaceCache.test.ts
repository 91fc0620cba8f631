import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { KubernetesClusters } from '@fawkes/kubernetes-clusters';
import { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import { eventually } from '../__testUtils__/eventually';
import { DevWorkspaceCache } from './DevWorkspaceCache';

const devWorkspace = (
  namespace: string,
  name: string,
  createdAt: string,
  extra: { labels?: Record<string, string>; started?: boolean } = {},
) => ({
  apiVersion: 'workspace.devfile.io/v1alpha2',
  kind: 'DevWorkspace',
  metadata: {
    name,
    namespace,
    creationTimestamp: createdAt,
    ...(extra.labels ? { labels: extra.labels } : {}),
  },
  spec: { started: extra.started ?? false, template: {} },
});

describe.each([
  ['allowed to watch', undefined],
  ['not allowed to watch', ['get', 'list', 'create', 'patch', 'delete']],
])('DevWorkspaceCache, %s', (_, verbs) => {
  const sim = new KubernetesSimulator({
    tokens: [{ token: 'plugin-token', verbs }],
  });
  let cache: DevWorkspaceCache;
  const clusterWideReads = () =>
    sim.auditLog.filter(
      r =>
        r.resource.startsWith('devworkspaces') &&
        r.namespace === undefined &&
        (r.verb === 'list' || r.verb === 'watch'),
    );

  beforeAll(async () => {
    await sim.start();
    sim.seed([
      devWorkspace('jane-che', 'older', '2026-01-01T00:00:00Z'),
      devWorkspace('jane-che', 'newer', '2026-02-01T00:00:00Z', {
        started: true,
      }),
      devWorkspace('jane-che', 'terminal', '2026-03-01T00:00:00Z', {
        labels: { 'console.openshift.io/terminal': 'true' },
      }),
      devWorkspace('john-che', 'johns', '2026-01-15T00:00:00Z'),
    ]);
    const cluster = KubernetesClusters.fromConfig(
      new ConfigReader({
        kubernetes: {
          clusterLocatorMethods: [
            {
              type: 'config',
              clusters: [sim.clusterConfig('local', 'plugin-token')],
            },
          ],
        },
      }),
    ).get('local');
    cache = new DevWorkspaceCache(cluster, mockServices.logger.mock());
  });
  afterAll(async () => {
    await cache.stop();
    await sim.stop();
  });

  it('reads nothing from the cluster until it is first used', async () => {
    await new Promise(resolve => setImmediate(resolve));
    expect(clusterWideReads()).toEqual([]);
  });

  if (verbs) {
    it('says it is not current when the cluster refuses the watch', async () => {
      expect(await cache.views('jane-che')).toBeUndefined();
      expect(await cache.list('jane-che')).toBeUndefined();
      expect(clusterWideReads().length).toBeGreaterThan(0);
    });
    return;
  }

  it('lists the cluster on first use and answers its Che workspaces newest first', async () => {
    const views = await cache.views('jane-che');
    expect(views?.all.map(w => w.name)).toEqual(['newer', 'older']);
    expect(views?.matching({ status: 'Starting' }).map(w => w.name)).toEqual([
      'newer',
    ]);
    expect((await cache.list('john-che'))?.map(w => w.metadata.name)).toEqual([
      'johns',
    ]);
    expect(clusterWideReads().filter(r => r.verb === 'list')).toHaveLength(1);
  });

  it('keeps a namespace sorted until it changes, and sees the change', async () => {
    const before = await cache.views('jane-che');
    expect(await cache.views('jane-che')).toBe(before);
    const johns = await cache.views('john-che');
    sim.seed([devWorkspace('jane-che', 'newest', '2026-04-01T00:00:00Z')]);
    const after = await eventually(
      () => cache.views('jane-che'),
      views => views !== before,
      'the new workspace seen by the watch',
    );
    expect(after?.all.map(w => w.name)).toEqual(['newest', 'newer', 'older']);
    // Another namespace's order is kept.
    expect(await cache.views('john-che')).toBe(johns);
  });
});
