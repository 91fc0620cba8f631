import { ConflictError, NotAllowedError } from '@backstage/errors';
import {
  isKubernetesConflict,
  isKubernetesNotFound,
  kubernetesStatusOf,
  toBackstageError,
  type KubernetesCluster,
} from '@fawkes/kubernetes-clusters';
import type { V1ConfigMap, V1Secret } from '@kubernetes/client-node';
import type { Release } from '../release/release';
import { RawObjectApi } from '../rollback/RawObjectApi';
import { decodeRelease, encodeRelease } from '../release/releaseCodec';
import type { ReleaseLabelIndex } from './ReleaseLabelIndex';
import {
  HELM_OWNER,
  HELM_SECRET_TYPE,
  customLabels,
  helmLabels,
  recordIdentity,
  storageKey,
  type RecordLabels,
  type ReleaseStorage,
  type ScanFilter,
  type StoredRecord,
} from './ReleaseStorage';

type StorageObject = V1Secret | V1ConfigMap;

/** Objects per list call: big enough to be quick, small enough that one page of ~100 KB records stays modest. */
export const PAGE_SIZE = 250;
/** Objects per metadata-only list call: each is a few hundred bytes. */
const LABEL_PAGE_SIZE = 2000;

/**
 * Helm's Secret and ConfigMap drivers. The two differ only in the object kind, the Secret's
 * `type: helm.sh/release.v1`, and the Secret's extra base64 layer added by the API server.
 */
export class KubernetesReleaseStorage implements ReleaseStorage {
  constructor(
    private readonly cluster: KubernetesCluster,
    readonly driver: 'secret' | 'configmap',
    /** The cluster's records kept by a watch; every read goes to the cluster without one. */
    private readonly index?: ReleaseLabelIndex,
  ) {}

  scan(filter: ScanFilter): AsyncIterable<StoredRecord> {
    return this.everywhere(filter, (namespace, selector) =>
      this.pages(namespace, selector),
    );
  }

  scanLabels(filter: ScanFilter): AsyncIterable<RecordLabels> {
    return this.everywhere(filter, (namespace, selector) =>
      this.labelPages(namespace, selector),
    );
  }

  async *latestLabels(filter: ScanFilter): AsyncIterable<RecordLabels> {
    // An index that cannot fill (an unreachable cluster, a client that cannot be set up) leaves
    // the list to the scan, which reports the cluster's error as every other read does.
    const indexed = this.index
      ? await this.index.current().catch(() => false)
      : false;
    if (this.index && indexed) {
      yield* this.index.latest(filter);
      return;
    }
    yield* this.scanLabels(filter);
  }

  async read(record: RecordLabels): Promise<StoredRecord | undefined> {
    const ref = { name: record.objectName, namespace: record.namespace };
    try {
      const object: StorageObject =
        this.driver === 'secret'
          ? await this.cluster.core.readNamespacedSecret(ref)
          : await this.cluster.core.readNamespacedConfigMap(ref);
      return toRecord(object);
    } catch (error) {
      if (isKubernetesNotFound(error)) return undefined;
      throw toBackstageError(error, this.cluster.name);
    }
  }

  /** The filter's records in one namespace, or in all (namespace by namespace when listing all is refused). */
  private async *everywhere<T>(
    filter: ScanFilter,
    pages: (
      namespace: string | undefined,
      selector: string,
    ) => AsyncIterable<T>,
  ): AsyncIterable<T> {
    const labelSelector = filter.name
      ? `owner=${HELM_OWNER},name=${filter.name}`
      : `owner=${HELM_OWNER}`;
    if (filter.namespace !== undefined) {
      yield* pages(filter.namespace, labelSelector);
      return;
    }
    try {
      yield* pages(undefined, labelSelector);
    } catch (error) {
      if (kubernetesStatusOf(error)?.code !== 403) throw error;
      // Not allowed cluster-wide: read the namespaces one by one and skip those we may not read.
      for (const namespace of await this.namespaces()) {
        try {
          yield* pages(namespace, labelSelector);
        } catch (inner) {
          if (kubernetesStatusOf(inner)?.code !== 403) throw inner;
        }
      }
    }
  }

  /** Labels only (a metadata list): what a list needs to choose records before decoding any. */
  private async *labelPages(
    namespace: string | undefined,
    labelSelector: string,
  ): AsyncIterable<RecordLabels> {
    const kind = this.driver === 'secret' ? 'secrets' : 'configmaps';
    const path =
      namespace === undefined
        ? `/api/v1/${kind}`
        : `/api/v1/namespaces/${encodeURIComponent(namespace)}/${kind}`;
    const api = RawObjectApi.of(this.cluster);
    let token: string | undefined;
    do {
      const continueToken = token;
      const page = await this.clientErrorsMapped(() =>
        api.listMetadata(path, {
          labelSelector,
          limit: LABEL_PAGE_SIZE,
          continue: continueToken,
        }),
      );
      for (const item of page.items ?? [])
        yield {
          objectName: item.metadata?.name ?? '',
          namespace: item.metadata?.namespace ?? '',
          ...recordIdentity(item.metadata?.labels),
        };
      token = page.metadata?.continue || undefined;
    } while (token);
  }

