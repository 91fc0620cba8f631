export interface Config {
  /** Configuration of the factstore plugin. */
  factstore?: {
    evidence?: {
      /** Largest evidence file accepted, in bytes. Default: 10485760 (10 MiB). */
      maxBytes?: number;
    };
  };
}
