import type { Config } from '@backstage/config';
import { ConflictError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { isKubernetesConflict, isKubernetesNotFound, type KubernetesCluster, toBackstageError } from '@fawkes/kubernetes-clusters';
import { ANNOTATIONS, NAMESPACE_LABELS } from './cheObjects';
import { sanitizeName } from './names';

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
  /** Namespaces seen to exist: saves a GET per create. A cache only; the cluster decides. */
  private readonly known = new Set<string>();

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

  /** Makes sure the owner's namespace exists, creating it when allowed. */
  async ensure(owner: WorkspaceOwner): Promise<void> {
    if (this.known.has(owner.namespace)) return;
    try {
      await this.cluster.core.readNamespace({ name: owner.namespace });
      this.known.add(owner.namespace);
      return;
    } catch (error) {
      if (!isKubernetesNotFound(error)) throw toBackstageError(error, this.cluster.name);
    }
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
            annotations: { [ANNOTATIONS.namespaceUsername]: owner.username },
          },
        },
      });
    } catch (error) {
      if (!isKubernetesConflict(error)) throw toBackstageError(error, this.cluster.name);
    }
    this.known.add(owner.namespace);
  }
}
