import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  kubernetesClient,
  kubernetesStatusOf,
  type KubernetesCluster,
} from '@fawkes/kubernetes-clusters';
import { RawObjectApi } from '../rollback/RawObjectApi';
import {
  HELM_OWNER,
  recordIdentity,
  type RecordLabels,
  type ScanFilter,
} from './ReleaseStorage';

/** Objects per page of the metadata list that fills the index. */
const LIST_PAGE_SIZE = 2000;
const METADATA_ACCEPT =
  'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json';
/** Waits between reconnections of a broken watch: doubling from the first to the last. */
const RETRY_MS = { first: 500, last: 30_000 };

interface ObjectMetadata {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  resourceVersion?: string;
}

interface Entry extends RecordLabels {
  resourceVersion?: string;
}

/** One release's records, by object name, with its latest labelled record kept at hand. */
class ReleaseRecords {
  readonly records = new Map<string, Entry>();
  latest?: Entry;

  put(entry: Entry) {
    this.records.set(entry.objectName, entry);
    if (
      !this.latest ||
      this.latest.objectName === entry.objectName ||
      this.latest.version! < entry.version!
    )
      this.latest = this.latestOf();
  }

  remove(objectName: string) {
    this.records.delete(objectName);
    if (this.latest?.objectName === objectName) this.latest = this.latestOf();
  }

  private latestOf(): Entry | undefined {
    let latest: Entry | undefined;
    for (const e of this.records.values())
      if (!latest || latest.version! < e.version!) latest = e;
    return latest;
  }
}

const keyOf = (m: ObjectMetadata) => `${m.namespace ?? ''}/${m.name ?? ''}`;

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/** Whether `a` is older than `b`, when both are etcd's numeric resourceVersions. */
function olderThan(a: string | undefined, b: string | undefined): boolean {
  const x = Number(a);
  const y = Number(b);
  return Number.isSafeInteger(x) && Number.isSafeInteger(y) && x < y;
}

/**
 * The labels of every Helm storage object (Secrets or ConfigMaps) of one cluster, kept in memory
 * by a metadata informer: one metadata-only list, then a metadata-only watch from its
 * resourceVersion (relisting when the server answers 410 Gone). A list of releases then starts
 * from each release's latest record without asking the cluster for anything but the page's
 * records. Writes of this backend are applied at once (`put`, `forget`), so a caller reads its
 * own writes; other writers' changes arrive with the watch. While the watch is down the index
 * says it is not current and lists read the cluster as before.
 */
export class ReleaseLabelIndex {
  private readonly releases = new Map<string, ReleaseRecords>();
  /** Which release each labelled object (`namespace/objectName`) belongs to. */
  private readonly owners = new Map<string, string>();
  /** Objects without Helm's name/version labels: the reader decodes them to place them. */
  private readonly unlabelled = new Map<string, Entry>();
  /** Objects this backend deleted whose DELETED event has not come yet. */
  private readonly deleted = new Set<string>();
  private resourceVersion?: string;
  private watching = false;
  private stopped = false;
  private abort?: AbortController;
  private retryTimer?: NodeJS.Timeout;
  private retryMs = RETRY_MS.first;
  private filling?: Promise<boolean>;
  /** The cluster refuses a cluster-wide list: the index cannot be kept; lists read per namespace. */
  private refused = false;

  constructor(
    private readonly cluster: KubernetesCluster,
    private readonly kind: 'secrets' | 'configmaps',
    private readonly logger: LoggerService,
  ) {}

  /**
   * Whether the index is current, starting it on first use. False while it is being filled for
   * the first time after an error, while its watch is down, and when the cluster refuses it.
   */
  async current(): Promise<boolean> {
    if (this.stopped || this.refused) return false;
    if (this.watching) return true;
    this.filling ??= this.fill().finally(() => {
      this.filling = undefined;
    });
    return this.filling;
  }

  /** For each release, the labels of its latest record; and every record without Helm's labels. */
  *latest(filter: ScanFilter): Iterable<RecordLabels> {
    const inScope = (e: Entry) =>
      (filter.namespace === undefined || e.namespace === filter.namespace) &&
      (filter.name === undefined || e.releaseName === filter.name);
    for (const release of this.releases.values())
      if (release.latest && inScope(release.latest)) yield release.latest;
    for (const e of this.unlabelled.values())
      if (filter.namespace === undefined || e.namespace === filter.namespace)
        yield e;
  }

  /** A record this backend wrote, applied before the watch reports it. */
  put(metadata: ObjectMetadata) {
    this.deleted.delete(keyOf(metadata));
    this.apply(metadata);
  }

  /** A record this backend deleted. */
  forget(namespace: string, objectName: string) {
    const key = `${namespace}/${objectName}`;
    this.deleted.add(key);
    this.remove(key);
  }

  stop() {
    this.stopped = true;
    this.watching = false;
    clearTimeout(this.retryTimer);
    this.abort?.abort();
  }

  /** Lists every record's labels, then watches from there; false when the cluster refuses it. */
  private async fill(): Promise<boolean> {
    try {
      await this.list();
    } catch (error) {
      if (kubernetesStatusOf(error)?.code === 403) {
        this.refused = true;
        this.logger.info(
          `Helm ${this.kind} of cluster ${this.cluster.name} cannot be listed in all namespaces: release lists read each namespace instead of an index`,
        );
        return false;
      }
      throw error;
    }
    await this.watch();
    return this.watching;
  }

