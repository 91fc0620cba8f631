import {
  isKubernetesNotFound,
  kubernetesStatusOf,
  type KubernetesCluster,
} from '@fawkes/kubernetes-clusters';
import type { KubernetesObject, V1APIResource } from '@kubernetes/client-node';
import type { JsonObject } from '../manifest/json';
import { livePatch } from '../manifest/livePatch';
import {
  hasKeepPolicy,
  inInstallOrder,
  objectKey,
  type ManifestObject,
} from '../manifest/manifest';
import { upgradedManagedFields } from './clientSideManager';
import { RawObjectApi } from './RawObjectApi';

/** Written with this field manager, as the Helm 3 client does, so `helm` and `kubectl` see one owner. */
export const FIELD_MANAGER = 'helm';

export interface UpdateResult {
  created: string[];
  updated: string[];
  deleted: string[];
  kept: string[];
  /** Deletions the cluster refused, when they are not fatal (Helm 3): Helm logs them and goes on. */
  notDeleted: string[];
}

/**
 * A cluster call of an update that failed, with the reason in the words Helm records it:
 * `cannot patch "<name>" with kind <Kind>: …`, `failed to create resource: …`,
 * `failed to delete resource <name>: …`; a server-side apply of an existing object is not prefixed. `cause`
 * is the cluster's error, whose status the caller answers with.
 */
export class ResourceUpdateError extends Error {
  constructor(
    readonly reason: string,
    readonly cause: unknown,
  ) {
    super(reason);
    this.name = 'ResourceUpdateError';
  }
}

/** Runs one cluster call of an update; a failure becomes a ResourceUpdateError with `prefix`. */
async function step<T>(prefix: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new ResourceUpdateError(
      `${prefix}${kubernetesStatusOf(error)?.message ?? (error as Error).message}`,
      error,
    );
  }
}

const referenceTo = (object: ManifestObject) => ({
  apiVersion: object.apiVersion,
  kind: object.kind,
  metadata: {
    name: object.metadata.name,
    namespace: object.metadata.namespace,
  },
});

async function undefinedWhenAbsent<T>(
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isKubernetesNotFound(error)) return undefined;
    throw error;
  }
}

const CONTENT_TYPES = {
  strategic: 'application/strategic-merge-patch+json',
  merge: 'application/merge-patch+json',
} as const;
const APPLY_PATCH = 'application/apply-patch+yaml';

export interface UpdateOptions {
  /** Apply every object server-side (Helm 4's SSA) instead of creating or three-way patching it. */
  serverSideApply?: boolean;
  /** A refused deletion fails the update (Helm 4), rather than being noted in `notDeleted` (Helm 3). */
  deletionFailureIsFatal?: boolean;
  /**
   * Before applying server-side, hand helm's client-side fields of each live object to its apply
   * (Helm 4 moving a release from client- to server-side apply; see clientSideManager).
   */
  upgradeClientSideManager?: boolean;
}

/** The live objects of a release on one cluster: what Helm's kube client does for an update. */
export class ClusterResources {
  private readonly raw: RawObjectApi;

  constructor(
    private readonly cluster: KubernetesCluster,
    private readonly releaseName: string,
    private readonly releaseNamespace: string,
  ) {
    this.raw = RawObjectApi.of(cluster);
  }

  /**
   * Brings the cluster from `current` to `target`: creates what is missing, patches what exists
   * (three-way, against the live object: see `livePatch`), deletes what only `current` has unless
   * it carries `helm.sh/resource-policy: keep`. Server-side, each object is applied whole instead.
   */
  async update(
    current: ManifestObject[],
    target: ManifestObject[],
    options: UpdateOptions = {},
  ): Promise<UpdateResult> {
    const result: UpdateResult = {
      created: [],
      updated: [],
      deleted: [],
      kept: [],
      notDeleted: [],
    };
    const previousByKey = new Map(
      current.map(o => [objectKey(o, this.releaseNamespace), o]),
    );
    const targetKeys = new Set<string>();
    for (const object of inInstallOrder(target)) {
      const key = objectKey(object, this.releaseNamespace);
      targetKeys.add(key);
      const desired = await this.place(this.withOwnership(object));
      const live = await this.readLiveJson(desired);
      if (options.serverSideApply) {
        if (live && options.upgradeClientSideManager)
          await this.upgradeClientSideManager(desired, live);
        // Helm 4 words a failed apply of a missing object as a failed creation.
        await step(live ? '' : 'failed to create resource: ', () =>
          this.apply(desired),
        );
        (live ? result.updated : result.created).push(key);
      } else if (!live) {
        await step('failed to create resource: ', () => this.create(desired));
        result.created.push(key);
      } else {
        const previous = previousByKey.get(key);
        const patch = livePatch(
          previous && (await this.place(previous)),
          desired,
          live,
        );
        if (patch) {
          await step(
            `cannot patch "${desired.metadata.name}" with kind ${desired.kind}: `,
            () =>
              this.raw.patchJson(
                referenceTo(desired),
                patch.body,
                CONTENT_TYPES[patch.type],
                FIELD_MANAGER,
              ),
          );
        }
        result.updated.push(key);
      }
    }
    for (const object of inInstallOrder(current).reverse()) {
      const key = objectKey(object, this.releaseNamespace);
      if (targetKeys.has(key)) continue;
      const placed = await this.place(object);
      const live = await this.readLive(placed);
      if (!live) continue;
      if (hasKeepPolicy(object) || hasKeepPolicy(live)) {
        result.kept.push(key);
        continue;
      }
      try {
        await step(`failed to delete resource ${placed.metadata.name}: `, () =>
          this.deleteIfPresent(placed),
        );
        result.deleted.push(key);
      } catch (error) {
        if (options.deletionFailureIsFatal) throw error;
        result.notDeleted.push(`${key}: ${(error as Error).message}`);
      }
    }
    return result;
  }

