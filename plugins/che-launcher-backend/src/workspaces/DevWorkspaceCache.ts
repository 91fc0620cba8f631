import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  type KubernetesCluster,
  kubernetesClient,
} from '@fawkes/kubernetes-clusters';
import type * as k8s from '@kubernetes/client-node';
import {
  DEVWORKSPACE_API,
  DEVWORKSPACES,
  type DevWorkspace,
  isCheWorkspace,
} from './cheObjects';
import { SortedViews } from './SortedViews';

type Waiter = {
  namespace: string;
  name: string;
  done: (dw: DevWorkspace | undefined) => boolean;
  resolve: () => void;
};

type Informer = k8s.Informer<k8s.KubernetesObject> &
  k8s.ObjectCache<k8s.KubernetesObject>;

/** How long the first list waits for the watch's first list of the cluster before reading the namespace itself. */
const FIRST_LIST_WAIT_MS = 10_000;

/**
 * Every DevWorkspace of the cluster, kept current by one list-and-watch (an informer), so that
 * listing a user's workspaces reads memory instead of fetching and parsing the whole namespace
 * on each request. While the watch is not connected the cache says so and callers read the
 * cluster. Needs list/watch on devworkspaces in all namespaces; without it every list goes to
 * the cluster. Writers wait briefly until the cache shows their change, so a list right after a
 * create, start, stop or delete on this replica reflects it.
 *
 * The watch starts on first use, not with the backend: a backend whose workspace routes are not
 * called neither loads the Kubernetes client nor holds the cluster's DevWorkspaces. The first
 * list waits (up to FIRST_LIST_WAIT_MS) for the watch's first list of the cluster.
 */
export class DevWorkspaceCache {
  private informer?: Informer;
  /** The first connection attempt, once the watch was started: ends whether or not it connected. */
  private firstAttempt?: Promise<void>;
  private healthy = false;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private retryMs = 1000;
  /** Set by the error handler during a connection attempt: its list failed. */
  private failed = false;
  private readonly waiters = new Set<Waiter>();
  /** Each listed namespace's workspaces, sorted; dropped when the namespace changes. */
  private readonly sorted = new Map<string, SortedViews>();

  constructor(
    private readonly cluster: KubernetesCluster,
    private readonly logger: LoggerService,
    private readonly firstListWaitMs = FIRST_LIST_WAIT_MS,
  ) {}

  private makeInformer(): Informer {
    const { cluster } = this;
    const path = `/apis/${DEVWORKSPACE_API.group}/${DEVWORKSPACE_API.version}/${DEVWORKSPACES}`;
    const informer = kubernetesClient().makeInformer<k8s.KubernetesObject>(
      cluster.kubeConfig,
      path,
      () =>
        cluster.customObjects.listClusterCustomObject({
          group: DEVWORKSPACE_API.group,
          version: DEVWORKSPACE_API.version,
          plural: DEVWORKSPACES,
        }) as any,
    );
    const changed = (object: k8s.KubernetesObject) =>
      this.notify(
        object.metadata?.namespace ?? '',
        object.metadata?.name ?? '',
      );
    informer.on('add', changed);
    informer.on('update', changed);
    informer.on('delete', changed);
    informer.on('error', error => {
      this.healthy = false;
      this.failed = true;
      this.sorted.clear();
      if (this.stopped) return;
      this.logger.warn(
        `DevWorkspace watch failed, reading the cluster directly until it is back (retry in ${this.retryMs} ms): ${(error as Error)?.message ?? error}`,
      );
      this.retry = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 60_000);
    });
    return informer;
  }

  /** Starts listing and watching in the background unless it has been; never throws. */
  start(): Promise<void> {
    if (!this.firstAttempt) {
      if (this.stopped) return Promise.resolve();
      this.informer = this.makeInformer();
      this.firstAttempt = this.connect();
    }
    return this.firstAttempt;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.healthy = false;
    clearTimeout(this.retry);
    this.sorted.clear();
    await this.informer?.stop();
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters.clear();
  }

  /** The namespace's Che workspaces, or undefined when the cache is not current. */
  async list(namespace: string): Promise<DevWorkspace[] | undefined> {
    await this.current();
    return this.healthy
      ? (this.informer!.list(namespace) as unknown as DevWorkspace[]).filter(
          isCheWorkspace,
        )
      : undefined;
  }

  /** The namespace's Che workspaces sorted as lists show them, or undefined when the cache is not current. */
  async views(namespace: string): Promise<SortedViews | undefined> {
    await this.current();
    if (!this.healthy) return undefined;
    let views = this.sorted.get(namespace);
    if (!views) {
      views = new SortedViews(
        this.informer!.list(namespace) as unknown as DevWorkspace[],
      );
      this.sorted.set(namespace, views);
    }
    return views;
  }

  /** Starts the watch on first use, then waits (bounded) for its first attempt to connect. */
  private async current(): Promise<void> {
    if (this.healthy) return;
    const timer: { id?: NodeJS.Timeout } = {};
    await Promise.race([
      this.start(),
      new Promise<void>(resolve => {
        timer.id = setTimeout(resolve, this.firstListWaitMs);
      }),
    ]);
    clearTimeout(timer.id);
  }

  /** Resolves once the cached object satisfies `done` (or at once when not healthy, or after timeoutMs). */
  async settled(
    namespace: string,
    name: string,
    done: (dw: DevWorkspace | undefined) => boolean,
    timeoutMs = 2000,
  ): Promise<void> {
    // A write is a use: the watch starts, to be current for the lists that follow.
    void this.start();
    if (!this.healthy || done(this.cached(namespace, name))) return;
    await new Promise<void>(resolve => {
      const timer: { id?: NodeJS.Timeout } = {};
      const waiter: Waiter = {
        namespace,
        name,
        done,
        resolve: () => {
          clearTimeout(timer.id);
          this.waiters.delete(waiter);
          resolve();
        },
      };
      timer.id = setTimeout(waiter.resolve, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** One attempt to list and watch; resolves when it connected or failed. */
  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.failed = false;
    try {
      await this.informer!.start();
    } catch {
      // Reported through the 'error' handler, which schedules the retry.
      return;
    }
    if (this.stopped || this.failed) return;
    this.sorted.clear();
    this.healthy = true;
    this.retryMs = 1000;
  }

  private cached(namespace: string, name: string): DevWorkspace | undefined {
    return this.informer?.get(name, namespace) as unknown as
      DevWorkspace | undefined;
  }

  private notify(namespace: string, name: string) {
    this.sorted.delete(namespace);
    for (const waiter of this.waiters) {
      if (
        waiter.namespace === namespace &&
        waiter.name === name &&
        waiter.done(this.cached(namespace, name))
      )
        waiter.resolve();
    }
  }
}
