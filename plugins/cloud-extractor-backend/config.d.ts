export interface Config {
  /** Configuration of the cloud-extractor plugin. A provider is enabled only when configured here. */
  cloudExtractor?: {
    providers?: {
      aws?: {
        /** AWS account ids to scan; credentials come from `aws.accounts`. */
        accounts?: string[];
        regions?: string[];
      };
      azure?: {
        subscriptions?: string[];
      };
      gcp?: {
        projects?: string[];
      };
    };
  };
}
