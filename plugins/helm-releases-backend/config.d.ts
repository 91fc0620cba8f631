export interface Config {
  /** Configuration of the helm-releases plugin. Clusters come from kubernetes.clusterLocatorMethods. */
  helmReleases?: {
    /** Revisions kept per release when the plugin writes one (0 = unlimited), as `helm --history-max`. Default: 10. */
    maxHistory?: number;
    /** Path of a `helm` binary; upgrades need it to render charts. */
    helmBinary?: string;
  };
}
