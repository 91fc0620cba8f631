import type { Config } from '@backstage/config';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { isKubernetesConflict, isKubernetesNotFound, type KubernetesCluster } from '@fawkes/kubernetes-clusters';
import { ANNOTATIONS, NAMESPACE_LABELS } from './cheObjects';
import { sanitizeName } from './names';
import { clusterError } from './clusterErrors';

export const DEFAULT_NAMESPACE_TEMPLATE = '<username>-che';

/** Whose workspaces a request is about: the Backstage user and the namespace their workspaces live in. */
export interface WorkspaceOwner {
  userRef: string;
  username: string;
  namespace: string;
}

/**
 * Each user's workspaces namespace, rendered from a template as Che does (`<username>-che`,
 * Dev Spaces `<username>-devspaces`) and created when missing if auto-provisioning is on,
 * with the labels and annotation Che puts on it.
 */
export class UserNamespaces {
  /** Owner annotation of namespaces seen to exist (null: none): saves a GET per request. */
  private readonly owners = new Map<string, string | null>();

  static fromConfig(config: Config, cluster: KubernetesCluster): UserNamespaces {
    const template = config.getOptionalString('cheLauncher.namespace.template') ?? DEFAULT_NAMESPACE_TEMPLATE;
    if (!template.includes('<username>') && !template.includes('<userid>')) {
      throw new Error(`cheLauncher.namespace.template "${template}" must contain <username> or <userid>: each user needs their own namespace`);
    }
    return new UserNamespaces(cluster, template, config.getOptionalBoolean('cheLauncher.namespace.autoProvision') ?? true);
  }

  constructor(
    private readonly cluster: KubernetesCluster,
    private readonly template: string,
    private readonly autoProvision: boolean,
  ) {}

  ownerOf(userRef: string): WorkspaceOwner {
    const { name, namespace } = parseEntityRef(userRef);
    const username = sanitizeName(name);
    const userid = sanitizeName(`${namespace}-${name}`);
    const rendered = this.template.replace(/<username>/g, username).replace(/<userid>/g, userid);
    return { userRef, username: name, namespace: sanitizeName(rendered) };
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
        const namespace = await this.cluster.core.readNamespace({ name: owner.namespace });
        annotated = namespace.metadata?.annotations?.[ANNOTATIONS.namespaceOwner] ?? null;
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
            annotations: { [ANNOTATIONS.namespaceUsername]: owner.username, [ANNOTATIONS.namespaceOwner]: owner.userRef },
          },
        },
      });
      this.owners.set(owner.namespace, owner.userRef);
      return 'created';
    } catch (error) {
      if (!isKubernetesConflict(error)) throw clusterError(error, this.cluster.name);
      // Created meanwhile, by another request or replica: it must still be this owner's.
      await this.verify(owner);
      return 'existed';
    }
  }
}