  private async list() {
    const api = RawObjectApi.of(this.cluster);
    this.releases.clear();
    this.owners.clear();
    this.unlabelled.clear();
    this.deleted.clear();
    let token: string | undefined;
    let resourceVersion: string | undefined;
    do {
      const page = await api.listMetadata(`/api/v1/${this.kind}`, {
        labelSelector: `owner=${HELM_OWNER}`,
        limit: LIST_PAGE_SIZE,
        continue: token,
      });
      // A paged list is one snapshot, at its first page's resourceVersion.
      resourceVersion ??= page.metadata?.resourceVersion;
      for (const item of page.items) this.apply(item.metadata ?? {});
      token = page.metadata?.continue || undefined;
    } while (token);
    this.resourceVersion = resourceVersion;
  }

  private async watch() {
    if (this.stopped) return;
    const kubeConfig = this.cluster.kubeConfig;
    // client-node's Watch with the Accept of a metadata informer: events carry metadata only.
    const watch = new (kubernetesClient().Watch)({
      getCurrentCluster: () => kubeConfig.getCurrentCluster(),
      applyToFetchOptions: async (options: any) => {
        const init = await kubeConfig.applyToFetchOptions(options);
        const headers = new Headers(init.headers as HeadersInit | undefined);
        headers.set('Accept', METADATA_ACCEPT);
        return { ...init, headers };
      },
    } as any);
    let gone = false;
    try {
      this.abort = await watch.watch(
        `/api/v1/${this.kind}`,
        {
          labelSelector: `owner=${HELM_OWNER}`,
          resourceVersion: this.resourceVersion,
          allowWatchBookmarks: true,
        },
        (type: string, object: any) => {
          if (type === 'ERROR') {
            gone = object?.code === 410;
            return;
          }
          const metadata: ObjectMetadata = object?.metadata ?? {};
          if (metadata.resourceVersion)
            this.resourceVersion = metadata.resourceVersion;
          if (type === 'DELETED') {
            this.deleted.delete(keyOf(metadata));
            this.remove(keyOf(metadata));
          } else if (type === 'ADDED' || type === 'MODIFIED') {
            if (!this.deleted.has(keyOf(metadata))) this.apply(metadata);
          }
        },
        (error: unknown) => this.watchEnded(error, gone),
      );
      // The watch answered (or failed at once, which `watchEnded` has handled already).
      if (!this.abort.signal.aborted) {
        this.watching = true;
        this.retryMs = RETRY_MS.first;
      }
    } catch (error) {
      this.watchEnded(error, false);
    }
  }

  /** The server closes watches now and then: resume; after a 410 or an error, start again. */
  private watchEnded(error: unknown, gone: boolean) {
    this.watching = false;
    if (this.stopped) return;
    if (!error && !gone) {
      void this.watch();
      return;
    }
    if (gone) this.resourceVersion = undefined;
    if (error)
      this.logger.warn(
        `Watch of Helm ${this.kind} on cluster ${this.cluster.name} ended (${(error as Error).message}); release lists read the cluster until it is back`,
      );
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MS.last);
    this.retryTimer = setTimeout(() => {
      const restart = this.resourceVersion ? this.watch() : this.fill();
      restart.catch(e => this.watchEnded(e, false));
    }, wait);
    this.retryTimer.unref();
  }

  private apply(metadata: ObjectMetadata) {
    const key = keyOf(metadata);
    const entry: Entry = {
      objectName: metadata.name ?? '',
      namespace: metadata.namespace ?? '',
      resourceVersion: metadata.resourceVersion,
      ...recordIdentity(metadata.labels),
    };
    const known = this.find(key);
    if (known && olderThan(entry.resourceVersion, known.resourceVersion))
      return;
    // Labels can change (not for Helm's own records): place the entry anew.
    this.remove(key);
    if (!entry.releaseName || entry.version === undefined) {
      this.unlabelled.set(key, entry);
      return;
    }
    const releaseKey = `${entry.namespace}/${entry.releaseName}`;
    let release = this.releases.get(releaseKey);
    if (!release) {
      release = new ReleaseRecords();
      this.releases.set(releaseKey, release);
    }
    release.put(entry);
    this.owners.set(key, releaseKey);
  }

  private find(key: string): Entry | undefined {
    const unlabelled = this.unlabelled.get(key);
    if (unlabelled) return unlabelled;
    return this.holder(key)?.[1].records.get(splitKey(key)[1]);
  }

  private remove(key: string) {
    if (this.unlabelled.delete(key)) return;
    const holder = this.holder(key);
    if (!holder) return;
    const [releaseKey, release] = holder;
    this.owners.delete(key);
    release.remove(splitKey(key)[1]);
    if (release.records.size === 0) this.releases.delete(releaseKey);
  }

  private holder(key: string): [string, ReleaseRecords] | undefined {
    const releaseKey = this.owners.get(key);
    const release = releaseKey ? this.releases.get(releaseKey) : undefined;
    return release ? [releaseKey!, release] : undefined;
  }
}
