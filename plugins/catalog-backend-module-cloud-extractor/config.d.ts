export interface Config {
  catalog?: {
    providers?: {
      /** The catalog side of the cloud-extractor plugin. */
      cloudExtractor?: {
        /** How often the catalog reads the plugin's entity feed besides the events that announce news, in seconds (default 60). */
        intervalSeconds?: number;
      };
    };
  };
  /**
   * The scopes the catalog holds entity providers for: the same `cloudExtractor.providers` as
   * the backend that runs the plugin (aws.accounts, azure.subscriptions, gcp.projects).
   */
  cloudExtractor?: {
    providers?: {
      aws?: { accounts?: string[] };
      azure?: { subscriptions?: string[] };
      gcp?: { projects?: string[] };
    };
  };
}
