export interface Config {
  /** Configuration of the factstore plugin. */
  factstore?: {
    evidence?: {
      /** Largest evidence file (and Kosli attachment) accepted, in bytes. Default: 10485760 (10 MiB). */
      maxBytes?: number;
    };
    /** `predicate.verifier.id` of the SLSA verification summaries that assert returns. Default: https://backstage.io/plugins/factstore */
    verifierId?: string;
    gate?: {
      /**
       * What `POST /api/v1/gate/evaluate` (and Kosli's assert against an environment) answers when
       * no deployment policy applies to the flow and environment: `deny` (default, fail closed)
       * or `allow`.
       */
      whenNoPolicy?: 'deny' | 'allow';
    };
  };
}
