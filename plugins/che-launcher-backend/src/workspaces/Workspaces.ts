import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  isKubernetesConflict,
  type KubernetesCluster,
  kubernetesClient,
  kubernetesStatusOf,
} from '@fawkes/kubernetes-clusters';
import type * as k8s from '@kubernetes/client-node';
import type { ClusterIdentities } from '../cluster/ClusterIdentities';
import type { LaunchStore } from '../database/LaunchStore';
import type { DevfileValidator } from '../devfiles/DevfileValidator';
import type { DevfileFetcher, HeadersForUrl } from '../fetch/DevfileFetcher';
import { redactedUrl } from '../fetch/redactedUrl';
import {
  ANNOTATIONS,
  DEVWORKSPACE_API,
  DEVWORKSPACE_API_VERSION,
  DEVWORKSPACE_CONFIG_ATTRIBUTE,
  DEVWORKSPACE_TEMPLATES,
  DEVWORKSPACES,
  type DevWorkspace,
  type DevWorkspaceTemplate,
  isCheWorkspace,
} from './cheObjects';
import type { DevEnvironments } from './devEnvironments';
import type { DevfileSources } from './DevfileSources';
import type { DevWorkspaceCache } from './DevWorkspaceCache';
import {
  cheDevWorkspaceConfig,
  devWorkspaceFromDevfile,
} from './devWorkspaceFromDevfile';
import type { Editors } from './editors';
import { DNS_1123_LABEL, MAX_NAME_LENGTH, nameWithSuffix } from './names';
import type { UserNamespaces, WorkspaceOwner } from './UserNamespaces';
import { isMissingObject, workspaceApiError } from './clusterErrors';
import { SortedViews } from './SortedViews';
import { workspaceView, type WorkspaceView } from './workspaceView';

export interface WorkspaceLimits {
  /** Workspaces a user may have; undefined or -1: unlimited (Che's `maxNumberOfWorkspacesPerUser`). */
  maxWorkspacesPerUser?: number;
  /** Started workspaces a user may have (Che's `maxNumberOfRunningWorkspacesPerUser`). */
  maxRunningWorkspacesPerUser?: number;
}

export interface CreateWorkspaceInput {
  devfileUrl?: string;
  entityRef?: string;
  name?: string;
  namespace?: string;
  editor?: string;
  /** Whose credentials read the catalog entity. */
  credentials: BackstageCredentials;
}

/**
 * What a create found out on its way, filled in as it goes so that a create that fails later
 * can still be told about (the audit event): never tokens or devfile contents.
 */
export interface CreateProgress {
  /** The devfile URL, given or read from the entity, without user info, query or fragment. */
  devfileSource?: string;
  /** True when this create made the user's namespace. */
  namespaceProvisioned?: boolean;
}

export interface ListOptions {
  status?: string;
  /** Only workspaces opened from this entity: a full, lower-case entity ref. */
  entityRef?: string;
  limit: number;
  offset: number;
}

export interface WorkspacesOptions {
  cluster: KubernetesCluster;
  namespaces: UserNamespaces;
  fetcher: DevfileFetcher;
  validator: DevfileValidator;
  editors: Editors;
  /** What Che's dashboard adds from the CheCluster's settings. */
  devEnvironments: DevEnvironments;
  sources: DevfileSources;
  launches: LaunchStore;
  limits: WorkspaceLimits;
  logger: LoggerService;
  /** The informer cache lists read from when it is current. */
  cache?: DevWorkspaceCache;
  /** Headers for a devfile fetch hop, e.g. an SCM integration's token for its own host. */
  fetchHeaders?: HeadersForUrl;
  /** When set, DevWorkspace requests act as the user (impersonation). */
  identities?: ClusterIdentities;
}

const UID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIST_PAGE_SIZE = 500;
const dwRef = {
  group: DEVWORKSPACE_API.group,
  version: DEVWORKSPACE_API.version,
  plural: DEVWORKSPACES,
};
/** The options of a JSON merge patch, made on first use: the client is loaded lazily. */
let mergePatchOptions: ReturnType<typeof k8s.setHeaderOptions> | undefined;
function mergePatch() {
  if (!mergePatchOptions) {
    const { setHeaderOptions, PatchStrategy } = kubernetesClient();
    mergePatchOptions = setHeaderOptions(
      'Content-Type',
      PatchStrategy.MergePatch,
    );
  }
  return mergePatchOptions;
}
/** Che's convention: -1 (or no value) is unlimited. */
const limited = (limit?: number) => limit !== undefined && limit >= 0;