  /** Rewrites managedFields as client-go's csaupgrade does, conditional on the version read. */
  private async upgradeClientSideManager(
    desired: ManifestObject,
    live: JsonObject,
  ): Promise<void> {
    const managedFields = upgradedManagedFields(
      live,
      FIELD_MANAGER,
      new Date(),
    );
    if (!managedFields) return;
    const resourceVersion = (live.metadata as JsonObject).resourceVersion;
    await step(
      `cannot patch "${desired.metadata.name}" with kind ${desired.kind}: `,
      () =>
        this.raw.patchJson(
          referenceTo(desired),
          [
            {
              op: 'replace',
              path: '/metadata/managedFields',
              value: managedFields,
            },
            {
              op: 'replace',
              path: '/metadata/resourceVersion',
              value: resourceVersion,
            },
          ],
          'application/json-patch+json',
          FIELD_MANAGER,
        ),
    );
  }

  /** Sets the release namespace on namespaced objects that name none, as Helm does. */
  async place<T extends ManifestObject>(object: T): Promise<T> {
    if (object.metadata.namespace) return object;
    const resource = await this.resourceOf(object);
    if (!resource.namespaced) return object;
    return {
      ...object,
      metadata: { ...object.metadata, namespace: this.releaseNamespace },
    };
  }

  async readLive(
    object: ManifestObject,
  ): Promise<KubernetesObject | undefined> {
    return undefinedWhenAbsent(() =>
      this.cluster.objects.read(referenceTo(object)),
    );
  }

  /** The live object as JSON, to compare with manifests. */
  async readLiveJson(object: ManifestObject): Promise<JsonObject | undefined> {
    return undefinedWhenAbsent(() => this.raw.readJson(referenceTo(object)));
  }

  /** Creates an object, or with `serverSideApply` applies it (which creates it). */
  async create(
    object: ManifestObject,
    options: { serverSideApply?: boolean } = {},
  ): Promise<void> {
    if (options.serverSideApply) await this.apply(object);
    else
      await this.cluster.objects.create(
        object,
        undefined,
        undefined,
        FIELD_MANAGER,
      );
  }

  /** A server-side apply of the whole object by helm's field manager (creating it if missing). */
  private async apply(object: ManifestObject): Promise<void> {
    await this.raw.patchJson(
      referenceTo(object),
      object as unknown as JsonObject,
      APPLY_PATCH,
      FIELD_MANAGER,
    );
  }

  async deleteIfPresent(object: ManifestObject): Promise<void> {
    try {
      await this.cluster.objects.delete(
        referenceTo(object),
        undefined,
        undefined,
        undefined,
        undefined,
        'Background',
      );
    } catch (error) {
      if (!isKubernetesNotFound(error)) throw error;
    }
  }

  /** Deletes and waits until the object is gone (finalizers), so one of the same name can be created. */
  async deleteAndWait(
    object: ManifestObject,
    timeoutMs: number,
    pollIntervalMs = 100,
  ): Promise<void> {
    await this.deleteIfPresent(object);
    const deadline = Date.now() + timeoutMs;
    while (await this.readLive(object)) {
      if (Date.now() > deadline)
        throw new Error(
          `${object.kind} ${object.metadata.name} was not deleted within ${Math.round(timeoutMs / 1000)} s`,
        );
      await new Promise(resolve => setTimeout(resolve, pollIntervalMs));
    }
  }

  /** The ownership metadata Helm 3.2+ checks before adopting an object. */
  private withOwnership(object: ManifestObject): ManifestObject {
    return {
      ...object,
      metadata: {
        ...object.metadata,
        labels: {
          ...object.metadata.labels,
          'app.kubernetes.io/managed-by': 'Helm',
        },
        annotations: {
          ...object.metadata.annotations,
          'meta.helm.sh/release-name': this.releaseName,
          'meta.helm.sh/release-namespace': this.releaseNamespace,
        },
      },
    };
  }

  private async resourceOf(object: ManifestObject): Promise<V1APIResource> {
    // KubernetesObjectApi keeps `resource` protected but it is the discovery lookup (cached) we need.
    const discovery = this.cluster.objects as unknown as {
      resource(
        apiVersion: string,
        kind: string,
      ): Promise<V1APIResource | undefined>;
    };
    let resource: V1APIResource | undefined;
    try {
      resource = await discovery.resource(object.apiVersion, object.kind);
    } catch (error) {
      // Discovery answers 404 for a group/version it does not serve; that is not "release not found".
      if (!isKubernetesNotFound(error)) throw error;
    }
    if (!resource)
      throw new Error(
        `the cluster does not serve ${object.kind} (${object.apiVersion})`,
      );
    return resource;
  }
}
