import { livePatch } from './livePatch';
import type { ManifestObject } from './manifest';
import { PatchMeta } from './patchMeta';
import { threeWayStrategicMergePatch } from './strategicMergePatch';

const deploymentMeta = PatchMeta.ofKind('apps/v1', 'Deployment')!;

const deployment = (podSpec: object, extra: object = {}): ManifestObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    template: { metadata: { labels: { app: 'web' } }, spec: podSpec },
  },
  ...extra,
});

const web = (image: string, env: object[]) => ({
  name: 'web',
  image,
  env,
  ports: [{ containerPort: 8080 }],
});

describe('threeWayStrategicMergePatch', () => {
  const original = deployment({
    containers: [
      web('web:2', [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ]),
    ],
  });
  const modified = deployment({
    containers: [web('web:1', [{ name: 'A', value: '1' }])],
  });
  // What the cluster holds: the chart's object, defaulted, with a sidecar an admission webhook
  // injected, a label and an annotation added by hand and fields controllers own.
  const current = {
    ...deployment({
      containers: [
        {
          ...web('web:2', [
            { name: 'A', value: '1' },
            { name: 'B', value: '2' },
          ]),
          imagePullPolicy: 'IfNotPresent',
          ports: [{ containerPort: 8080, protocol: 'TCP' }],
        },
        { name: 'istio-proxy', image: 'proxyv2:1.20' },
      ],
      restartPolicy: 'Always',
    }),
    metadata: {
      name: 'web',
      uid: 'u-1',
      resourceVersion: '7',
      labels: { app: 'web', team: 'payments' },
      annotations: { 'deployment.kubernetes.io/revision': '3' },
    },
    status: { replicas: 2 },
  };

  it('merges containers and env by name: reverts the image, deletes the dropped env var, keeps the injected sidecar', () => {
    expect(
      threeWayStrategicMergePatch(original, modified, current, deploymentMeta),
    ).toEqual({
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
  });

  it('leaves alone what only the live object has: labels, annotations, defaulted and controller fields', () => {
    const patch = threeWayStrategicMergePatch(
      original,
      modified,
      current,
      deploymentMeta,
    );
    expect(patch.metadata).toBeUndefined();
    expect(patch.status).toBeUndefined();
    expect(JSON.stringify(patch)).not.toContain('istio-proxy');
    expect(JSON.stringify(patch)).not.toContain('restartPolicy');
  });

  it('is empty when the live object already is the target, whatever others added', () => {
    const live = {
      ...modified,
      metadata: {
        ...modified.metadata,
        labels: { app: 'web', team: 'payments' },
      },
    };
    expect(
      threeWayStrategicMergePatch(modified, modified, live, deploymentMeta),
    ).toEqual({});
  });

  it('nulls a label the previous revision set and the target drops, and sends a label the live object lost', () => {
    const before = deployment(
      { containers: [] },
      { metadata: { name: 'web', labels: { app: 'web', old: 'x' } } },
    );
    const after = deployment(
      { containers: [] },
      { metadata: { name: 'web', labels: { app: 'web', tier: 'api' } } },
    );
    const live = deployment(
      { containers: [] },
      { metadata: { name: 'web', labels: { old: 'x', team: 'payments' } } },
    );
    expect(
      threeWayStrategicMergePatch(before, after, live, deploymentMeta).metadata,
    ).toEqual({ labels: { app: 'web', tier: 'api', old: null } });
  });

  it('adds a container the live object lacks whole, and orders the list as the target does', () => {
    const target = deployment({
      containers: [{ name: 'init', image: 'i:1' }, web('web:1', [])],
    });
    const live = deployment({
      containers: [web('web:1', []), { name: 'sidecar', image: 's' }],
    });
    expect(
      threeWayStrategicMergePatch(undefined, target, live, deploymentMeta),
    ).toEqual({
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'init' }, { name: 'web' }],
            containers: [{ name: 'init', image: 'i:1' }],
          },
        },
      },
    });
  });

  it('deletes a container the target dropped, with $patch: delete', () => {
    const before = deployment({
      containers: [web('web:1', []), { name: 'old', image: 'o' }],
    });
    const after = deployment({ containers: [web('web:1', [])] });
    expect(
      threeWayStrategicMergePatch(before, after, before, deploymentMeta),
    ).toEqual({
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'web' }],
            containers: [{ name: 'old', $patch: 'delete' }],
          },
        },
      },
    });
  });

  it('merges ports by containerPort and volumeMounts by mountPath', () => {
    const before = deployment({
      containers: [
        {
          name: 'web',
          ports: [{ containerPort: 80, name: 'http' }],
          volumeMounts: [
            { mountPath: '/a', name: 'a' },
            { mountPath: '/b', name: 'b' },
          ],
        },
      ],
    });
    const after = deployment({
      containers: [
        {
          name: 'web',
          ports: [{ containerPort: 80, name: 'web' }],
          volumeMounts: [{ mountPath: '/a', name: 'a' }],
        },
      ],
    });
    const container = (
      threeWayStrategicMergePatch(before, after, before, deploymentMeta) as any
    ).spec.template.spec.containers[0];
    expect(container).toEqual({
      name: 'web',
      ports: [{ containerPort: 80, name: 'web' }],
      '$setElementOrder/ports': [{ containerPort: 80 }],
      volumeMounts: [{ mountPath: '/b', $patch: 'delete' }],
      '$setElementOrder/volumeMounts': [{ mountPath: '/a' }],
    });
  });

  it('replaces lists Kubernetes does not merge (tolerations, args) when they differ from the live one', () => {
    const before = deployment({
      containers: [],
      tolerations: [{ key: 'a', operator: 'Exists' }],
    });
    const live = deployment({
      containers: [],
      tolerations: [
        { key: 'a', operator: 'Exists' },
        { key: 'b', operator: 'Exists' },
      ],
    });
    expect(
      threeWayStrategicMergePatch(before, before, live, deploymentMeta),
    ).toEqual({
      spec: {
        template: { spec: { tolerations: [{ key: 'a', operator: 'Exists' }] } },
      },
    });
  });

  it('sends $retainKeys for the Deployment strategy so a switch to Recreate clears rollingUpdate', () => {
    const before = deployment(
      { containers: [] },
      {
        spec: {
          strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
        },
      },
    );
    const after = deployment(
      { containers: [] },
      { spec: { strategy: { type: 'Recreate' } } },
    );
    const live = deployment(
      { containers: [] },
      {
        spec: {
          strategy: {
            type: 'RollingUpdate',
            rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
          },
        },
      },
    );
    expect(
      threeWayStrategicMergePatch(before, after, live, deploymentMeta),
    ).toEqual({
      spec: {
        strategy: {
          type: 'Recreate',
          rollingUpdate: null,
          $retainKeys: ['type'],
        },
      },
    });
  });

  it('sends $retainKeys on a volume whose source changes kind', () => {
    const before = deployment({
      containers: [],
      volumes: [{ name: 'config', configMap: { name: 'c' } }],
    });
    const after = deployment({
      containers: [],
      volumes: [{ name: 'config', secret: { secretName: 's' } }],
    });
    const live = deployment({
      containers: [],
      volumes: [{ name: 'config', configMap: { name: 'c', defaultMode: 420 } }],
    });
    expect(
      (threeWayStrategicMergePatch(before, after, live, deploymentMeta) as any)
        .spec.template.spec,
    ).toEqual({
      '$setElementOrder/volumes': [{ name: 'config' }],
      volumes: [
        {
          name: 'config',
          secret: { secretName: 's' },
          configMap: null,
          $retainKeys: ['name', 'secret'],
        },
      ],
    });
  });

  it('adds and deletes finalizers as a set, with $deleteFromPrimitiveList', () => {
    const meta = PatchMeta.ofKind('v1', 'ConfigMap')!;
    const before = { metadata: { name: 'c', finalizers: ['a', 'b'] } };
    const after = { metadata: { name: 'c', finalizers: ['a', 'c'] } };
    const live = { metadata: { name: 'c', finalizers: ['a', 'b', 'x'] } };
    expect(threeWayStrategicMergePatch(before, after, live, meta)).toEqual({
      metadata: {
        finalizers: ['c'],
        '$deleteFromPrimitiveList/finalizers': ['b'],
        '$setElementOrder/finalizers': ['a', 'c'],
      },
    });
  });

  it('merges Service ports by port, keeping a port added live', () => {
    const meta = PatchMeta.ofKind('v1', 'Service')!;
    const before = {
      spec: { ports: [{ port: 80, targetPort: 8080, name: 'http' }] },
    };
    const after = {
      spec: { ports: [{ port: 80, targetPort: 9090, name: 'http' }] },
    };
    const live = {
      spec: {
        ports: [
          { port: 80, targetPort: 8080, name: 'http', protocol: 'TCP' },
          { port: 443, name: 'https' },
        ],
        clusterIP: '10.0.0.1',
      },
    };
    expect(threeWayStrategicMergePatch(before, after, live, meta)).toEqual({
      spec: {
        '$setElementOrder/ports': [{ port: 80 }],
        ports: [{ port: 80, targetPort: 9090 }],
      },
    });
  });

  it.each([
    [
      'StatefulSet',
      'apps/v1',
      (pod: object) => ({ spec: { template: { spec: pod } } }),
    ],
    [
      'DaemonSet',
      'apps/v1',
      (pod: object) => ({ spec: { template: { spec: pod } } }),
    ],
    [
      'Job',
      'batch/v1',
      (pod: object) => ({ spec: { template: { spec: pod } } }),
    ],
    [
      'CronJob',
      'batch/v1',
      (pod: object) => ({
        spec: { jobTemplate: { spec: { template: { spec: pod } } } },
      }),
    ],
    ['Pod', 'v1', (pod: object) => ({ spec: pod })],
  ])(
    'gives the pod template of a %s the same list semantics',
    (kind, apiVersion, wrap) => {
      const meta = PatchMeta.ofKind(apiVersion, kind)!;
      const before = wrap({
        containers: [web('web:2', [{ name: 'A', value: '1' }])],
      });
      const after = wrap({ containers: [web('web:1', [])] });
      const live = wrap({
        containers: [
          web('web:2', [{ name: 'A', value: '1' }]),
          { name: 'sidecar', image: 's' },
        ],
      });
      expect(threeWayStrategicMergePatch(before, after, live, meta)).toEqual(
        wrap({
          '$setElementOrder/containers': [{ name: 'web' }],
          containers: [
            {
              name: 'web',
              image: 'web:1',
              env: [{ name: 'A', $patch: 'delete' }],
            },
          ],
        }),
      );
    },
  );

  it('refuses a merged list item without its merge key', () => {
    const before = deployment({ containers: [{ image: 'x' }] });
    expect(() =>
      threeWayStrategicMergePatch(before, before, before, deploymentMeta),
    ).toThrow('an item of containers has no name');
  });
});