/**
 * A user's Che workspaces as DevWorkspace objects in their namespace: created from devfiles the
 * way Che's dashboard does, listed, started, stopped and deleted. The cluster is the source of
 * truth; the launch table indexes workspaceIds and records who launched what.
 */
export class Workspaces {
  constructor(private readonly options: WorkspacesOptions) {}

  async create(
    owner: WorkspaceOwner,
    input: CreateWorkspaceInput,
    progress: CreateProgress = {},
  ): Promise<WorkspaceView> {
    const { cluster, validator, editors, sources, fetcher, launches } =
      this.options;
    if (input.namespace !== undefined && input.namespace !== owner.namespace) {
      throw new InputError(
        `namespace must be ${owner.namespace}, the workspaces namespace of ${owner.userRef}: got ${input.namespace}`,
      );
    }
    if (
      input.name !== undefined &&
      (!DNS_1123_LABEL.test(input.name) || input.name.length > MAX_NAME_LENGTH)
    ) {
      throw new InputError(
        `name must be a DNS-1123 label (lower-case letters, digits and '-', at most ${MAX_NAME_LENGTH}): got ${input.name}`,
      );
    }
    const editor = editors.get(input.editor);
    // Refuse someone else's namespace before fetching anything; it is created only once the devfile is valid.
    await this.options.namespaces.verify(owner);
    const devfileUrl =
      input.devfileUrl ??
      (input.entityRef
        ? await sources.urlOfEntity(input.entityRef, input.credentials)
        : undefined);
    if (!devfileUrl)
      throw new InputError(
        'devfileUrl is required unless entityRef names an entity with a devfile annotation',
      );
    const source = redactedUrl(devfileUrl);
    progress.devfileSource = source;

    const fetched = await fetcher.fetch(devfileUrl, this.options.fetchHeaders);
    const devfile = validator.parse(fetched.content, source ?? 'devfileUrl');
    const base =
      devfile.metadata?.name || devfile.metadata?.generateName || 'workspace';
    const name = input.name ?? nameWithSuffix(String(base));

    if ((await this.options.namespaces.ensure(owner)) === 'created')
      progress.namespaceProvisioned = true;
    const now = new Date();
    const { devWorkspace, editorTemplate } = devWorkspaceFromDevfile({
      devfile,
      devfileContent: fetched.content,
      name,
      namespace: owner.namespace,
      editor,
      devEnvironments: this.options.devEnvironments,
      devfileUrl,
      entityRef: input.entityRef,
      userRef: owner.userRef,
      now,
    });

    const started = await this.withinLimits(owner, { creating: true }, () =>
      this.createInCluster(owner, devWorkspace, editorTemplate),
    );
    try {
      await launches.record({
        userRef: owner.userRef,
        cluster: cluster.name,
        namespace: owner.namespace,
        workspaceName: name,
        workspaceUid: started.metadata.uid!,
        devfileUrl,
        entityRef: input.entityRef,
        createdAt: now,
      });
    } catch (error) {
      await this.removeQuietly(owner, name);
      throw error;
    }
    await this.options.cache?.settled(
      owner.namespace,
      name,
      cached =>
        cached?.metadata.uid === started.metadata.uid &&
        cached?.spec.started === true,
    );
    return justStarted(workspaceView(started), started);
  }

