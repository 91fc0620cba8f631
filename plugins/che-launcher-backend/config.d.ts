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
  };
}
