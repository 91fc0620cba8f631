import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import * as k8s from '@kubernetes/client-node';
import { readFileSync } from 'node:fs';

/** A configured cluster as clients may see it: no credentials. */
export interface ClusterInfo {
  name: string;
  title?: string;
  url: string;
}

/** API clients for one cluster, made once and reused. */
export class KubernetesCluster {
  readonly core: k8s.CoreV1Api;
  readonly apps: k8s.AppsV1Api;
  readonly batch: k8s.BatchV1Api;
  readonly customObjects: k8s.CustomObjectsApi;
  readonly objects: k8s.KubernetesObjectApi;

  constructor(
    readonly info: ClusterInfo,
    readonly kubeConfig: k8s.KubeConfig,
  ) {
    this.core = kubeConfig.makeApiClient(k8s.CoreV1Api);
    this.apps = kubeConfig.makeApiClient(k8s.AppsV1Api);
    this.batch = kubeConfig.makeApiClient(k8s.BatchV1Api);
    this.customObjects = kubeConfig.makeApiClient(k8s.CustomObjectsApi);
    this.objects = k8s.KubernetesObjectApi.makeApiClient(kubeConfig);
  }

  get name(): string {
    return this.info.name;
  }

  /** A watch on this cluster (DevWorkspaces, Helm storage objects, ...). */
  watch(): k8s.Watch {
    return new k8s.Watch(this.kubeConfig);
  }
}

/** How long one API call may take when a cluster entry sets no `requestTimeoutSeconds`. */
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

/**
 * A KubeConfig whose API calls give up after a while: a cluster that accepts connections but never
 * answers must not hold a request open forever (the caller gets a 503). Watches and log streams
 * authenticate through `applyToFetchOptions` instead, so they stay open as long as they need.
 */
class TimeLimitedKubeConfig extends k8s.KubeConfig {
  constructor(private readonly timeoutMs: number) {
    super();
  }

  override async applySecurityAuthentication(
    context: k8s.RequestContext,
  ): Promise<void> {
    await super.applySecurityAuthentication(context);
    if (!context.getSignal())
      context.setSignal(AbortSignal.timeout(this.timeoutMs));
  }
}

const IN_CLUSTER_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * The clusters of `kubernetes.clusterLocatorMethods` entries of type `config`, the format the
 * Backstage Kubernetes plugin reads, so a platform team configures its clusters once.
 */
export class KubernetesClusters {
  private readonly clusters: KubernetesCluster[];

  static fromConfig(config: Config): KubernetesClusters {
    const methods =
      config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? [];
    const clusters = methods
      .filter(method => method.getString('type') === 'config')
      .flatMap(method => method.getOptionalConfigArray('clusters') ?? [])
      .map(readCluster);
    return new KubernetesClusters(clusters);
  }

  constructor(clusters: KubernetesCluster[]) {
    const seen = new Set<string>();
    for (const c of clusters) {
      if (seen.has(c.name))
        throw new Error(`Kubernetes cluster "${c.name}" is configured twice`);
      seen.add(c.name);
    }
    this.clusters = clusters;
  }

  list(): ClusterInfo[] {
    return this.clusters.map(c => ({ ...c.info }));
  }

  /**
   * The cluster of that name, or the first configured one when no name is given.
   * An unknown name is the caller's mistake: a 400 that lists the known names.
   */
  get(name?: string): KubernetesCluster {
    if (this.clusters.length === 0) {
      throw new InputError(
        'No Kubernetes cluster is configured: add one under kubernetes.clusterLocatorMethods (type: config)',
      );
    }
    if (name === undefined || name === '') return this.clusters[0];
    const cluster = this.clusters.find(c => c.name === name);
    if (!cluster) {
      throw new InputError(
        `Unknown cluster "${name}": known clusters are ${this.clusters.map(c => `"${c.name}"`).join(', ')}`,
      );
    }
    return cluster;
  }
}

function readCluster(config: Config): KubernetesCluster {
  const name = config.getString('name');
  const url = config.getString('url');
  const authProvider =
    config.getOptionalString('authProvider') ?? 'serviceAccount';
  if (authProvider !== 'serviceAccount') {
    throw new Error(
      `Kubernetes cluster "${name}": authProvider "${authProvider}" is not supported; use serviceAccount`,
    );
  }
  const token =
    config.getOptionalString('serviceAccountToken') ?? readInClusterToken(name);
  const caFile = config.getOptionalString('caFile');
  const timeoutSeconds =
    config.getOptionalNumber('requestTimeoutSeconds') ??
    DEFAULT_REQUEST_TIMEOUT_SECONDS;
  if (!(timeoutSeconds > 0))
    throw new Error(
      `Kubernetes cluster "${name}": requestTimeoutSeconds must be a positive number of seconds`,
    );
  const kubeConfig = new TimeLimitedKubeConfig(timeoutSeconds * 1000);
  kubeConfig.loadFromOptions({
    clusters: [
      {
        name,
        server: url,
        skipTLSVerify: config.getOptionalBoolean('skipTLSVerify') ?? false,
        caData: config.getOptionalString('caData'),
        caFile,
      },
    ],
    users: [{ name, token }],
    contexts: [{ name, cluster: name, user: name }],
    currentContext: name,
  });
  return new KubernetesCluster(
    { name, url, title: config.getOptionalString('title') },
    kubeConfig,
  );
}

function readInClusterToken(name: string): string {
  try {
    return readFileSync(IN_CLUSTER_TOKEN, 'utf8').trim();
  } catch {
    throw new Error(
      `Kubernetes cluster "${name}" has no serviceAccountToken and the backend does not run in a cluster (${IN_CLUSTER_TOKEN} is missing)`,
    );
  }
}
