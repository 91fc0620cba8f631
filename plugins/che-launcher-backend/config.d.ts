export interface Config {
  /** Configuration of the che-launcher plugin. */
  cheLauncher?: {
    /** Name of the configured Kubernetes cluster that runs Che (kubernetes.clusterLocatorMethods). Default: the first. */
    cluster?: string;
    /** Golden-path devfiles offered to developers. */
    devfiles?: Array<{
      name: string;
      displayName?: string;
      description?: string;
      url: string;
      tags?: string[];
    }>;
    /** Each user's workspaces namespace, as CheCluster spec.devEnvironments.defaultNamespace. */
    namespace?: {
      /** Template with <username> (the user entity's name) or <userid> (<namespace>-<name>). Default: <username>-che. */
      template?: string;
      /** Create the namespace when missing, labelled and annotated as Che does. Default: true. */
      autoProvision?: boolean;
    };
    /**
     * Act on the cluster as the user: DevWorkspace requests carry Impersonate-User (the user
     * entity's name) and Impersonate-Group (the groups it is a member of), so the DevWorkspace
     * operator's creator and Kubernetes RBAC see the user. The service account then needs the
     * `impersonate` verb on users and groups; namespaces are still provisioned by it.
     */
    impersonation?: {
      /** Default: false (the service account acts). */
      enabled?: boolean;
      /** Prepended to the user name, as the API server's --oidc-username-prefix. Default: none. */
      userPrefix?: string;
      /** Prepended to each group name, as --oidc-groups-prefix. Default: none. */
      groupPrefix?: string;
    };
    /** Per-user limits, enforced on create and start with a 409; -1 or absent: unlimited. */
    limits?: {
      maxWorkspacesPerUser?: number;
      maxRunningWorkspacesPerUser?: number;
    };
    /**
     * Che's namespace (Che: eclipse-che, Dev Spaces: openshift-devspaces). When set, workspaces use
     * the DevWorkspaceOperatorConfig `devworkspace-config` che-operator writes there from the
     * CheCluster, as workspaces Che's dashboard starts do. Default: none (the operator's global config).
     */
    cheNamespace?: string;
    /** CheCluster spec.devEnvironments.storage.pvcStrategy: common, per-user, per-workspace or ephemeral. Default: per-user. */
    pvcStrategy?: string;
    /**
     * CheCluster spec.devEnvironments.defaultComponents: the components of a devfile that has
     * neither components nor a parent. Default: Che's, the Universal Developer Image. The image
     * of its first container is also that of the `dev` container added to a devfile none of
     * whose containers mounts the sources.
     */
    defaultComponents?: Array<{ [key: string]: unknown }>;
    /**
     * Che Code, the default editor: its image pinned to a released tag (or `sha256:` digest),
     * never `latest`, so running workspaces do not change editor under their users.
     */
    cheCode?: {
      /** Image repository. Default: quay.io/che-incubator/che-code. */
      image?: string;
      /** Released tag or sha256 digest. Default: the release this plugin is tested with. */
      version?: string;
    };
    /** CHE_DASHBOARD_URL of editor containers: Che's dashboard, as its editors link back to it. */
    dashboardUrl?: string;
    /** CHE_PLUGIN_REGISTRY_URL of editor containers. */
    pluginRegistryUrl?: string;
    /** CHE_PLUGIN_REGISTRY_INTERNAL_URL of editor containers (the in-cluster address). */
    pluginRegistryInternalUrl?: string;
    /** OPENVSX_REGISTRY_URL of editor containers: where the editor installs extensions from. */
    openVsxRegistryUrl?: string;
    /** Editor id used when a request names none. Default: che-incubator/che-code/latest. */
    defaultEditor?: string;
    /** Editors besides Che Code: the DevWorkspaceTemplate spec each contributes. */
    editors?: Array<{
      /** Che editor id, e.g. che-incubator/che-idea/latest. */
      id: string;
      /** Prefix of the DevWorkspaceTemplate name (<name>-<workspace>). */
      name: string;
      /** DevWorkspaceTemplate spec: components, commands, events. */
      template: { [key: string]: unknown };
    }>;
    /**
     * Keep every DevWorkspace of the cluster in memory through one watch (started by the first
     * workspace request), so lists read memory.
     * Needs list/watch on devworkspaces in all namespaces; without it lists read the cluster. Default: true.
     */
    watchCache?: boolean;
    /** How devfiles are fetched from user-given URLs. */
    devfileFetch?: {
      /** Only these hosts (exact, or *.example.com); default: any public host. */
      allowedHosts?: string[];
      /** Allow private, loopback and link-local addresses: local testing only. */
      allowPrivateNetworks?: boolean;
      /** Extra trusted CA certificates (PEM) for devfile hosts. */
      extraCaCertificates?: string[];
    };
  };
}
