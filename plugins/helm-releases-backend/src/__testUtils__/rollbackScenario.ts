import type { KubernetesSimulator } from '@fawkes/kubernetes-simulator';
import * as k8s from '@kubernetes/client-node';
import { gunzipSync } from 'node:zlib';
import type { Hook, Release } from '../release/release';
import { configMapManifest, helmSecret, makeRelease } from './helmRecords';

/** A ConfigMap both revisions have (`<name>-config`) and one only this revision has (`<name>-<only>`). */
export const twoObjects = (
  name: string,
  value: string,
  only: string,
  extra = '',
) =>
  configMapManifest(`${name}-config`, { value }) +
  configMapManifest(`${name}-${only}`, { only }) +
  extra;

/** A Job hook; `fail` makes the simulator fail the Job with "migration exploded". */
export function jobHook(
  name: string,
  event: string,
  opts: { fail?: boolean; policies?: string[]; weight?: number } = {},
): Hook {
  const annotations = opts.fail
    ? '    simulator.fawkes.dev/fail: "migration exploded"\n'
    : '';
  return {
    name,
    kind: 'Job',
    path: `demo/templates/${name}.yaml`,
    events: [event],
    weight: opts.weight ?? 0,
    ...(opts.policies ? { delete_policies: opts.policies } : {}),
    manifest: `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${name}\n  annotations:\n    helm.sh/hook: ${event}\n${annotations}spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: run, image: busybox}]\n`,
  };
}

/** v1 (superseded) and v2 (deployed) of a release, with v2's objects live in the cluster. */
export function installTwoRevisions(
  sim: KubernetesSimulator,
  name: string,
  namespace: string,
  v1: Partial<Release> = {},
  v2: Partial<Release> = {},
) {
  const one = makeRelease(name, 1, {
    namespace,
    status: 'superseded',
    manifest: twoObjects(name, 'one', 'v1-only'),
    ...v1,
  });
  const two = makeRelease(name, 2, {
    namespace,
    status: 'deployed',
    manifest: twoObjects(name, 'two', 'v2-only'),
    ...v2,
  });
  sim.seed([helmSecret(one), helmSecret(two)]);
  sim.seed(
    k8s
      .loadAllYaml(two.manifest!)
      .map((o: any) => ({ ...o, metadata: { ...o.metadata, namespace } })),
  );
  return { one, two };
}

/** The release JSON of a Secret read through the API, decoded as Helm does: base64 (the API's), base64, gunzip. */
export function storedRelease(secret: { data?: Record<string, string> }): any {
  return JSON.parse(
    gunzipSync(
      Buffer.from(
        Buffer.from(secret.data!.release, 'base64').toString(),
        'base64',
      ),
    ).toString(),
  );
}

/** Backend config of the rollback tests: the simulator as cluster `local`, a short history, short hook timeouts. */
export const rollbackConfig = (sim: KubernetesSimulator) => ({
  kubernetes: {
    clusterLocatorMethods: [
      { type: 'config', clusters: [sim.clusterConfig('local')] },
    ],
  },
  helmReleases: { maxHistory: 4, hookTimeoutSeconds: 5 },
});

/** Clients of the simulated cluster, to look at what a rollback did. */
export function simulatorClients(sim: KubernetesSimulator) {
  const kc = new k8s.KubeConfig();
  kc.loadFromOptions(sim.kubeConfigOptions());
  return {
    kc,
    core: kc.makeApiClient(k8s.CoreV1Api),
    batch: kc.makeApiClient(k8s.BatchV1Api),
  };
}

/** Seeds revisions 1..N of a release with these statuses, as Helm's Secrets. */
export function seedRevisions(
  sim: KubernetesSimulator,
  name: string,
  namespace: string,
  statuses: string[],
  manifest?: string,
) {
  sim.seed(
    statuses.map((status, i) =>
      helmSecret(
        makeRelease(name, i + 1, {
          namespace,
          status,
          ...(manifest === undefined ? {} : { manifest }),
        }),
      ),
    ),
  );
}
