export interface Config {
  /** The example permission policy of this backend (ConfiguredPermissionPolicy). */
  permissionPolicy?: {
    /** Permission names to deny, or prefixes ending in `*` (e.g. `helm.release.*`). Empty: allow all. */
    deny?: string[];
    /** User entity refs that are never denied. */
    admins?: string[];
  };
  /** The local in-memory Kubernetes API server. */
  kubernetesSimulator?: {
    /** Default true when the block is present. */
    enabled?: boolean;
    host?: string;
    /** Default 7080. */
    port?: number;
    /**
     * Bearer token the simulator accepts; the cluster entry in kubernetes.clusterLocatorMethods uses it.
     * @visibility secret
     */
    token: string;
    /** Accept requests without a token (kubectl sends none over plain HTTP). Only ever on 127.0.0.1. */
    allowAnonymous?: boolean;
    /** YAML or JSON files of objects to start with, relative to packages/backend. */
    seed?: string[];
    devWorkspace?: {
      startDelayMs?: number;
      stopDelayMs?: number;
      routingBaseUrl?: string;
    };
  };
}