  /**
   * Che's order: the workspace stopped, its editor template owned by it, then started. A
   * workspace whose editor or start failed is removed again: nothing half written.
   */
  private async createInCluster(
    owner: WorkspaceOwner,
    devWorkspace: DevWorkspace,
    editorTemplate: DevWorkspaceTemplate,
  ): Promise<DevWorkspace> {
    const api = await this.objects(owner);
    const { name, namespace } = devWorkspace.metadata;
    let created: DevWorkspace;
    try {
      created = await api.createNamespacedCustomObject({
        ...dwRef,
        namespace,
        body: devWorkspace,
      });
    } catch (error) {
      if (isKubernetesConflict(error)) {
        throw new ConflictError(
          `Workspace with name '${name}' already exists in namespace ${namespace}`,
        );
      }
      throw this.apiError(error, owner);
    }
    try {
      // No blockOwnerDeletion, as Che: where the API server enforces owner references (OpenShift)
      // it needs update on devworkspaces/finalizers, which neither Che nor this plugin is granted.
      editorTemplate.metadata.ownerReferences = [
        {
          apiVersion: DEVWORKSPACE_API_VERSION,
          kind: 'DevWorkspace',
          name,
          uid: created.metadata.uid!,
        },
      ];
      await api.createNamespacedCustomObject({
        group: DEVWORKSPACE_API.group,
        version: DEVWORKSPACE_API.version,
        plural: DEVWORKSPACE_TEMPLATES,
        namespace,
        body: editorTemplate,
      });
      return await api.patchNamespacedCustomObject(
        { ...dwRef, namespace, name, body: { spec: { started: true } } },
        mergePatch(),
      );
    } catch (error) {
      await this.removeQuietly(owner, name);
      throw this.apiError(error, owner);
    }
  }

  async list(
    owner: WorkspaceOwner,
    options: ListOptions,
  ): Promise<{ workspaces: WorkspaceView[]; total: number }> {
    if ((await this.options.namespaces.verify(owner)) === 'missing')
      return { workspaces: [], total: 0 };
    // Sorted once per change of the namespace when the watch cache is current, else now.
    const sorted =
      (await this.options.cache?.views(owner.namespace)) ??
      new SortedViews(await this.listAll(owner, { fresh: true }));
    const matching = sorted.matching(options);
    return {
      workspaces: matching.slice(
        options.offset,
        options.offset + options.limit,
      ),
      total: matching.length,
    };
  }

  async get(owner: WorkspaceOwner, id: string): Promise<WorkspaceView> {
    return workspaceView(await this.find(owner, id));
  }

  async start(owner: WorkspaceOwner, id: string): Promise<WorkspaceView> {
    const dw = await this.find(owner, id);
    const failed = dw.status?.phase === 'Failed';
    // `spec?.`: a DevWorkspace someone made with kubectl may have no spec at all.
    if (dw.spec?.started && !failed) return workspaceView(dw);
    // The operator leaves a Failed workspace alone until its spec changes: stopped first, as Che's
    // dashboard restarts a running one, it no longer counts as running when the limits are checked.
    if (dw.spec?.started)
      await this.setStarted(owner, dw, false, operatorStopped);
    const started = await this.withinLimits(owner, { creating: false }, () =>
      this.setStarted(owner, dw, true),
    );
    return justStarted(workspaceView(started), started);
  }

  async stop(owner: WorkspaceOwner, id: string): Promise<WorkspaceView> {
    const dw = await this.find(owner, id);
    if (!dw.spec?.started) return workspaceView(dw);
    const stopped = await this.setStarted(owner, dw, false);
    return justStopped(workspaceView(stopped), stopped);
  }

  /** Deletes the workspace; answers it as it was just before. */
  async delete(owner: WorkspaceOwner, id: string): Promise<WorkspaceView> {
    const { cluster, launches } = this.options;
    const dw = await this.find(owner, id);
    try {
      await (
        await this.objects(owner)
      ).deleteNamespacedCustomObject({
        ...dwRef,
        namespace: dw.metadata.namespace,
        name: dw.metadata.name,
      });
    } catch (error) {
      if (isMissingObject(error)) throw notFound(id);
      throw this.apiError(error, owner);
    }
    await launches.forget(cluster.name, dw.metadata.uid!);
    await this.options.cache?.settled(
      dw.metadata.namespace,
      dw.metadata.name,
      cached =>
        cached?.metadata.uid !== dw.metadata.uid ||
        !!cached?.metadata.deletionTimestamp,
    );
    return workspaceView(dw);
  }

  /**
   * The owner's workspace of that id: the DevWorkspace uid (looked up in the launch table, else
   * among the namespace's workspaces) or its name. Anything outside the owner's namespace is 404.
   */
  private async find(owner: WorkspaceOwner, id: string): Promise<DevWorkspace> {
    if ((await this.options.namespaces.verify(owner)) === 'missing')
      throw notFound(id);
    if (!UID.test(id)) {
      const named = DNS_1123_LABEL.test(id)
        ? await this.read(owner, id)
        : undefined;
      if (!named) throw notFound(id);
      return named;
    }
    const located = await this.options.launches.locate(
      this.options.cluster.name,
      id,
    );
    if (located?.namespace === owner.namespace) {
      const dw = await this.read(owner, located.workspaceName);
      if (dw?.metadata.uid === id) return dw;
    }
    const found = (await this.listAll(owner)).find(
      dw => dw.metadata.uid === id,
    );
    if (!found) throw notFound(id);
    return found;
  }

