import type { AuthService } from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  type KubernetesCluster,
  kubernetesClient,
} from '@fawkes/kubernetes-clusters';
import type * as k8s from '@kubernetes/client-node';
import {
  type ClusterIdentity,
  impersonatingHttpLibrary,
} from './impersonatingHttp';

/**
 * An entity's name as the cluster sees it: the bare name in the catalog's default namespace (what
 * OIDC logins carry), `namespace/name` elsewhere, so `user:team-a/jane` and `user:team-b/jane` are
 * two people on the cluster too.
 */
function clusterName(ref: { namespace: string; name: string }): string {
  return ref.namespace === 'default'
    ? ref.name
    : `${ref.namespace}/${ref.name}`;
}

/** How long a user's groups are remembered: catalog changes reach the cluster within this. */
const IDENTITY_TTL_MS = 30_000;

export interface ImpersonationOptions {
  /** Prepended to the user name, as the API server's `--oidc-username-prefix`. */
  userPrefix: string;
  /** Prepended to each group name, as `--oidc-groups-prefix`. */
  groupPrefix: string;
}

/**
 * Acting on the cluster as the Backstage user (`cheLauncher.impersonation`): requests about a
 * user's workspaces carry `Impersonate-User` (the user entity's name) and `Impersonate-Group`
 * (the groups the user entity is a member of), so the DevWorkspace operator's creator and
 * Kubernetes RBAC see the user, not the plugin's service account.
 */
export class ClusterIdentities {
  private readonly known = new Map<
    string,
    { identity: ClusterIdentity; until: number }
  >();

  static fromConfig(
    config: Config,
    deps: { catalog: CatalogService; auth: AuthService },
  ): ClusterIdentities | undefined {
    const impersonation = config.getOptionalConfig('cheLauncher.impersonation');
    if (!impersonation?.getOptionalBoolean('enabled')) return undefined;
    return new ClusterIdentities(deps.catalog, deps.auth, {
      userPrefix: impersonation.getOptionalString('userPrefix') ?? '',
      groupPrefix: impersonation.getOptionalString('groupPrefix') ?? '',
    });
  }

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly options: ImpersonationOptions,
  ) {}

  /** The user as the cluster should see them: name and groups from their catalog entity. */
  async identityOf(userRef: string): Promise<ClusterIdentity> {
    const user = parseEntityRef(stringifyEntityRef(parseEntityRef(userRef)));
    const key = stringifyEntityRef(user);
    const cached = this.known.get(key);
    if (cached && cached.until > Date.now()) return cached.identity;
    const entity = await this.catalog.getEntityByRef(userRef, {
      credentials: await this.auth.getOwnServiceCredentials(),
    });
    // A user without a catalog entity (sign-in without one) acts with no groups of their own.
    const groups = (entity?.relations ?? [])
      .filter(r => r.type === RELATION_MEMBER_OF)
      .map(r => parseEntityRef(r.targetRef))
      .filter(ref => ref.kind.toLowerCase() === 'group')
      .map(ref => `${this.options.groupPrefix}${clusterName(ref)}`);
    const identity = {
      user: `${this.options.userPrefix}${clusterName(user)}`,
      groups: [...new Set(groups)].sort(),
    };
    this.known.set(key, {
      identity,
      until: Date.now() + IDENTITY_TTL_MS,
    });
    return identity;
  }

  /** A DevWorkspace client that acts as the user. */
  async customObjectsFor(
    cluster: KubernetesCluster,
    userRef: string,
  ): Promise<k8s.CustomObjectsApi> {
    const identity = await this.identityOf(userRef);
    const server = cluster.kubeConfig.getCurrentCluster()!.server;
    const { CustomObjectsApi, createConfiguration, ServerConfiguration } =
      kubernetesClient();
    return new CustomObjectsApi(
      createConfiguration({
        baseServer: new ServerConfiguration(server, {}),
        authMethods: { default: cluster.kubeConfig },
        httpApi: impersonatingHttpLibrary(identity),
      }),
    );
  }
}
