// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

export type paths = {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the plugin can serve (its database answers) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contexts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The configured clusters, in the shape of Porter's kubeconfig contexts */
    get: operations['listContexts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/k8s/namespaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The namespaces of a cluster */
    get: operations['listNamespaces'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest revision of each release, as Porter lists them */
    get: operations['listReleases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/releases/{name}/history': {
    parameters: {
      query?: {
        /** @description The release's namespace (absent or empty = `default`) */
        namespace?: components['parameters']['namespace'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
      };
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    /** Every stored revision of a release, oldest first */
    get: operations['getReleaseHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/releases/{name}/diff': {
    parameters: {
      query?: {
        /** @description The release's namespace (absent or empty = `default`) */
        namespace?: components['parameters']['namespace'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
      };
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    /**
     * What changed between two revisions (default the latest and the one before it)
     * @description Both given: exactly those two (either order). Only `to`: `to` against the revision before
     *     it (the newest one kept below it, normally `to - 1`); 400 naming `to` when there is none
     *     (`to=1`, or the oldest revision kept). Only `from`: `from` against the latest revision (an
     *     empty diff when `from` is the latest). Neither: the latest against the one before it; 404
     *     when the release has no revision before its latest.
     */
    get: operations['diffRelease'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/releases/{name}/operations': {
    parameters: {
      query?: {
        /** @description The release's namespace (absent or empty = `default`) */
        namespace?: components['parameters']['namespace'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
      };
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    /** Who rolled back, recovered or upgraded the release through this plugin, newest first */
    get: operations['listReleaseOperations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/releases/{name}/{revision}': {
    parameters: {
      query?: {
        /** @description The release's namespace (absent or empty = `default`) */
        namespace?: components['parameters']['namespace'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
      };
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
        /** @description The revision number; 0 is the latest deployed revision */
        revision: number;
      };
      cookie?: never;
    };
    /** One revision of a release (0 = the latest deployed) */
    get: operations['getRelease'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/releases/{name}/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Roll a release back to an earlier revision, as `helm rollback` does */
    post: operations['rollbackRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/releases/{name}/recover': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a revision left pending (an interrupted rollback or upgrade) as failed, so the release can be changed again */
    post: operations['recoverRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/releases/{name}/upgrade': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upgrade a release with new values (and optionally another chart version), or show what that would change */
    post: operations['upgradeRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /** @description The Backstage backend's error shape */
    Error: {
      error: {
        name: string;
        message: string;
      } & {
        [key: string]: unknown;
      };
      request: {
        method?: string;
        url?: string;
      };
      response: {
        statusCode: number;
      };
    };
    Health: {
      /** @enum {string} */
      status: 'healthy' | 'unhealthy';
      /** Format: date-time */
      timestamp: string;
      version: string;
    };
    /**
     * @description What Go's strconv.ParseBool accepts (Porter's parser); empty is true
     * @enum {string}
     */
    GoBool:
      | '1'
      | 't'
      | 'T'
      | 'TRUE'
      | 'true'
      | 'True'
      | ''
      | '0'
      | 'f'
      | 'F'
      | 'FALSE'
      | 'false'
      | 'False';
    NamespaceOrEmpty: string;
    /** @description A Kubernetes namespace name */
    Namespace: string;
    /** @enum {string} */
    StorageDriver: 'secret' | 'configmap' | 'memory';
    RevisionNumber: number;
    /**
     * @description Helm's statuses (pkg/release/status.go)
     * @enum {string}
     */
    ReleaseStatus:
      | 'unknown'
      | 'deployed'
      | 'uninstalled'
      | 'superseded'
      | 'failed'
      | 'uninstalling'
      | 'pending-install'
      | 'pending-upgrade'
      | 'pending-rollback';
    Context: {
      /** @description The cluster name, used as `context` */
      name: string;
      server: string;
      cluster: string;
      /** @description Always `serviceAccount`; calls run as the cluster's service account */
      user: string;
      /** @description Whether it is used when a request names no context */
      selected: boolean;
      title: string;
    };
    NamespaceList: {
      metadata: {
        [key: string]: unknown;
      };
      items: {
        metadata: {
          name?: string;
        };
      }[];
    };
    ReleaseInfo: {
      first_deployed?: string;
      last_deployed?: string;
      deleted?: string;
      description?: string;
      /** @description One of ReleaseStatus, or what a newer Helm stored */
      status: string;
      notes?: string;
    };
    ChartFile: {
      name?: string;
      /** @description base64 */
      data?: string;
    };
    /** @description The chart as Helm stores it; unknown fields are kept */
    Chart: {
      metadata?: {
        name?: string;
        version?: string;
        appVersion?: string;
        home?: string;
        sources?: string[];
        description?: string;
        icon?: string;
        apiVersion?: string;
      };
      templates?: components['schemas']['ChartFile'][] | null;
      values?: {
        [key: string]: unknown;
      } | null;
      files?: components['schemas']['ChartFile'][] | null;
    };
    /**
     * @description A release revision exactly as Helm marshals it (pkg/release); the fields listed are the
     *     ones Porter documents, unknown fields are passed through unchanged.
     */
    Release: {
      name: string;
      namespace: string;
      /** @description The revision number */
      version: number;
      info: components['schemas']['ReleaseInfo'];
      chart?: components['schemas']['Chart'];
      /** @description The user values of this revision */
      config?: {
        [key: string]: unknown;
      } | null;
      manifest?: string;
      hooks?:
        | {
            [key: string]: unknown;
          }[]
        | null;
      labels?: {
        [key: string]: string;
      } | null;
    };
    ResourceChange: {
      /** @enum {string} */
      change: 'added' | 'removed' | 'changed';
      apiVersion: string;
      kind: string;
      namespace: string;
      name: string;
      /** @description Unified diff of the object's YAML */
      diff: string;
    };
    TextChange: {
      changed: boolean;
      diff: string;
    };
    ReleaseDiff: {
      name: string;
      namespace: string;
      from: number;
      to: number;
      resources: components['schemas']['ResourceChange'][];
      values: components['schemas']['TextChange'];
      notes: components['schemas']['TextChange'];
    };
    ReleaseOperation: {
      /** @enum {string} */
      operation: 'rollback' | 'upgrade' | 'recover';
      fromRevision?: number;
      toRevision?: number;
      /** @enum {string} */
      outcome: 'succeeded' | 'failed';
      message?: string;
      /** @description The Backstage user or service that asked */
      actor: string;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description Which release storage to act on (every field optional) */
    ReleaseTarget: {
      /** @description The release's namespace (default `default`) */
      namespace?: components['schemas']['Namespace'];
      /** @description A configured cluster name (default the first) */
      context?: string;
      storage?: components['schemas']['StorageDriver'];
    };
    RollbackRequest: components['schemas']['ReleaseTarget'] & {
      /** @description The revision to roll back to (0 or absent = the one before the current) */
      revision?: number;
      /** @description Skip the chart's pre- and post-rollback hooks */
      disableHooks?: boolean;
    };
    UpgradeRequest: components['schemas']['ReleaseTarget'] & {
      /** @description values.yaml text (top level a mapping, or empty); left out, empty, which keeps the previous user values unless resetValues, as helm upgrade without --values */
      values?: string;
      /**
       * @description As `helm upgrade --reuse-values`: the given values are merged over the release's
       *     previous user values, and the previous chart's default values are kept (also when
       *     the chart version changes)
       */
      reuseValues?: boolean;
      /**
       * @description As `helm upgrade --reset-values`: only the given values, over the (new) chart's
       *     default values
       */
      resetValues?: boolean;
      /**
       * @description As `helm upgrade --reset-then-reuse-values`: the given values merged over the
       *     previous user values, over the new chart's default values. Without any of the
       *     three (Helm's default), no values keeps the previous user values and any values
       *     replace them. At most one may be true.
       */
      resetThenReuseValues?: boolean;
      chart?: components['schemas']['ChartReference'];
      /** @description Render and diff only; nothing is written. The answer's `live` compares with the objects on the cluster now */
      dryRun?: boolean;
    };
    /** @description Upgrade to this chart version from a repository of `helmReleases.chartRepositories` (absent = the release's stored chart) */
    ChartReference: {
      /** @description The name of a configured chart repository (HTTP index.yaml or OCI registry) */
      repository: string;
      /** @description The chart's name (default the release's current chart) */
      name?: string;
      /** @description The chart version, exactly as the repository lists it */
      version: string;
    };
    UpgradeOutcome: {
      release: components['schemas']['Release'];
      diff: components['schemas']['ReleaseDiff'];
      dryRun: boolean;
      /**
       * @description Dry run only: each object the upgrade would write against the object live on the
       *     cluster now (the live object cut to the fields the chart sets), and the objects it
       *     would delete that still exist
       */
      live?: components['schemas']['ResourceChange'][];
    };
  };
  responses: {
    /** @description The request is invalid; the message names the field and what is expected, or the unknown cluster */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Missing or invalid Backstage credentials */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The permission policy denied the request, or the cluster's service account may not do it */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such release or revision */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Another operation on the release is in progress (a pending revision), the cluster changed meanwhile, or a stored record the request needs cannot be decoded */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The body is over the limit */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The body is in a charset or Content-Encoding the plugin cannot read */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description A stored record or manifest cannot be used as it is (the cluster's data, not the request) */
    UnprocessableEntity: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Upgrades need a configured `helm` binary (helmReleases.helmBinary) */
    NotImplemented: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The cluster, the helm binary or a chart repository answered with an error */
    BadGateway: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The cluster or the database cannot be reached; retry later */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The cluster or a hook did not answer in time */
    GatewayTimeout: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description The release name (Helm's rule, at most 53 characters) */
    releaseName: string;
    /** @description The release's namespace (absent or empty = `default`) */
    namespace: components['schemas']['NamespaceOrEmpty'];
    /** @description A configured cluster name (absent or empty = the first configured cluster) */
    context: string;
    /** @description Helm's storage driver (default secret) */
    storage: components['schemas']['StorageDriver'];
  };
  requestBodies: never;
  headers: {
    /** @description How many stored records could not be decoded and were left out */
    Undecodable: string;
  };
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Healthy */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Unhealthy (the database does not answer) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  listContexts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One context per configured cluster; the first is the one used when a request names none */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Context'][];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listNamespaces: {
    parameters: {
      query?: {
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The namespaces, in the Kubernetes NamespaceList shape (names only) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NamespaceList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  listReleases: {
    parameters: {
      query?: {
        /** @description Only this namespace (absent or empty = every namespace) */
        namespace?: components['schemas']['NamespaceOrEmpty'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
        /** @description At most this many releases (1-10000, default 256) */
        limit?: number;
        /** @description Skip this many releases first (default 0) */
        skip?: number;
        /** @description Newest deployment first instead of by name (Go's strconv.ParseBool words; a bare `byDate` is true) */
        byDate?: components['schemas']['GoBool'];
        /**
         * @description Only releases in these statuses: repeated, or comma-separated
         *     (unknown, deployed, uninstalled, superseded, failed, uninstalling, pending-install,
         *     pending-upgrade, pending-rollback). Absent or empty (`statusFilter=`, what a client
         *     sends for an empty list) = every status; empty items (`statusFilter=deployed,`) are
         *     left out.
         */
        statusFilter?: string[] | string;
        /** @description Leave out the manifest and the chart's templates and files */
        summary?: components['schemas']['GoBool'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The releases */
      200: {
        headers: {
          'X-Helm-Undecodable': components['headers']['Undecodable'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  getReleaseHistory: {
    parameters: {
      query?: {
        /** @description The release's namespace (absent or empty = `default`) */
        namespace?: components['parameters']['namespace'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
      };
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revisions */
      200: {
        headers: {
          'X-Helm-Undecodable': components['headers']['Undecodable'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  diffRelease: {
    parameters: {
      query?: {
        /** @description The release's namespace (absent or empty = `default`) */
        namespace?: components['parameters']['namespace'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
        /** @description The older revision (default the one before `to`) */
        from?: components['schemas']['RevisionNumber'];
        /** @description The newer revision (default the latest; given alone, it must have a revision before it) */
        to?: components['schemas']['RevisionNumber'];
      };
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The objects, values and notes that differ */
      200: {
        headers: {
          'X-Helm-Undecodable': components['headers']['Undecodable'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseDiff'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  listReleaseOperations: {
    parameters: {
      query?: {
        /** @description The release's namespace (absent or empty = `default`) */
        namespace?: components['parameters']['namespace'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
      };
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The operations (at most 100) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseOperation'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  getRelease: {
    parameters: {
      query?: {
        /** @description The release's namespace (absent or empty = `default`) */
        namespace?: components['parameters']['namespace'];
        /** @description A configured cluster name (absent or empty = the first configured cluster) */
        context?: components['parameters']['context'];
        /** @description Helm's storage driver (default secret) */
        storage?: components['parameters']['storage'];
      };
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
        /** @description The revision number; 0 is the latest deployed revision */
        revision: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revision */
      200: {
        headers: {
          'X-Helm-Undecodable': components['headers']['Undecodable'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['UnprocessableEntity'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  rollbackRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RollbackRequest'];
      };
    };
    responses: {
      /** @description The new revision, deployed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  recoverRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ReleaseTarget'];
      };
    };
    responses: {
      /** @description The revision, now failed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  upgradeRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The release name (Helm's rule, at most 53 characters) */
        name: components['parameters']['releaseName'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['UpgradeRequest'];
      };
    };
    responses: {
      /** @description The new revision (or, for a dry run, the revision that would be written) and the diff */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpgradeOutcome'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      501: components['responses']['NotImplemented'];
      502: components['responses']['BadGateway'];
      503: components['responses']['ServiceUnavailable'];
      504: components['responses']['GatewayTimeout'];
    };
  };
}