  private async read(
    owner: WorkspaceOwner,
    name: string,
  ): Promise<DevWorkspace | undefined> {
    try {
      const api = await this.objects(owner);
      const dw: DevWorkspace = await api.getNamespacedCustomObject({
        ...dwRef,
        namespace: owner.namespace,
        name,
      });
      return isCheWorkspace(dw) ? dw : undefined;
    } catch (error) {
      if (isMissingObject(error)) return undefined;
      throw this.apiError(error, owner);
    }
  }

  /** The namespace's workspaces: from the watch cache when current, unless `fresh` asks for the cluster's word. */
  private async listAll(
    owner: WorkspaceOwner,
    { fresh = false } = {},
  ): Promise<DevWorkspace[]> {
    const cached = fresh
      ? undefined
      : await this.options.cache?.list(owner.namespace);
    if (cached) return cached;
    const items: DevWorkspace[] = [];
    let _continue: string | undefined;
    try {
      const api = await this.objects(owner);
      do {
        const page: {
          items: DevWorkspace[];
          metadata?: { continue?: string };
        } = await api.listNamespacedCustomObject({
          ...dwRef,
          namespace: owner.namespace,
          limit: LIST_PAGE_SIZE,
          _continue,
        });
        items.push(...page.items);
        _continue = page.metadata?.continue || undefined;
      } while (_continue);
    } catch (error) {
      // Listing a namespace that does not exist answers an empty list: a 404 here means no DevWorkspace API.
      throw this.apiError(error, owner);
    }
    return items.filter(isCheWorkspace);
  }

  /**
   * Runs a create or start after checking the owner's limits, under the owner's database row
   * lock, so concurrent requests on any replica cannot both pass a check that only one of them
   * may pass. The count is read from the cluster, not the cache, which may lag another replica.
   */
  private async withinLimits<T>(
    owner: WorkspaceOwner,
    options: { creating: boolean },
    write: () => Promise<T>,
  ): Promise<T> {
    const { maxWorkspacesPerUser, maxRunningWorkspacesPerUser } =
      this.options.limits;
    if (!limited(maxWorkspacesPerUser) && !limited(maxRunningWorkspacesPerUser))
      return write();
    return this.options.launches.withOwnerLock(
      `${this.options.cluster.name}/${owner.namespace}`,
      async () => {
        await this.checkLimits(owner, options);
        return write();
      },
    );
  }

  private async checkLimits(
    owner: WorkspaceOwner,
    { creating }: { creating: boolean },
  ) {
    const { maxWorkspacesPerUser, maxRunningWorkspacesPerUser } =
      this.options.limits;
    const existing = (await this.listAll(owner, { fresh: true })).filter(
      dw => !dw.metadata.deletionTimestamp,
    );
    if (
      creating &&
      limited(maxWorkspacesPerUser) &&
      existing.length >= maxWorkspacesPerUser!
    ) {
      throw new ConflictError(
        `cheLauncher.limits.maxWorkspacesPerUser is ${maxWorkspacesPerUser} and ${owner.userRef} has ${existing.length} workspaces: delete one first`,
      );
    }
    const running = existing.filter(dw => dw.spec?.started === true).length;
    if (
      limited(maxRunningWorkspacesPerUser) &&
      running >= maxRunningWorkspacesPerUser!
    ) {
      throw new ConflictError(
        `cheLauncher.limits.maxRunningWorkspacesPerUser is ${maxRunningWorkspacesPerUser} and ${owner.userRef} has ${running} running: stop one first`,
      );
    }
  }

