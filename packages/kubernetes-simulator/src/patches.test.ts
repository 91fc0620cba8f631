import { strategicMergePatch } from './patches';
import { KubeStatusError } from './status';

const deployment = (podSpec: object, extra: object = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web', team: 'payments' } },
  spec: {
    replicas: 2,
    template: { metadata: { labels: { app: 'web' } }, spec: podSpec },
  },
  ...extra,
});
const podSpecOf = (object: any) => object.spec.template.spec;

function refusal(run: () => unknown): KubeStatusError {
  try {
    run();
  } catch (error) {
    if (error instanceof KubeStatusError) return error;
    throw error;
  }
  throw new Error('the patch was accepted');
}

describe('strategicMergePatch (as the API server applies it)', () => {
  const live = deployment({
    containers: [
      {
        name: 'web',
        image: 'web:2',
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
      },
      { name: 'istio-proxy', image: 'proxyv2' },
    ],
    tolerations: [{ key: 'a' }, { key: 'b' }],
  });

  it('merges containers and env by name, deletes with $patch: delete and keeps items the patch does not name', () => {
    const patched = strategicMergePatch(live, {
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
    });
    expect(podSpecOf(patched).containers).toEqual([
      {
        name: 'web',
        image: 'web:1',
        env: [{ name: 'A', value: '1' }],
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
      },
      { name: 'istio-proxy', image: 'proxyv2' },
    ]);
    expect((patched as any).metadata.labels).toEqual({
      app: 'web',
      team: 'payments',
    });
    expect(JSON.stringify(patched)).not.toContain('$');
  });

  it('merges ports by containerPort, adds new items and replaces lists without a merge strategy', () => {
    const patched = strategicMergePatch(live, {
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'web',
                ports: [
                  { containerPort: 8080, name: 'http' },
                  { containerPort: 9090 },
                ],
              },
            ],
            tolerations: [{ key: 'c' }],
          },
        },
      },
    });
    expect(podSpecOf(patched).containers[0].ports).toEqual([
      { containerPort: 8080, protocol: 'TCP', name: 'http' },
      { containerPort: 9090 },
    ]);
    expect(podSpecOf(patched).containers[1].name).toBe('istio-proxy');
    expect(podSpecOf(patched).tolerations).toEqual([{ key: 'c' }]);
  });

  it('removes a container with $patch: delete and replaces a whole list with $patch: replace', () => {
    const deleted = strategicMergePatch(live, {
      spec: {
        template: {
          spec: { containers: [{ name: 'istio-proxy', $patch: 'delete' }] },
        },
      },
    });
    expect(podSpecOf(deleted).containers.map((c: any) => c.name)).toEqual([
      'web',
    ]);
    const replaced = strategicMergePatch(live, {
      spec: {
        template: {
          spec: {
            containers: [{ name: 'only', image: 'o' }, { $patch: 'replace' }],
          },
        },
      },
    });
    expect(podSpecOf(replaced).containers).toEqual([
      { name: 'only', image: 'o' },
    ]);
  });

  it('replaces or deletes an object with $patch, and deletes a field with null', () => {
    const replaced: any = strategicMergePatch(live, {
      metadata: { labels: { $patch: 'replace', only: 'this' } },
    });
    expect(replaced.metadata.labels).toEqual({ only: 'this' });
    const emptied: any = strategicMergePatch(live, {
      spec: { template: { metadata: { $patch: 'delete' } } },
      metadata: { labels: { team: null } },
    });
    expect(emptied.spec.template.metadata).toEqual({});
    expect(emptied.metadata.labels).toEqual({ app: 'web' });
  });

  it('orders by $setElementOrder, slotting items only the server has by their live place', () => {
    const three = deployment({
      containers: [{ name: 's' }, { name: 'a' }, { name: 'b' }],
    });
    const reordered = strategicMergePatch(three, {
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'b' }, { name: 'a' }],
          },
        },
      },
    });
    expect(podSpecOf(reordered).containers.map((c: any) => c.name)).toEqual([
      's',
      'b',
      'a',
    ]);
    const last = deployment({
      containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
    });
    const moved = strategicMergePatch(last, {
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'b' }, { name: 'a' }],
          },
        },
      },
    });
    expect(podSpecOf(moved).containers.map((c: any) => c.name)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('refuses a patch list whose order contradicts $setElementOrder (400)', () => {
    const error = refusal(() =>
      strategicMergePatch(live, {
        spec: {
          template: {
            spec: {
              '$setElementOrder/containers': [{ name: 'web' }],
              containers: [{ name: 'other', image: 'x' }],
            },
          },
        },
      }),
    );
    expect(error.code).toBe(400);
  });

  it('adds finalizers as a set and removes them with $deleteFromPrimitiveList', () => {
    const withFinalizers = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c', finalizers: ['a', 'b', 'x'] },
    };
    const patched: any = strategicMergePatch(withFinalizers, {
      metadata: {
        finalizers: ['c'],
        '$deleteFromPrimitiveList/finalizers': ['b'],
        '$setElementOrder/finalizers': ['a', 'c'],
      },
    });
    expect(patched.metadata.finalizers).toEqual(['a', 'c', 'x']);
  });

  it('clears the keys $retainKeys does not name, and refuses a patch that sets one of them (400)', () => {
    const rolling = deployment(
      { containers: [] },
      {
        spec: {
          strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
        },
      },
    );
    const patched: any = strategicMergePatch(rolling, {
      spec: { strategy: { type: 'Recreate', $retainKeys: ['type'] } },
    });
    expect(patched.spec.strategy).toEqual({ type: 'Recreate' });
    expect(
      refusal(() =>
        strategicMergePatch(rolling, {
          spec: {
            strategy: { type: 'Recreate', other: 1, $retainKeys: ['type'] },
          },
        }),
      ).code,
    ).toBe(400);
  });

  it('merges Service ports by port and volumes by name, in a CronJob pod template too', () => {
    const service: any = strategicMergePatch(
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 's' },
        spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] },
      },
      { spec: { ports: [{ port: 80, targetPort: 9090 }] } },
    );
    expect(service.spec.ports).toEqual([
      { port: 80, targetPort: 9090 },
      { port: 443 },
    ]);
    const cronJob = (podSpec: object) => ({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'j' },
      spec: { jobTemplate: { spec: { template: { spec: podSpec } } } },
    });
    const patched: any = strategicMergePatch(
      cronJob({
        volumes: [
          { name: 'a', emptyDir: {} },
          { name: 'b', emptyDir: {} },
        ],
        containers: [{ name: 'job', image: '1' }, { name: 'sidecar' }],
      }),
      cronJob({
        volumes: [{ name: 'b', $patch: 'delete' }],
        containers: [{ name: 'job', image: '2' }],
      }),
    );
    expect(patched.spec.jobTemplate.spec.template.spec).toEqual({
      volumes: [{ name: 'a', emptyDir: {} }],
      containers: [{ name: 'job', image: '2' }, { name: 'sidecar' }],
    });
  });

  it('refuses unknown directives and items without their merge key (400)', () => {
    expect(
      refusal(() =>
        strategicMergePatch(live, { metadata: { $patch: 'explode' } }),
      ).code,
    ).toBe(400);
    expect(
      refusal(() =>
        strategicMergePatch(live, {
          spec: { template: { spec: { containers: [{ image: 'no-name' }] } } },
        }),
      ).code,
    ).toBe(400);
  });

  it('answers 415 for custom resources, which have no strategic merge metadata', () => {
    const error = refusal(() =>
      strategicMergePatch(
        {
          apiVersion: 'workspace.devfile.io/v1alpha2',
          kind: 'DevWorkspace',
          metadata: { name: 'w' },
        },
        { spec: {} },
      ),
    );
    expect(error.code).toBe(415);
    expect(error.reason).toBe('UnsupportedMediaType');
  });
});
