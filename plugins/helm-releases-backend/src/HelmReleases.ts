import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { UnprocessableEntityError } from '@fawkes/backend-http';
import {
  toBackstageError,
  kubernetesStatusOf,
  type KubernetesCluster,
} from '@fawkes/kubernetes-clusters';
import type { OperationLog } from './database/OperationLog';
import { diffReleases } from './diff/releaseDiff';
import {
  latestRevision,
  numberedRevision,
  previousRevision,
} from './release/readableHistory';
import type { Release } from './release/release';
import { ReleaseReader, type ListQuery } from './release/ReleaseReader';
import type { ReleaseHistory } from './release/readResults';
import { ClusterResources } from './rollback/ClusterResources';
import { HookRunner } from './rollback/HookRunner';
import { recoverRelease } from './rollback/recoverRelease';
import { rollbackRelease } from './rollback/ReleaseRollback';
import type { StorageDriverName } from './storage/ReleaseStorage';
import type { ReleaseStorages } from './storage/ReleaseStorages';
import type { HelmReleasesSettings } from './settings';
import {
  upgradeRelease,
  type ChartReference,
  type ValuesMode,
} from './upgrade/helmUpgrade';

/**
 * A diff without `from` compares `to` with the revision before it; when the release keeps none
 * (`to` is 1, or the oldest kept), there is nothing to compare with, and an empty diff of `to`
 * with itself would read as "nothing changed". `to` given → 400 naming it; neither given (a release
 * with a single revision) → 404, as a rollback to the revision before the only one.
 */
function noEarlierRevision(
  name: string,
  history: ReleaseHistory,
  to: Release,
  toGiven: boolean,
): never {
  const kept = history.value.map(r => r.version).join(', ');
  if (toGiven)
    throw new InputError(
      `Invalid request query: query.to: to=${to.version} without from compares revision ${to.version} with the revision before it, and release "${name}" has none (revisions: ${kept}); give from as well`,
    );
  throw new NotFoundError(
    `Release "${name}" has no revision before its latest, ${to.version}, to compare it with (revisions: ${kept})`,
  );
}

export interface Target {
  context?: string;
  storage: StorageDriverName;
}

/**
 * What an operation learned about the release it read or changed, for the audit record: the
 * cluster, revisions and statuses. Never values or manifests, which may hold secrets.
 */
export type OperationFacts = {
  cluster?: string;
  fromRevision?: number;
  targetRevision?: number;
  resultingRevision?: number;
  status?: string;
  previousStatus?: string;
};

/** Receives facts as the operation learns them, so a failure still tells how far it got. */
export type NoteFacts = (facts: OperationFacts) => void;

const ignore: NoteFacts = () => {};

/** The plugin's operations on releases, each on the cluster and storage driver the request names. */
export class HelmReleases {
  constructor(
    private readonly storages: ReleaseStorages,
    private readonly operations: OperationLog,
    private readonly logger: LoggerService,
    private readonly settings: HelmReleasesSettings,
  ) {}

  /** The name of the cluster a request's context names (400 for an unknown one). */
  clusterName(context: string | undefined): string {
    return this.storages.cluster(context).name;
  }

  list(target: Target, query: ListQuery, note: NoteFacts = ignore) {
    return this.onCluster(target, note, ({ reader }) => reader.list(query));
  }

  /** The list, its releases decoded as they are consumed (to stream a large answer). */
  listing(target: Target, query: ListQuery, note: NoteFacts = ignore) {
    return this.onCluster(target, note, ({ reader }) => reader.listing(query));
  }

  history(
    target: Target,
    namespace: string,
    name: string,
    note: NoteFacts = ignore,
  ) {
    return this.onCluster(target, note, ({ reader }) =>
      reader.history(namespace, name),
    );
  }

  revision(
    target: Target,
    namespace: string,
    name: string,
    revision: number,
    note: NoteFacts = ignore,
  ) {
    return this.onCluster(target, note, ({ reader }) =>
      reader.revision(namespace, name, revision),
    );
  }

  diff(
    target: Target,
    namespace: string,
    name: string,
    range: { from?: number; to?: number },
    note: NoteFacts = ignore,
  ) {
    return this.onCluster(target, note, async ({ reader }) => {
      const revisions = await reader.history(namespace, name);
      const to =
        range.to !== undefined
          ? numberedRevision(name, revisions, range.to)
          : latestRevision(
              name,
              revisions,
              'diffed against its latest revision',
            );
      const from =
        range.from !== undefined
          ? numberedRevision(name, revisions, range.from)
          : (previousRevision(name, revisions, to) ??
            noEarlierRevision(name, revisions, to, range.to !== undefined));
      try {
        return {
          value: diffReleases(from, to),
          undecodable: revisions.undecodable,
        };
      } catch (error) {
        // The stored manifest is the cluster's data, not the caller's input: say which revision is broken.
        throw new UnprocessableEntityError(
          `Release "${name}" revisions ${from.version}..${to.version} cannot be compared: ${(error as Error).message}`,
        );
      }
    });
  }

