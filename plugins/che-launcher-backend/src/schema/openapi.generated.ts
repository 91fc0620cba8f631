// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import {
  specRouter,
  specValidatorOptions,
  validatedOnFirstRequest,
  type EndpointMapOf,
} from '@fawkes/backend-http';
import type { paths } from '@fawkes/plugin-che-launcher-common';

/** The plugin's OpenAPI spec, served by the router at `/openapi.json`. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'che-launcher',
    version: '0.1.0',
    description:
      "Eclipse Che / Dev Spaces workspaces (DevWorkspace resources) from devfiles, per Backstage\nuser. Served at `/api/che-launcher`; the paths are seed 001's Che Launcher routes. Every\nroute needs Backstage credentials except `GET /health`. A user acts for themself; a service\nnames the user it acts for in `user`.\n",
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
    '/devfiles': {
      get: {
        operationId: 'listDevfiles',
        summary: 'The golden-path devfiles the platform team configured',
        responses: {
          '200': {
            description: 'The configured devfiles',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DevfileList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/workspaces': {
      post: {
        operationId: 'createWorkspace',
        summary:
          'Create and start a workspace from a devfile URL or a catalog entity',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateWorkspaceRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created and starting',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Workspace',
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
            description: 'The body is over 64 KiB',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
              },
            },
          },
          '415': {
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
          '429': {
            $ref: '#/components/responses/TooManyRequests',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
      get: {
        operationId: 'listWorkspaces',
        summary:
          'The workspaces of the caller (or of the user a service names)',
        parameters: [
          {
            $ref: '#/components/parameters/status',
          },
          {
            name: 'limit',
            in: 'query',
            description: 'At most this many workspaces (1-1000, default 100)',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              default: 100,
            },
          },
          {
            name: 'offset',
            in: 'query',
            description: 'Skip this many workspaces first (default 0)',
            schema: {
              type: 'integer',
              minimum: 0,
              default: 0,
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            allowReserved: true,
            description:
              'Only workspaces opened from this catalog entity (`component:default/payments`; compared as Backstage compares entity refs, case-insensitively)',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
            },
          },
          {
            $ref: '#/components/parameters/user',
          },
        ],
        responses: {
          '200': {
            description: 'The workspaces, newest first',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkspaceList',
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
        },
      },
    },
    '/workspaces/{id}': {
      parameters: [
        {
          $ref: '#/components/parameters/workspaceId',
        },
        {
          $ref: '#/components/parameters/user',
        },
      ],
      get: {
        operationId: 'getWorkspace',
        summary: 'One workspace, by name or workspaceId',
        responses: {
          '200': {
            description: 'The workspace',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Workspace',
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
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
      delete: {
        operationId: 'deleteWorkspace',
        summary: 'Delete a workspace (and its editor template)',
        responses: {
          '204': {
            description: 'Deleted',
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
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/workspaces/{id}/start': {
      parameters: [
        {
          $ref: '#/components/parameters/workspaceId',
        },
        {
          $ref: '#/components/parameters/user',
        },
      ],
      post: {
        operationId: 'startWorkspace',
        summary: 'Start a workspace (`spec.started: true`)',
        responses: {
          '200': {
            description: 'The workspace, starting',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Workspace',
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
          '429': {
            $ref: '#/components/responses/TooManyRequests',
          },
          '502': {
            $ref: '#/components/responses/BadGateway',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/workspaces/{id}/stop': {
      parameters: [
        {
          $ref: '#/components/parameters/workspaceId',
        },
        {
          $ref: '#/components/parameters/user',
        },
      ],
      post: {
        operationId: 'stopWorkspace',
        summary: 'Stop a workspace (`spec.started: false`)',
        responses: {
          '200': {
            description: 'The workspace, stopping',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Workspace',
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
    parameters: {
      workspaceId: {
        name: 'id',
        in: 'path',
        required: true,
        description: "The workspace's name or its workspaceId",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 253,
        },
      },
      user: {
        name: 'user',
        in: 'query',
        allowReserved: true,
        description:
          'The user a service acts for (`user:default/jane`); required of services, refused from a user other than the caller',
        schema: {
          type: 'string',
        },
      },
      status: {
        name: 'status',
        in: 'query',
        description:
          'Only workspaces in this phase (a WorkspacePhase, in any letter case: `running` is `Running`)',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 32,
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          'The request is invalid; the message names the field and what is expected',
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
        description: 'The permission policy denied the request',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description: 'No such workspace or entity',
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
          'A workspace with this name exists, or the workspace is being deleted',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      TooManyRequests: {
        description:
          'A per-user limit (workspaces, running workspaces) is reached',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      BadGateway: {
        description: 'The cluster or the devfile server answered with an error',
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
          'No usable cluster, or the cluster or database is unavailable; retry later',
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
      Devfile: {
        type: 'object',
        required: ['name', 'displayName', 'description', 'url', 'tags'],
        properties: {
          name: {
            type: 'string',
          },
          displayName: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
          tags: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      DevfileList: {
        type: 'object',
        required: ['devfiles', 'total'],
        properties: {
          devfiles: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Devfile',
            },
          },
          total: {
            type: 'integer',
          },
        },
      },
      WorkspacePhase: {
        type: 'string',
        description: "A phase the operator and Che's dashboard report",
        enum: [
          'Starting',
          'Running',
          'Stopping',
          'Stopped',
          'Failing',
          'Failed',
          'Terminating',
          'Error',
        ],
      },
      CreateWorkspaceRequest: {
        type: 'object',
        description: '`devfileUrl` or `entityRef` is required',
        properties: {
          devfileUrl: {
            type: 'string',
            description:
              'An https URL of a devfile (2.x); fetched with SSRF protection',
            minLength: 1,
            maxLength: 2048,
          },
          entityRef: {
            type: 'string',
            description:
              'A catalog entity annotated with `eclipse.org/che-devfile-url` or `eclipse.org/che-devfile`',
            maxLength: 255,
          },
          namespace: {
            type: 'string',
            description:
              "The Kubernetes namespace (default the user's Che namespace)",
            minLength: 1,
            maxLength: 63,
          },
          name: {
            type: 'string',
            description:
              'The workspace name (default generated from the devfile)',
            minLength: 1,
            maxLength: 63,
          },
          editor: {
            type: 'string',
            description: 'An editor id such as `che-incubator/che-code/latest`',
            minLength: 1,
            maxLength: 255,
          },
          user: {
            type: 'string',
            description: 'The user a service acts for (`user:default/jane`)',
          },
        },
      },
      Workspace: {
        type: 'object',
        required: [
          'workspaceId',
          'name',
          'namespace',
          'status',
          'ideUrl',
          'devfile',
          'createdAt',
          'lastUsed',
          'entityRef',
        ],
        properties: {
          workspaceId: {
            type: 'string',
            description: "The DevWorkspace's uid",
          },
          name: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          status: {
            type: 'string',
            description: "The workspace's phase (see WorkspacePhase)",
          },
          ideUrl: {
            type: ['string', 'null'],
            description: "The IDE's URL once the workspace runs",
          },
          devfile: {
            type: 'object',
            required: ['name', 'version'],
            properties: {
              name: {
                type: ['string', 'null'],
              },
              version: {
                type: ['string', 'null'],
              },
            },
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          lastUsed: {
            type: 'string',
            format: 'date-time',
          },
          entityRef: {
            type: ['string', 'null'],
            description:
              'The catalog entity it was opened from (`component:default/payments`), else null',
          },
          stoppedBy: {
            type: 'string',
            description: 'Who or what stopped it (e.g. the idle timeout)',
          },
          message: {
            type: 'string',
            description: 'Why it failed, while Failed, Failing or Error',
          },
        },
      },
      WorkspaceList: {
        type: 'object',
        required: ['workspaces', 'total'],
        properties: {
          workspaces: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Workspace',
            },
          },
          total: {
            type: 'integer',
            description:
              "All of the user's workspaces that match, not only this page",
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