  /** Patches `spec.started`; waits until the cache shows the change and, when given, `settledWhen` holds. */
  private async setStarted(
    owner: WorkspaceOwner,
    dw: DevWorkspace,
    started: boolean,
    settledWhen?: (cached: DevWorkspace) => boolean,
  ): Promise<DevWorkspace> {
    const { cache } = this.options;
    try {
      const patched: DevWorkspace = await (
        await this.objects(owner)
      ).patchNamespacedCustomObject(
        {
          ...dwRef,
          namespace: dw.metadata.namespace,
          name: dw.metadata.name,
          body: {
            metadata: {
              annotations: {
                [ANNOTATIONS.lastUpdated]: new Date().toISOString(),
              },
            },
            spec: { started, ...this.cheConfigPatch(dw, started) },
          },
        },
        mergePatch(),
      );
      await cache?.settled(
        dw.metadata.namespace,
        dw.metadata.name,
        cached =>
          cached?.spec?.started === started &&
          (!settledWhen || settledWhen(cached)),
      );
      return patched;
    } catch (error) {
      if (isMissingObject(error)) throw notFound(dw.metadata.name);
      throw this.apiError(error, owner);
    }
  }

  /**
   * As Che's dashboard on every start: point a workspace without it at Che's operator config,
   * so workspaces made elsewhere also get the CheCluster's settings.
   */
  private cheConfigPatch(
    dw: DevWorkspace,
    started: boolean,
  ): { template?: { attributes: Record<string, unknown> } } {
    const cheConfig = cheDevWorkspaceConfig(this.options.devEnvironments);
    if (
      !started ||
      !cheConfig ||
      dw.spec?.template?.attributes?.[DEVWORKSPACE_CONFIG_ATTRIBUTE] !==
        undefined
    )
      return {};
    return {
      template: { attributes: { [DEVWORKSPACE_CONFIG_ATTRIBUTE]: cheConfig } },
    };
  }

  /** The DevWorkspace client for the owner's requests: acting as them when impersonation is on. */
  private async objects(owner: WorkspaceOwner): Promise<k8s.CustomObjectsApi> {
    const { cluster, identities } = this.options;
    return identities
      ? identities.customObjectsFor(cluster, owner.userRef)
      : cluster.customObjects;
  }

  /**
   * A failed DevWorkspace call. Acting as the user, a 403 is the cluster's RBAC refusing that
   * user, which the user must hear as such, not as the plugin's misconfiguration (502).
   */
  private apiError(error: unknown, owner: WorkspaceOwner): Error {
    const status = kubernetesStatusOf(error);
    if (this.options.identities && status?.code === 403) {
      return new NotAllowedError(
        `Kubernetes cluster "${this.options.cluster.name}" does not let ${owner.userRef} do this: ${status.message ?? 'Forbidden'}`,
      );
    }
    return workspaceApiError(error, this.options.cluster.name);
  }

  private async removeQuietly(owner: WorkspaceOwner, name: string) {
    const { namespace } = owner;
    try {
      await (
        await this.objects(owner)
      ).deleteNamespacedCustomObject({
        ...dwRef,
        namespace,
        name,
      });
    } catch (error) {
      this.options.logger.warn(
        `Could not remove workspace ${namespace}/${name} after a failed create: ${(error as Error).message}`,
      );
    }
  }
}

/** Right after we set `spec.started`, a Stopped or Failed phase is stale: the operator is starting it. */
function justStarted(view: WorkspaceView, dw: DevWorkspace): WorkspaceView {
  const phase = dw.status?.phase;
  // Stopping too: the operator starts it again once it has stopped, and the caller asked to start.
  return !phase ||
    phase === 'Stopped' ||
    phase === 'Failed' ||
    phase === 'Stopping'
    ? { ...withoutMessage(view), status: 'Starting', ideUrl: null }
    : view;
}

/** Right after we clear `spec.started`, an active phase is stale: the operator is stopping it. */
function justStopped(view: WorkspaceView, dw: DevWorkspace): WorkspaceView {
  const phase = dw.status?.phase;
  return phase === 'Starting' || phase === 'Running' || phase === 'Failing'
    ? { ...withoutMessage(view), status: 'Stopping' }
    : view;
}

/** The operator's word that a workspace is stopped: Stopped, or Failed with its Started condition False. */
function operatorStopped(dw: DevWorkspace): boolean {
  const phase = dw.status?.phase;
  const startedCondition = dw.status?.conditions?.find(
    c => c.type === 'Started',
  );
  return (
    phase === 'Stopped' ||
    (phase === 'Failed' && startedCondition?.status === 'False')
  );
}

/** A failure message belongs to the phase it came with, which the answer no longer reports. */
function withoutMessage({ message: _, ...view }: WorkspaceView): WorkspaceView {
  return view;
}

function notFound(id: string) {
  return new NotFoundError(`Workspace not found: ${id}`);
}