  async namespaces(context: string | undefined) {
    const cluster = this.storages.cluster(context);
    try {
      const list = await cluster.core.listNamespace();
      return {
        metadata: { ...list.metadata },
        items: list.items.map(ns => ({
          metadata: { name: ns.metadata?.name },
        })),
      };
    } catch (error) {
      throw toBackstageError(error, cluster.name);
    }
  }

  rollback(
    target: Target,
    request: {
      namespace: string;
      name: string;
      revision: number;
      disableHooks: boolean;
    },
    actor: string,
    note: NoteFacts = ignore,
  ) {
    return this.onCluster(
      target,
      note,
      async ({ cluster, storage, reader }) => {
        const resources = new ClusterResources(
          cluster,
          request.name,
          request.namespace,
        );
        const hooks = new HookRunner(resources, {
          timeoutMs: this.settings.hookTimeoutMs,
        });
        const outcome = await rollbackRelease(request, {
          storage,
          reader,
          resources,
          hooks,
          clusterName: cluster.name,
          maxHistory: this.settings.maxHistory,
        });
        // Before the failure is thrown: a failed rollback has still written its (failed) revision.
        note({
          fromRevision: outcome.fromRevision,
          targetRevision: outcome.targetRevision,
          resultingRevision: outcome.release.version,
          status: String(outcome.release.info.status),
        });
        for (const warning of outcome.warnings)
          this.logger.warn(
            `Rollback of ${request.namespace}/${request.name} on ${cluster.name}: ${warning}`,
          );
        await this.operations.record({
          cluster: cluster.name,
          namespace: request.namespace,
          releaseName: request.name,
          operation: 'rollback',
          fromRevision: outcome.fromRevision,
          toRevision: outcome.release.version,
          outcome: outcome.failure ? 'failed' : 'succeeded',
          message: outcome.release.info.description,
          actor,
        });
        if (outcome.failure) throw outcome.failure;
        this.logger.info(
          `${actor} rolled back release ${request.namespace}/${request.name} on ${cluster.name}: ${outcome.release.info.description}`,
        );
        return outcome.release;
      },
    );
  }

  recover(
    target: Target,
    request: { namespace: string; name: string },
    actor: string,
    note: NoteFacts = ignore,
  ) {
    return this.onCluster(
      target,
      note,
      async ({ cluster, storage, reader }) => {
        const result = await recoverRelease(
          { ...request, actor },
          { storage, reader },
        );
        note({
          resultingRevision: result.release.version,
          previousStatus: result.previousStatus,
          status: String(result.release.info.status),
        });
        await this.operations.record({
          cluster: cluster.name,
          namespace: request.namespace,
          releaseName: request.name,
          operation: 'recover',
          toRevision: result.release.version,
          outcome: 'succeeded',
          message: result.release.info.description,
          actor,
        });
        return result.release;
      },
    );
  }

  upgrade(
    target: Target,
    request: {
      namespace: string;
      name: string;
      values: string;
      valuesMode?: ValuesMode;
      chart?: ChartReference;
      dryRun: boolean;
    },
    actor: string,
    note: NoteFacts = ignore,
  ) {
    return this.onCluster(target, note, async ({ cluster, reader }) => {
      const outcome = await upgradeRelease(
        { ...request, storage: target.storage },
        {
          reader,
          cluster,
          resources: new ClusterResources(
            cluster,
            request.name,
            request.namespace,
          ),
          charts: this.settings.charts,
          options: this.settings.upgrade,
        },
      );
      note({
        fromRevision: outcome.diff.from,
        resultingRevision: outcome.release.version,
        status: String(outcome.release.info.status),
      });
      if (!outcome.dryRun) {
        await this.operations.record({
          cluster: cluster.name,
          namespace: request.namespace,
          releaseName: request.name,
          operation: 'upgrade',
          toRevision: outcome.release.version,
          outcome: 'succeeded',
          message: outcome.release.info.description,
          actor,
        });
      }
      return outcome;
    });
  }

  operationsOf(
    target: Target,
    namespace: string,
    name: string,
    note: NoteFacts = ignore,
  ) {
    const cluster = this.storages.cluster(target.context);
    note({ cluster: cluster.name });
    return this.operations.forRelease(cluster.name, namespace, name);
  }

  /** Resolves the cluster and driver, and turns any raw Kubernetes failure into a client error. */
  private async onCluster<T>(
    target: Target,
    note: NoteFacts,
    work: (ctx: {
      cluster: KubernetesCluster;
      storage: ReturnType<ReleaseStorages['storage']>;
      reader: ReleaseReader;
    }) => Promise<T>,
  ): Promise<T> {
    const cluster = this.storages.cluster(target.context);
    note({ cluster: cluster.name });
    const storage = this.storages.storage(cluster, target.storage);
    try {
      return await work({
        cluster,
        storage,
        reader: new ReleaseReader(storage, this.logger),
      });
    } catch (error) {
      if (
        kubernetesStatusOf(error) ||
        (error as any)?.name === 'FetchError' ||
        (error as any)?.code === 'ECONNREFUSED'
      ) {
        throw toBackstageError(error, cluster.name);
      }
      throw error;
    }
  }
}
