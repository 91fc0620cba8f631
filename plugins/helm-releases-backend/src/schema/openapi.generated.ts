// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import {
  specRouter,
  specValidatorOptions,
  validatedOnFirstRequest,
  type EndpointMapOf,
} from '@fawkes/backend-http';
import type { paths } from '@fawkes/plugin-helm-releases-common';

/** The plugin's OpenAPI spec, served by the router at `/openapi.json`. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'helm-releases',
    version: '0.1.0',
    description:
      'Helm releases on the configured Kubernetes clusters: list, history, one revision, diff,\nrollback, recover and upgrade. Served at `/api/helm-releases`; the `/api/releases…` and\n`/api/k8s/namespaces` paths are seed 004\'s (Porter) routes, kept verbatim. A Porter kubeconfig\n"context" is a configured cluster name (`kubernetes.clusterLocatorMethods`). Every route needs\nBackstage credentials except `GET /health`. Unknown query parameters are ignored, as Porter\'s\nGo server does.\n',
    license: {
      name: 'Apache-2.0',
      identifier: 'Apache-2.0',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  security: [
    {
      BackstageToken: [],
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Whether the plugin can serve (its database answers)',
        security: [],
        responses: {
          '200': {
            description: 'Healthy',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Health',
                },
              },
            },
          },
          '503': {
            description: 'Unhealthy (the database does not answer)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Health',
                },
              },
            },
          },
        },
      },
    },
    '/api/contexts': {
      get: {
        operationId: 'listContexts',
        summary:
          "The configured clusters, in the shape of Porter's kubeconfig contexts",
        responses: {
          '200': {
            description:
              'One context per configured cluster; the first is the one used when a request names none',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Context',
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/api/k8s/namespaces': {
      get: {
        operationId: 'listNamespaces',
        summary: 'The namespaces of a cluster',
        parameters: [
          {
            $ref: '#/components/parameters/context',
          },
        ],
        responses: {
          '200': {
            description:
              'The namespaces, in the Kubernetes NamespaceList shape (names only)',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/NamespaceList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
          '504': {
            $ref: '#/components/responses/GatewayTimeout',
          },
        },
      },
    },
    '/api/releases': {
      get: {
        operationId: 'listReleases',
        summary: 'The latest revision of each release, as Porter lists them',
        parameters: [
          {
            name: 'namespace',
            in: 'query',
            description:
              'Only this namespace (absent or empty = every namespace)',
            schema: {
              $ref: '#/components/schemas/NamespaceOrEmpty',
            },
          },
          {
            $ref: '#/components/parameters/context',
          },
          {
            $ref: '#/components/parameters/storage',
          },
          {
            name: 'limit',
            in: 'query',
            description: 'At most this many releases (1-10000, default 256)',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 10000,
              default: 256,
            },
          },
          {
            name: 'skip',
            in: 'query',
            description: 'Skip this many releases first (default 0)',
            schema: {
              type: 'integer',
              minimum: 0,
              maximum: 1000000000,
              default: 0,
            },
          },
          {
            name: 'byDate',
            in: 'query',
            description:
              "Newest deployment first instead of by name (Go's strconv.ParseBool words; a bare `byDate` is true)",
            schema: {
              $ref: '#/components/schemas/GoBool',
            },
          },
          {
            name: 'statusFilter',
            in: 'query',
            description:
              'Only releases in these statuses: repeated, or comma-separated\n(unknown, deployed, uninstalled, superseded, failed, uninstalling, pending-install,\npending-upgrade, pending-rollback). Absent or empty (`statusFilter=`, what a client\nsends for an empty list) = every status; empty items (`statusFilter=deployed,`) are\nleft out.\n',
            style: 'form',
            explode: true,
            allowReserved: true,
            schema: {
              anyOf: [
                {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
                {
                  type: 'string',
                },
              ],
            },
          },
          {
            name: 'summary',
            in: 'query',
            description:
              "Leave out the manifest and the chart's templates and files",
            schema: {
              $ref: '#/components/schemas/GoBool',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The releases',
            headers: {
              'X-Helm-Undecodable': {
                $ref: '#/components/headers/Undecodable',
              },
            },
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Release',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
          '504': {
            $ref: '#/components/responses/GatewayTimeout',
          },
        },
      },
    },
    '/api/releases/{name}/history': {
      parameters: [
        {
          $ref: '#/components/parameters/releaseName',
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/context',
        },
        {
          $ref: '#/components/parameters/storage',
        },
      ],
      get: {
        operationId: 'getReleaseHistory',
        summary: 'Every stored revision of a release, oldest first',
        responses: {
          '200': {
            description: 'The revisions',
            headers: {
              'X-Helm-Undecodable': {
                $ref: '#/components/headers/Undecodable',
              },
            },
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Release',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
          '504': {
            $ref: '#/components/responses/GatewayTimeout',
          },
        },
      },
    },
    '/api/releases/{name}/diff': {
      parameters: [
        {
          $ref: '#/components/parameters/releaseName',
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/context',
        },
        {
          $ref: '#/components/parameters/storage',
        },
      ],
      get: {
        operationId: 'diffRelease',
        summary:
          'What changed between two revisions (default the latest and the one before it)',
        description:
          'Both given: exactly those two (either order). Only `to`: `to` against the revision before\nit (the newest one kept below it, normally `to - 1`); 400 naming `to` when there is none\n(`to=1`, or the oldest revision kept). Only `from`: `from` against the latest revision (an\nempty diff when `from` is the latest). Neither: the latest against the one before it; 404\nwhen the release has no revision before its latest.\n',
        parameters: [
          {
            name: 'from',
            in: 'query',
            description: 'The older revision (default the one before `to`)',
            schema: {
              $ref: '#/components/schemas/RevisionNumber',
            },
          },
          {
            name: 'to',
            in: 'query',
            description:
              'The newer revision (default the latest; given alone, it must have a revision before it)',
            schema: {
              $ref: '#/components/schemas/RevisionNumber',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The objects, values and notes that differ',
            headers: {
              'X-Helm-Undecodable': {
                $ref: '#/components/headers/Undecodable',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReleaseDiff',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/UnprocessableEntity',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
          '504': {
            $ref: '#/components/responses/GatewayTimeout',
          },
        },
      },
    },
    '/api/releases/{name}/operations': {
      parameters: [
        {
          $ref: '#/components/parameters/releaseName',
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/context',
        },
        {
          $ref: '#/components/parameters/storage',
        },
      ],
      get: {
        operationId: 'listReleaseOperations',
        summary:
          'Who rolled back, recovered or upgraded the release through this plugin, newest first',
        responses: {
          '200': {
            description: 'The operations (at most 100)',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/ReleaseOperation',
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/api/releases/{name}/{revision}': {
      parameters: [
        {
          $ref: '#/components/parameters/releaseName',
        },
        {
          name: 'revision',
          in: 'path',
          required: true,
          description: 'The revision number; 0 is the latest deployed revision',
          schema: {
            type: 'integer',
            minimum: 0,
            maximum: 2147483647,
          },
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/context',
        },
        {
          $ref: '#/components/parameters/storage',
        },
      ],
      get: {
        operationId: 'getRelease',
        summary: 'One revision of a release (0 = the latest deployed)',
        responses: {
          '200': {
            description: 'The revision',
            headers: {
              'X-Helm-Undecodable': {
                $ref: '#/components/headers/Undecodable',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/UnprocessableEntity',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
          '504': {
            $ref: '#/components/responses/GatewayTimeout',
          },
        },
      },
    },
    '/api/releases/{name}/rollback': {
      parameters: [
        {
          $ref: '#/components/parameters/releaseName',
        },
      ],
      post: {
        operationId: 'rollbackRelease',
        summary:
          'Roll a release back to an earlier revision, as `helm rollback` does',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RollbackRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The new revision, deployed',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
          '422': {
            $ref: '#/components/responses/UnprocessableEntity',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
          '504': {
            $ref: '#/components/responses/GatewayTimeout',
          },
        },
      },
    },
    '/api/releases/{name}/recover': {
      parameters: [
        {
          $ref: '#/components/parameters/releaseName',
        },
      ],
      post: {
        operationId: 'recoverRelease',
        summary:
          'Mark a revision left pending (an interrupted rollback or upgrade) as failed, so the release can be changed again',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ReleaseTarget',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The revision, now failed',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Release',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
          '422': {
            $ref: '#/components/responses/UnprocessableEntity',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
          '504': {
            $ref: '#/components/responses/GatewayTimeout',
          },
        },
      },
    },
    '/api/releases/{name}/upgrade': {
      parameters: [
        {
          $ref: '#/components/parameters/releaseName',
        },
      ],
      post: {
        operationId: 'upgradeRelease',
        summary:
          'Upgrade a release with new values (and optionally another chart version), or show what that would change',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpgradeRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The new revision (or, for a dry run, the revision that would be written) and the diff',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UpgradeOutcome',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
          '422': {
            $ref: '#/components/responses/UnprocessableEntity',
          },
          '501': {
            $ref: '#/components/responses/NotImplemented',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
          '504': {
            $ref: '#/components/responses/GatewayTimeout',
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      BackstageToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'A Backstage user token (sign-in) or service token',
      },
    },
    headers: {
      Undecodable: {
        description:
          'How many stored records could not be decoded and were left out',
        schema: {
          type: 'string',
        },
      },
    },
    parameters: {
      releaseName: {
        name: 'name',
        in: 'path',
        required: true,
        description: "The release name (Helm's rule, at most 53 characters)",
        schema: {
          type: 'string',
          maxLength: 53,
          pattern:
            '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
        },
      },
      namespace: {
        name: 'namespace',
        in: 'query',
        description: "The release's namespace (absent or empty = `default`)",
        schema: {
          $ref: '#/components/schemas/NamespaceOrEmpty',
        },
      },
      context: {
        name: 'context',
        in: 'query',
        description:
          'A configured cluster name (absent or empty = the first configured cluster)',
        schema: {
          type: 'string',
          maxLength: 253,
        },
      },
      storage: {
        name: 'storage',
        in: 'query',
        description: "Helm's storage driver (default secret)",
        schema: {
          $ref: '#/components/schemas/StorageDriver',
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          'The request is invalid; the message names the field and what is expected, or the unknown cluster',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description: 'Missing or invalid Backstage credentials',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description:
          "The permission policy denied the request, or the cluster's service account may not do it",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description: 'No such release or revision',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description:
          'Another operation on the release is in progress (a pending revision), the cluster changed meanwhile, or a stored record the request needs cannot be decoded',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      PayloadTooLarge: {
        description: 'The body is over the limit',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      UnsupportedMediaType: {
        description:
          'The body is in a charset or Content-Encoding the plugin cannot read',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      UnprocessableEntity: {
        description:
          "A stored record or manifest cannot be used as it is (the cluster's data, not the request)",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotImplemented: {
        description:
          'Upgrades need a configured `helm` binary (helmReleases.helmBinary)',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      BadGateway: {
        description:
          'The cluster, the helm binary or a chart repository answered with an error',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      ServiceUnavailable: {
        description:
          'The cluster or the database cannot be reached; retry later',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      GatewayTimeout: {
        description: 'The cluster or a hook did not answer in time',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        description: "The Backstage backend's error shape",
        required: ['error', 'request', 'response'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
            additionalProperties: true,
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            required: ['statusCode'],
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      Health: {
        type: 'object',
        required: ['status', 'timestamp', 'version'],
        properties: {
          status: {
            type: 'string',
            enum: ['healthy', 'unhealthy'],
          },
          timestamp: {
            type: 'string',
            format: 'date-time',
          },
          version: {
            type: 'string',
          },
        },
      },
      GoBool: {
        type: 'string',
        description:
          "What Go's strconv.ParseBool accepts (Porter's parser); empty is true",
        enum: [
          '1',
          't',
          'T',
          'TRUE',
          'true',
          'True',
          '',
          '0',
          'f',
          'F',
          'FALSE',
          'false',
          'False',
        ],
      },
      NamespaceOrEmpty: {
        type: 'string',
        maxLength: 63,
        pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$',
      },
      Namespace: {
        type: 'string',
        description: 'A Kubernetes namespace name',
        maxLength: 63,
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
      },
      StorageDriver: {
        type: 'string',
        enum: ['secret', 'configmap', 'memory'],
      },
      RevisionNumber: {
        type: 'integer',
        minimum: 1,
        maximum: 2147483647,
      },
      ReleaseStatus: {
        type: 'string',
        description: "Helm's statuses (pkg/release/status.go)",
        enum: [
          'unknown',
          'deployed',
          'uninstalled',
          'superseded',
          'failed',
          'uninstalling',
          'pending-install',
          'pending-upgrade',
          'pending-rollback',
        ],
      },
      Context: {
        type: 'object',
        required: ['name', 'server', 'cluster', 'user', 'selected', 'title'],
        properties: {
          name: {
            type: 'string',
            description: 'The cluster name, used as `context`',
          },
          server: {
            type: 'string',
          },
          cluster: {
            type: 'string',
          },
          user: {
            type: 'string',
            description:
              "Always `serviceAccount`; calls run as the cluster's service account",
          },
          selected: {
            type: 'boolean',
            description: 'Whether it is used when a request names no context',
          },
          title: {
            type: 'string',
          },
        },
      },
      NamespaceList: {
        type: 'object',
        required: ['metadata', 'items'],
        properties: {
          metadata: {
            type: 'object',
            additionalProperties: true,
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['metadata'],
              properties: {
                metadata: {
                  type: 'object',
                  properties: {
                    name: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
        },
      },
      ReleaseInfo: {
        type: 'object',
        required: ['status'],
        properties: {
          first_deployed: {
            type: 'string',
          },
          last_deployed: {
            type: 'string',
          },
          deleted: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          status: {
            type: 'string',
            description: 'One of ReleaseStatus, or what a newer Helm stored',
          },
          notes: {
            type: 'string',
          },
        },
      },
      ChartFile: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
          },
          data: {
            type: 'string',
            description: 'base64',
          },
        },
      },
      Chart: {
        type: 'object',
        description: 'The chart as Helm stores it; unknown fields are kept',
        properties: {
          metadata: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
              },
              version: {
                type: 'string',
              },
              appVersion: {
                type: 'string',
              },
              home: {
                type: 'string',
              },
              sources: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              description: {
                type: 'string',
              },
              icon: {
                type: 'string',
              },
              apiVersion: {
                type: 'string',
              },
            },
          },
          templates: {
            type: ['array', 'null'],
            items: {
              $ref: '#/components/schemas/ChartFile',
            },
          },
          values: {
            type: ['object', 'null'],
            additionalProperties: true,
          },
          files: {
            type: ['array', 'null'],
            items: {
              $ref: '#/components/schemas/ChartFile',
            },
          },
        },
      },
      Release: {
        type: 'object',
        description:
          'A release revision exactly as Helm marshals it (pkg/release); the fields listed are the\nones Porter documents, unknown fields are passed through unchanged.\n',
        required: ['name', 'namespace', 'version', 'info'],
        properties: {
          name: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          version: {
            type: 'integer',
            description: 'The revision number',
          },
          info: {
            $ref: '#/components/schemas/ReleaseInfo',
          },
          chart: {
            $ref: '#/components/schemas/Chart',
          },
          config: {
            type: ['object', 'null'],
            additionalProperties: true,
            description: 'The user values of this revision',
          },
          manifest: {
            type: 'string',
          },
          hooks: {
            type: ['array', 'null'],
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          labels: {
            type: ['object', 'null'],
            additionalProperties: {
              type: 'string',
            },
          },
        },
      },
      ResourceChange: {
        type: 'object',
        required: ['change', 'apiVersion', 'kind', 'namespace', 'name', 'diff'],
        properties: {
          change: {
            type: 'string',
            enum: ['added', 'removed', 'changed'],
          },
          apiVersion: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          diff: {
            type: 'string',
            description: "Unified diff of the object's YAML",
          },
        },
      },
      TextChange: {
        type: 'object',
        required: ['changed', 'diff'],
        properties: {
          changed: {
            type: 'boolean',
          },
          diff: {
            type: 'string',
          },
        },
      },
      ReleaseDiff: {
        type: 'object',
        required: [
          'name',
          'namespace',
          'from',
          'to',
          'resources',
          'values',
          'notes',
        ],
        properties: {
          name: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          from: {
            type: 'integer',
          },
          to: {
            type: 'integer',
          },
          resources: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ResourceChange',
            },
          },
          values: {
            $ref: '#/components/schemas/TextChange',
          },
          notes: {
            $ref: '#/components/schemas/TextChange',
          },
        },
      },
      ReleaseOperation: {
        type: 'object',
        required: ['operation', 'outcome', 'actor', 'createdAt'],
        properties: {
          operation: {
            type: 'string',
            enum: ['rollback', 'upgrade', 'recover'],
          },
          fromRevision: {
            type: 'integer',
          },
          toRevision: {
            type: 'integer',
          },
          outcome: {
            type: 'string',
            enum: ['succeeded', 'failed'],
          },
          message: {
            type: 'string',
          },
          actor: {
            type: 'string',
            description: 'The Backstage user or service that asked',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      ReleaseTarget: {
        type: 'object',
        description: 'Which release storage to act on (every field optional)',
        properties: {
          namespace: {
            allOf: [
              {
                $ref: '#/components/schemas/Namespace',
              },
            ],
            description: "The release's namespace (default `default`)",
          },
          context: {
            type: 'string',
            minLength: 1,
            maxLength: 253,
            description: 'A configured cluster name (default the first)',
          },
          storage: {
            $ref: '#/components/schemas/StorageDriver',
          },
        },
      },
      RollbackRequest: {
        allOf: [
          {
            $ref: '#/components/schemas/ReleaseTarget',
          },
          {
            type: 'object',
            properties: {
              revision: {
                type: 'integer',
                minimum: 0,
                maximum: 2147483647,
                description:
                  'The revision to roll back to (0 or absent = the one before the current)',
              },
              disableHooks: {
                type: 'boolean',
                description: "Skip the chart's pre- and post-rollback hooks",
              },
            },
          },
        ],
      },
      UpgradeRequest: {
        allOf: [
          {
            $ref: '#/components/schemas/ReleaseTarget',
          },
          {
            type: 'object',
            properties: {
              values: {
                type: 'string',
                maxLength: 1000000,
                description:
                  'values.yaml text (top level a mapping, or empty); left out, empty, which keeps the previous user values unless resetValues, as helm upgrade without --values',
              },
              reuseValues: {
                type: 'boolean',
                description:
                  "As `helm upgrade --reuse-values`: the given values are merged over the release's\nprevious user values, and the previous chart's default values are kept (also when\nthe chart version changes)\n",
              },
              resetValues: {
                type: 'boolean',
                description:
                  "As `helm upgrade --reset-values`: only the given values, over the (new) chart's\ndefault values\n",
              },
              resetThenReuseValues: {
                type: 'boolean',
                description:
                  "As `helm upgrade --reset-then-reuse-values`: the given values merged over the\nprevious user values, over the new chart's default values. Without any of the\nthree (Helm's default), no values keeps the previous user values and any values\nreplace them. At most one may be true.\n",
              },
              chart: {
                $ref: '#/components/schemas/ChartReference',
              },
              dryRun: {
                type: 'boolean',
                description:
                  "Render and diff only; nothing is written. The answer's `live` compares with the objects on the cluster now",
              },
            },
          },
        ],
      },
      ChartReference: {
        type: 'object',
        description:
          "Upgrade to this chart version from a repository of `helmReleases.chartRepositories` (absent = the release's stored chart)",
        required: ['repository', 'version'],
        properties: {
          repository: {
            type: 'string',
            minLength: 1,
            maxLength: 253,
            description:
              'The name of a configured chart repository (HTTP index.yaml or OCI registry)',
          },
          name: {
            type: 'string',
            maxLength: 250,
            description:
              "The chart's name (default the release's current chart)",
          },
          version: {
            type: 'string',
            minLength: 1,
            maxLength: 128,
            description:
              'The chart version, exactly as the repository lists it',
          },
        },
      },
      UpgradeOutcome: {
        type: 'object',
        required: ['release', 'diff', 'dryRun'],
        properties: {
          release: {
            $ref: '#/components/schemas/Release',
          },
          diff: {
            $ref: '#/components/schemas/ReleaseDiff',
          },
          dryRun: {
            type: 'boolean',
          },
          live: {
            type: 'array',
            description:
              'Dry run only: each object the upgrade would write against the object live on the\ncluster now (the live object cut to the fields the chart sets), and the objects it\nwould delete that still exist\n',
            items: {
              $ref: '#/components/schemas/ResourceChange',
            },
          },
        },
      },
    },
  },
};

/** Every route of the spec as `#<method>|<path>`, with its path, query, body and answer types. */
export type EndpointMap = EndpointMapOf<paths>;

type RouterOptions = NonNullable<
  Parameters<typeof createValidatedOpenApiRouterFromGeneratedEndpointMap>[1]
>;

/**
 * An express router that validates each request against the spec before its handler runs; the
 * validator is built by the first request, not at start, one per group of the spec's paths
 * (see `validatedOnFirstRequest`). Its routes are typed by `specRouter` rather than Backstage's
 * `TypedRouter`, whose type check grows too fast with the number of routes.
 */
export const createOpenApiRouter = (options?: RouterOptions) =>
  specRouter<EndpointMap>(
    validatedOnFirstRequest(spec, part =>
      createValidatedOpenApiRouterFromGeneratedEndpointMap(
        part as Parameters<
          typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
        >[0],
        {
          ...options,
          validatorOptions: {
            ...specValidatorOptions(),
            ...options?.validatorOptions,
          },
        },
      ),
    ),
  );
