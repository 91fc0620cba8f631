import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  isKubernetesConflict,
  isKubernetesNotFound,
  kubernetesStatusOf,
  type KubernetesCluster,
} from '@fawkes/kubernetes-clusters';
import { ANNOTATIONS, NAMESPACE_LABELS } from './cheObjects';
import { userNamespaceName } from './names';
import { clusterError } from './clusterErrors';

export const DEFAULT_NAMESPACE_TEMPLATE = '<username>-che';
/** How long a user's prepared namespace (or that there is none) is remembered. */
const PREPARED_NAMESPACE_TTL_MS = 30_000;
const NAMESPACE_SELECTOR = Object.entries(NAMESPACE_LABELS)
  .map(([key, value]) => `${key}=${value}`)
  .join(',');

/** Whose workspaces a request is about: the Backstage user and the namespace their workspaces live in. */
export interface WorkspaceOwner {
  userRef: string;
  username: string;
  namespace: string;
}

/**
 * Each user's workspaces namespace, found as Che finds it: a namespace with Che's workspaces
 * labels annotated with the user's name (one an administrator prepared), else rendered from a
 * template (`<username>-che`, Dev Spaces `<username>-devspaces`) and created when missing if
 * auto-provisioning is on, with the labels and annotation Che puts on it.
 */
export class UserNamespaces {
  /** Owner annotation of namespaces seen to exist (null: none): saves a GET per request. */
  private readonly owners = new Map<string, string | null>();
  /** The prepared namespace of a username (null: none), and until when that holds. */
  private readonly prepared = new Map<
    string,
    { namespace: string | null; until: number }
  >();
  /** False once the cluster refused to list namespaces: the template alone decides then. */
  private mayListNamespaces = true;

  static fromConfig(
    config: Config,
    cluster: KubernetesCluster,
    logger: LoggerService,
  ): UserNamespaces {
    const template =
      config.getOptionalString('cheLauncher.namespace.template') ??
      DEFAULT_NAMESPACE_TEMPLATE;
    if (!template.includes('<username>') && !template.includes('<userid>')) {
      throw new Error(
        `cheLauncher.namespace.template "${template}" must contain <username> or <userid>: each user needs their own namespace`,
      );
    }
    return new UserNamespaces(
      cluster,
      template,
      config.getOptionalBoolean('cheLauncher.namespace.autoProvision') ?? true,
      logger,
    );
  }

  constructor(
    private readonly cluster: KubernetesCluster,
    private readonly template: string,
    private readonly autoProvision: boolean,
    private readonly logger?: LoggerService,
  ) {}

  async ownerOf(userRef: string): Promise<WorkspaceOwner> {
    const { name, namespace } = parseEntityRef(userRef);
    const rendered = userNamespaceName(this.template, {
      username: name,
      userid: `${namespace}-${name}`,
    });
    // Che's username annotation carries no entity namespace: a template with <userid> says that
    // names repeat across entity namespaces, so the annotation cannot tell those users apart.
    const prepared = this.template.includes('<userid>')
      ? undefined
      : await this.preparedNamespace(name, rendered);
    return { userRef, username: name, namespace: prepared ?? rendered };
  }

  /**
   * The namespace prepared for a username, as che-server looks for it: labelled as a Che
   * workspaces namespace and annotated `che.eclipse.org/username: <username>`. Among several,
   * the rendered name wins, else the first by name.
   */
  private async preparedNamespace(
    username: string,
    rendered: string,
  ): Promise<string | undefined> {
    const known = this.prepared.get(username);
    if (known && known.until > Date.now()) return known.namespace ?? undefined;
    if (!this.mayListNamespaces) return undefined;
    let names: string[];
    try {
      const list = await this.cluster.core.listNamespace({
        labelSelector: NAMESPACE_SELECTOR,
      });
      names = list.items
        .filter(
          ns =>
            ns.metadata?.annotations?.[ANNOTATIONS.namespaceUsername] ===
              username && !ns.metadata?.deletionTimestamp,
        )
        .map(ns => ns.metadata!.name!)
        .sort();
    } catch (error) {
      if (kubernetesStatusOf(error)?.code !== 403)
        throw clusterError(error, this.cluster.name);
      this.mayListNamespaces = false;
      this.logger?.warn(
        `Kubernetes cluster "${this.cluster.name}" does not let che-launcher list namespaces: namespaces prepared for users are not looked up, cheLauncher.namespace.template alone names them`,
      );
      return undefined;
    }
    const namespace = names.includes(rendered) ? rendered : (names[0] ?? null);
    this.prepared.set(username, {
      namespace,
      until: Date.now() + PREPARED_NAMESPACE_TTL_MS,
    });
    return namespace ?? undefined;
  }

  /**
   * Refuses a namespace that belongs to another Backstage user: two user refs can render to the
   * same name (`jane.doe` and `jane_doe`, or the same name in two entity namespaces). Namespaces
   * this plugin creates carry their owner's ref; Che's own carry only the username and pass.
   */
  async verify(owner: WorkspaceOwner): Promise<'exists' | 'missing'> {
    let annotated = this.owners.get(owner.namespace);
    if (annotated === undefined) {
      try {
        const namespace = await this.cluster.core.readNamespace({
          name: owner.namespace,
        });
        annotated =
          namespace.metadata?.annotations?.[ANNOTATIONS.namespaceOwner] ?? null;
        this.owners.set(owner.namespace, annotated);
      } catch (error) {
        if (isKubernetesNotFound(error)) return 'missing';
        throw clusterError(error, this.cluster.name);
      }
    }
    if (annotated && annotated !== owner.userRef) {
      throw new NotAllowedError(
        `Namespace ${owner.namespace} belongs to another user: two user names map to it; use <userid> in cheLauncher.namespace.template`,
      );
    }
    return 'exists';
  }

  /** Makes sure the owner's namespace exists and is theirs, creating it when allowed; says whether this call created it. */
  async ensure(owner: WorkspaceOwner): Promise<'existed' | 'created'> {
    // Read afresh before writing into it: the namespace may have been deleted since it was cached.
    this.owners.delete(owner.namespace);
    if ((await this.verify(owner)) === 'exists') return 'existed';
    if (!this.autoProvision) {
      throw new ConflictError(
        `Namespace ${owner.namespace} for ${owner.userRef} does not exist and cheLauncher.namespace.autoProvision is false: ask an administrator to provision it`,
      );
    }
    try {
      await this.cluster.core.createNamespace({
        body: {
          metadata: {
            name: owner.namespace,
            labels: { ...NAMESPACE_LABELS },
            annotations: {
              [ANNOTATIONS.namespaceUsername]: owner.username,
              [ANNOTATIONS.namespaceOwner]: owner.userRef,
            },
          },
        },
      });
      this.owners.set(owner.namespace, owner.userRef);
      return 'created';
    } catch (error) {
      if (!isKubernetesConflict(error))
        throw clusterError(error, this.cluster.name);
      // Created meanwhile, by another request or replica: it must still be this owner's.
      await this.verify(owner);
      return 'existed';
    }
  }
}