describe('livePatch', () => {
  it('uses a strategic merge patch for built-in kinds and nothing when there is no change', () => {
    const object: ManifestObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: '1' },
    };
    expect(
      livePatch(object, { ...object, data: { a: '2' } }, object as any),
    ).toEqual({ type: 'strategic', body: { data: { a: '2' } } });
    expect(
      livePatch(object, object, {
        ...object,
        metadata: { name: 'c', uid: 'u' },
      } as any),
    ).toBeUndefined();
  });

  it.each([
    ['a custom resource', 'example.com/v1', 'Widget'],
    [
      'a CustomResourceDefinition',
      'apiextensions.k8s.io/v1',
      'CustomResourceDefinition',
    ],
    ['an APIService', 'apiregistration.k8s.io/v1', 'APIService'],
  ])(
    'falls back to a three-way JSON merge patch for %s, replacing lists whole',
    (_, apiVersion, kind) => {
      const before: ManifestObject = {
        apiVersion,
        kind,
        metadata: { name: 'w' },
        spec: { containers: [{ name: 'a', image: '1' }], old: true },
      };
      const after: ManifestObject = {
        apiVersion,
        kind,
        metadata: { name: 'w' },
        spec: { containers: [{ name: 'a', image: '2' }] },
      };
      const live = {
        ...before,
        spec: {
          ...(before.spec as object),
          containers: [{ name: 'a', image: '1' }, { name: 'b' }],
        },
      };
      expect(livePatch(before, after, live)).toEqual({
        type: 'merge',
        body: { spec: { containers: [{ name: 'a', image: '2' }], old: null } },
      });
    },
  );
});
