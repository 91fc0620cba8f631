import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type * as k8s from '@kubernetes/client-node';
import { readFileSync } from 'node:fs';

/**
 * `@kubernetes/client-node`, loaded on first use: it is large (~65 MiB of RSS, and seconds of a
 * busy machine's start) and a backend that has not called a cluster yet does not need it.
 */
export function kubernetesClient(): typeof k8s {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@kubernetes/client-node');
}

/** What a cluster's KubeConfig is made from, kept until the first call needs the client. */
interface KubeConfigSource {
  options: Parameters<k8s.KubeConfig['loadFromOptions']>[0];
  timeoutMs: number;
}

/** A configured cluster as clients may see it: no credentials. */
export interface ClusterInfo {
  name: string;
  title?: string;
  url: string;
}

/** API clients for one cluster, made on first use and reused. */
export class KubernetesCluster {
  private clients?: {
    kubeConfig: k8s.KubeConfig;
    core: k8s.CoreV1Api;
    apps: k8s.AppsV1Api;
    batch: k8s.BatchV1Api;
    customObjects: k8s.CustomObjectsApi;
    objects: k8s.KubernetesObjectApi;
  };

  constructor(
    readonly info: ClusterInfo,
    private readonly source: KubeConfigSource,
  ) {}

  private made() {
    if (!this.clients) {
      const client = kubernetesClient();
      const kubeConfig = timeLimitedKubeConfig(this.source.timeoutMs);
      kubeConfig.loadFromOptions(this.source.options);
      this.clients = {
        kubeConfig,
        core: kubeConfig.makeApiClient(client.CoreV1Api),
        apps: kubeConfig.makeApiClient(client.AppsV1Api),
        batch: kubeConfig.makeApiClient(client.BatchV1Api),
        customObjects: kubeConfig.makeApiClient(client.CustomObjectsApi),
        objects: client.KubernetesObjectApi.makeApiClient(kubeConfig),
      };
    }
    return this.clients;
  }

  get kubeConfig(): k8s.KubeConfig {
    return this.made().kubeConfig;
  }
  get core(): k8s.CoreV1Api {
    return this.made().core;
  }
  get apps(): k8s.AppsV1Api {
    return this.made().apps;
  }
  get batch(): k8s.BatchV1Api {
    return this.made().batch;
  }
  get customObjects(): k8s.CustomObjectsApi {
    return this.made().customObjects;
  }
  get objects(): k8s.KubernetesObjectApi {
    return this.made().objects;
  }

  get name(): string {
    return this.info.name;
  }

  /** A watch on this cluster (DevWorkspaces, Helm storage objects, ...). */
  watch(): k8s.Watch {
    return new (kubernetesClient().Watch)(this.kubeConfig);
  }
}

/** How long one API call may take when a cluster entry sets no `requestTimeoutSeconds`. */
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

/**
 * A KubeConfig whose API calls give up after a while: a cluster that accepts connections but never
 * answers must not hold a request open forever (the caller gets a 503). Watches and log streams
 * authenticate through `applyToFetchOptions` instead, so they stay open as long as they need.
 */
function timeLimitedKubeConfig(timeoutMs: number): k8s.KubeConfig {
  class TimeLimitedKubeConfig extends kubernetesClient().KubeConfig {
    override async applySecurityAuthentication(
      context: k8s.RequestContext,
    ): Promise<void> {
      await super.applySecurityAuthentication(context);
      if (!context.getSignal())
        context.setSignal(AbortSignal.timeout(timeoutMs));
    }
  }
  return new TimeLimitedKubeConfig();
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
  const options = {
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
  };
  return new KubernetesCluster(
    { name, url, title: config.getOptionalString('title') },
    { options, timeoutMs: timeoutSeconds * 1000 },
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
