export interface Config {
  /** Configuration of the helm-releases plugin. Clusters come from kubernetes.clusterLocatorMethods. */
  helmReleases?: {
    /** Revisions kept per release when the plugin writes one (0 = unlimited), as `helm --history-max`. Default: 10. */
    maxHistory?: number;
    /** Path of a `helm` binary (v3 or v4); upgrades need it to render charts. Without it, upgrade answers 501. */
    helmBinary?: string;
    /** Seconds one rollback hook (Job or Pod) may run before the rollback fails; positive. Default: 300. */
    hookTimeoutSeconds?: number;
    /** Seconds one `helm upgrade` run may take; positive. Default: 300. */
    upgradeTimeoutSeconds?: number;
    /**
     * Chart repositories an upgrade may take another chart version from (`chart.repository` names
     * one): a Helm repository (`https://…`, serving index.yaml) or an OCI registry (`oci://host/path`).
     */
    chartRepositories?: Array<{
      name: string;
      url: string;
      username?: string;
      /** @visibility secret */
      password?: string;
      /** OCI over plain HTTP, as `helm --plain-http`. Default false. */
      plainHttp?: boolean;
    }>;
  };
}
