export interface Config {
  /** Configuration of the factstore plugin. */
  factstore?: {
    evidence?: {
      /** Largest evidence file (and Kosli attachment) accepted, in bytes. Default: 10485760 (10 MiB). */
      maxBytes?: number;
    };
    /** `predicate.verifier.id` of the SLSA verification summaries that assert returns. Default: https://backstage.io/plugins/factstore */
    verifierId?: string;
    /** Delivery of notification rules through Backstage's notifications service. */
    notifications?: {
      /** Tries per delivery. Default: 3. */
      attempts?: number;
      /** Wait before the second try, in milliseconds; each later wait is four times longer. Default: 1000. */
      retryDelayMs?: number;
    };
    gate?: {
      /**
       * What `POST /api/v1/gate/evaluate` (and Kosli's assert against an environment) answers when
       * no deployment policy applies to the flow and environment: `deny` (default, fail closed)
       * or `allow`.
       */
      whenNoPolicy?: 'deny' | 'allow';
    };
    /** The evidence ledger (an RFC 6962 Merkle log with signed checkpoints). */
    ledger?: {
      /** The checkpoints' origin line and the key's name. Default: `<host of backend.baseUrl>/factstore`. */
      origin?: string;
      /**
       * The Ed25519 key that signs checkpoints and verification summaries: a PKCS#8 PEM, or a note
       * signer key (PRIVATE+KEY+<name>+<hash>+<key>). Unset: a published development key (never
       * for real use).
       * @visibility secret
       */
      signingKey?: string;
      /** A checkpoint is signed at most this often while entries arrive, in milliseconds. Default: 1000. */
      checkpointIntervalMs?: number;
    };
    /** An OPA server for Rego bundles without policy.wasm. */
    opa?: {
      /** Base URL of the OPA REST API, e.g. http://opa:8181. */
      url?: string;
      /**
       * Bearer token OPA expects (its --authentication=token mode).
       * @visibility secret
       */
      token?: string;
      /** Time-out of each call to OPA, in milliseconds; a time-out is a deny. Default: 5000. */
      timeoutMs?: number;
    };
    /** How build provenance is verified (offline: nothing is fetched). */
    provenance?: {
      sigstore?: {
        /** A Sigstore trusted_root.json file. Default: the public-good trust root shipped with @sigstore/tuf. */
        trustedRootPath?: string;
        /** Transparency-log entries a bundle must carry. Default: 1. */
        tlogThreshold?: number;
        /** Certificate-transparency SCTs a signing certificate must carry. Default: 1. */
        ctlogThreshold?: number;
      };
      /** Builder id prefixes trusted for SLSA Build L3. Default: slsa-github-generator's reusable workflows. */
      level3Builders?: string[];
    };
  };
}
