import type { LoggerService } from '@backstage/backend-plugin-api';
import type { KubernetesCluster } from '@fawkes/kubernetes-clusters';
import * as k8s from '@kubernetes/client-node';
import {
  DEVWORKSPACE_API,
  DEVWORKSPACES,
  type DevWorkspace,
} from './cheObjects';

type Waiter = {
  namespace: string;
  name: string;
  done: (dw: DevWorkspace | undefined) => boolean;
  resolve: () => void;
};

/**
 * Every DevWorkspace of the cluster, kept current by one list-and-watch (an informer), so that
 * listing a user's workspaces reads memory instead of fetching and parsing the whole namespace
 * on each request. While the watch is not connected the cache says so and callers read the
 * cluster. Needs list/watch on devworkspaces in all namespaces; without it every list goes to
 * the cluster. Writers wait briefly until the cache shows their change, so a list right after a
 * create, start, stop or delete on this replica reflects it.
 */
export class DevWorkspaceCache {
  private readonly informer: k8s.Informer<k8s.KubernetesObject> &
    k8s.ObjectCache<k8s.KubernetesObject>;
  private healthy = false;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private retryMs = 1000;
  /** Set by the error handler during a connection attempt: start() resolves even when its list failed. */
  private failed = false;
  private readonly waiters = new Set<Waiter>();

  constructor(
    cluster: KubernetesCluster,
    private readonly logger: LoggerService,
  ) {
    const path = `/apis/${DEVWORKSPACE_API.group}/${DEVWORKSPACE_API.version}/${DEVWORKSPACES}`;
    this.informer = k8s.makeInformer<k8s.KubernetesObject>(
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
    this.informer.on('add', changed);
    this.informer.on('update', changed);
    this.informer.on('delete', changed);
    this.informer.on('error', error => {
      this.healthy = false;
      this.failed = true;
      if (this.stopped) return;
      this.logger.warn(
        `DevWorkspace watch failed, reading the cluster directly until it is back (retry in ${this.retryMs} ms): ${(error as Error)?.message ?? error}`,
      );
      this.retry = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 60_000);
    });
  }

  /** Starts listing and watching in the background; never throws. */
  start(): void {
    this.stopped = false;
    this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.healthy = false;
    clearTimeout(this.retry);
    await this.informer.stop();
    for (const waiter of this.waiters) waiter.resolve();
    this.waiters.clear();
  }

  /** The namespace's workspaces, or undefined when the cache is not current. */
  list(namespace: string): DevWorkspace[] | undefined {
    return this.healthy
      ? (this.informer.list(namespace) as unknown as DevWorkspace[])
      : undefined;
  }

  /** Resolves once the cached object satisfies `done` (or at once when not healthy, or after timeoutMs). */
  async settled(
    namespace: string,
    name: string,
    done: (dw: DevWorkspace | undefined) => boolean,
    timeoutMs = 2000,
  ): Promise<void> {
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

  private connect() {
    if (this.stopped) return;
    this.failed = false;
    this.informer.start().then(
      () => {
        if (this.stopped || this.failed) return;
        this.healthy = true;
        this.retryMs = 1000;
      },
      () => {
        // Reported through the 'error' handler, which schedules the retry.
      },
    );
  }

  private cached(namespace: string, name: string): DevWorkspace | undefined {
    return this.informer.get(name, namespace) as unknown as
      DevWorkspace | undefined;
  }

  private notify(namespace: string, name: string) {
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
