export interface Config {
  /** Configuration of the devlake (DORA metrics) plugin. */
  devlake?: {
    /** Environments whose deployments count for DORA. Default: ['prod', 'production']. */
    productionEnvironments?: string[];
    /** Shared secrets that incoming webhooks are verified with, one per source. */
    webhooks?: {
      [source: string]: {
        /** @visibility secret */
        secret: string;
      };
    };
  };
}