  async create(release: Release, namespace: string): Promise<void> {
    const body = this.toObject(
      release,
      helmLabels(release, new Date()),
      namespace,
    );
    try {
      const created: StorageObject =
        this.driver === 'secret'
          ? await this.cluster.core.createNamespacedSecret({ namespace, body })
          : await this.cluster.core.createNamespacedConfigMap({
              namespace,
              body,
            });
      this.index?.put(created.metadata ?? {});
    } catch (error) {
      if (isKubernetesConflict(error)) {
        throw new ConflictError(
          `Revision ${release.version} of release "${release.name}" already exists: another operation on this release is in progress`,
        );
      }
      throw toBackstageError(error, this.cluster.name);
    }
  }

  async update(release: Release, namespace: string): Promise<void> {
    const name = storageKey(release.name, release.version);
    try {
      const current: StorageObject =
        this.driver === 'secret'
          ? await this.cluster.core.readNamespacedSecret({ name, namespace })
          : await this.cluster.core.readNamespacedConfigMap({
              name,
              namespace,
            });
      const body = this.toObject(
        release,
        helmLabels(release, new Date(), current.metadata?.labels),
        namespace,
      );
      // The resourceVersion makes a concurrent rewrite of the same record fail instead of being lost.
      body.metadata!.resourceVersion = current.metadata?.resourceVersion;
      body.metadata!.annotations = current.metadata?.annotations;
      const replaced: StorageObject =
        this.driver === 'secret'
          ? await this.cluster.core.replaceNamespacedSecret({
              name,
              namespace,
              body,
            })
          : await this.cluster.core.replaceNamespacedConfigMap({
              name,
              namespace,
              body,
            });
      this.index?.put(replaced.metadata ?? {});
    } catch (error) {
      if (isKubernetesConflict(error)) {
        throw new ConflictError(
          `Revision ${release.version} of release "${release.name}" was changed concurrently; try again`,
        );
      }
      throw toBackstageError(error, this.cluster.name);
    }
  }

  async remove(
    namespace: string,
    name: string,
    version: number,
  ): Promise<void> {
    const objectName = storageKey(name, version);
    try {
      if (this.driver === 'secret')
        await this.cluster.core.deleteNamespacedSecret({
          name: objectName,
          namespace,
        });
      else
        await this.cluster.core.deleteNamespacedConfigMap({
          name: objectName,
          namespace,
        });
    } catch (error) {
      if (!isKubernetesNotFound(error))
        throw toBackstageError(error, this.cluster.name);
    }
    this.index?.forget(namespace, objectName);
  }

  private toObject(
    release: Release,
    labels: Record<string, string>,
    namespace: string,
  ): StorageObject {
    const encoded = encodeRelease(release);
    const metadata = {
      name: storageKey(release.name, release.version),
      namespace,
      labels,
    };
    if (this.driver === 'secret') {
      // Helm hands the API server the base64 text as bytes; the API's own base64 makes it double.
      return {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata,
        type: HELM_SECRET_TYPE,
        data: { release: Buffer.from(encoded).toString('base64') },
      };
    }
    return {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata,
      data: { release: encoded },
    };
  }

  private async *pages(
    namespace: string | undefined,
    labelSelector: string,
  ): AsyncIterable<StoredRecord> {
    let token: string | undefined;
    do {
      const continueToken = token;
      const page = await this.clientErrorsMapped(() =>
        this.listPage(namespace, labelSelector, continueToken),
      );
      for (const item of page.items as StorageObject[]) yield toRecord(item);
      token = page.metadata?._continue || undefined;
    } while (token);
  }

  private listPage(
    namespace: string | undefined,
    labelSelector: string,
    token: string | undefined,
  ) {
    const query = { labelSelector, limit: PAGE_SIZE, _continue: token };
    const core = this.cluster.core;
    if (this.driver === 'secret') {
      return namespace === undefined
        ? core.listSecretForAllNamespaces(query)
        : core.listNamespacedSecret({ namespace, ...query });
    }
    return namespace === undefined
      ? core.listConfigMapForAllNamespaces(query)
      : core.listNamespacedConfigMap({ namespace, ...query });
  }

  /**
   * A 403 stays the cluster's own error, for `scan` to fall back on; anything else becomes a
   * client error here, including what the client library throws before sending (an http URL
   * without skipTLSVerify, a missing caFile), which is not a Kubernetes status.
   */
  private async clientErrorsMapped<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (kubernetesStatusOf(error)?.code === 403) throw error;
      throw toBackstageError(error, this.cluster.name);
    }
  }

  private async namespaces(): Promise<string[]> {
    try {
      const list = await this.clientErrorsMapped(() =>
        this.cluster.core.listNamespace(),
      );
      return list.items.map(ns => ns.metadata!.name!);
    } catch (error) {
      if (kubernetesStatusOf(error)?.code !== 403) throw error;
      throw new NotAllowedError(
        `Kubernetes cluster "${this.cluster.name}" lets this backend list neither ${this.driver}s in all namespaces nor the namespaces: pass namespace=<name>`,
      );
    }
  }
}

function toRecord(item: StorageObject): StoredRecord {
  const labels = item.metadata?.labels;
  const value = item.data?.release;
  return {
    objectName: item.metadata?.name ?? '',
    namespace: item.metadata?.namespace ?? '',
    ...recordIdentity(labels),
    decode: options => {
      if (typeof value !== 'string')
        throw new Error('the object has no data.release');
      const release = decodeRelease(value, options);
      const custom = customLabels(labels);
      return custom ? { ...release, labels: custom } : release;
    },
  };
}
