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
    /** Outbound requests of the integrations (webhooks, Slack) go through the suite's SSRF guard. */
    outbound?: {
      /**
       * Exact addresses exempt from the guard, e.g. an internal service; plain http is allowed only
       * to these. Empty by default: only public https destinations.
       */
      allowedAddresses?: string[];
      /** Time-out of each outbound request, in milliseconds. Default: 10000. */
      timeoutMs?: number;
    };
    /** Incoming CI webhooks and the signing of outbound ones. */
    webhooks?: {
      /** `POST /api/v1/webhooks/{source}`: a source without a secret refuses every delivery. */
      incoming?: {
        github?: {
          /**
           * The GitHub webhook's secret (X-Hub-Signature-256).
           * @visibility secret
           */
          secret?: string;
        };
        gitlab?: {
          /**
           * The GitLab webhook's secret token (X-Gitlab-Token).
           * @visibility secret
           */
          secret?: string;
        };
        jenkins?: {
          /**
           * Signs Jenkins deliveries (X-Hub-Signature-256), or is sent as Authorization: Bearer.
           * @visibility secret
           */
          secret?: string;
        };
        generic?: {
          /**
           * Signs OpenFactstore's generic deliveries (X-Hub-Signature-256 or X-Webhook-Signature).
           * @visibility secret
           */
          secret?: string;
        };
      };
      outgoing?: {
        /**
         * Signs every outbound delivery (X-Factstore-Signature-256 over "<timestamp>.<body>");
         * without it nothing is sent.
         * @visibility secret
         */
        signingSecret?: string;
      };
    };
    /** The Slack app: slash commands, buttons and incoming webhooks. */
    slack?: {
      /**
       * The Slack app's signing secret, which verifies /commands and /actions.
       * @visibility secret
       */
      signingSecret?: string;
      /**
       * Slack incoming webhook URLs by a name of your choice; an organisation's Slack
       * configuration names one as its `channel`.
       * @visibility secret
       */
      incomingWebhooks?: { [name: string]: string };
    };
    /** HashiCorp Vault's KV v2 engine, where `/api/v1/evidence/{entityType}/{entityId}` keeps evidence. */
    vault?: {
      /** Vault's address, e.g. https://vault.example.com:8200 (through the outbound guard). */
      url: string;
      /**
       * A Vault token whose policy allows create, read, delete and list on
       * `<mount>/data/evidence/*` and `<mount>/metadata/evidence/*`.
       * @visibility secret
       */
      token: string;
      /** The KV v2 engine's mount. Default: secret. */
      mount?: string;
      /** Vault Enterprise namespace (X-Vault-Namespace). */
      namespace?: string;
    };
    /** The Jira Cloud site tickets for non-compliant trails are created in (REST API v3). */
    jira?: {
      /** e.g. https://example.atlassian.net */
      baseUrl: string;
      /** The account's e-mail address (basic auth with the API token). */
      email: string;
      /**
       * The account's Atlassian API token.
       * @visibility secret
       */
      apiToken: string;
    };
    /** The Confluence Cloud site compliance report pages are published to. */
    confluence?: {
      /** e.g. https://example.atlassian.net (the API is under /wiki/rest/api) */
      baseUrl: string;
      email: string;
      /**
       * The account's Atlassian API token.
       * @visibility secret
       */
      apiToken: string;
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
      /** Builder identity prefixes trusted for SLSA Build L3, matched against the verified signing certificate identity (the provenance must name the same builder). Default: slsa-github-generator's reusable workflows. */
      level3Builders?: string[];
    };
  };
}
