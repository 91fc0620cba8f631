// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import {
  specRouter,
  specValidatorOptions,
  validatedOnFirstRequest,
  type EndpointMapOf,
} from '@fawkes/backend-http';
import type { paths } from '@fawkes/plugin-cloud-extractor-common';

/** The plugin's OpenAPI spec, served by the router at `/openapi.json`. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'cloud-extractor',
    version: '0.1.0',
    description:
      "Scheduled inventory of AWS, Azure and GCP resources into the Backstage catalog. Served at\n`/api/cloud-extractor`; the paths are seed 003's (Cloud Artifact Extractor). Every route\nneeds Backstage credentials except `GET /health`. As in seed 003, an invalid request body is\nanswered with 422 and an unknown provider, service or cron expression with 400. A method a\npath does not have is answered with 405 and an `Allow` header listing the methods it has.\n",
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
    '/extraction/providers': {
      get: {
        operationId: 'listProviders',
        summary: 'The enabled cloud providers',
        responses: {
          '200': {
            description:
              'The providers whose modules are installed and configured',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ProviderList',
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
    '/extraction/services': {
      get: {
        operationId: 'listServices',
        summary: 'The services each enabled provider extracts',
        parameters: [
          {
            name: 'provider',
            in: 'query',
            description:
              "Only this provider's services (`aws`, `azure`, `gcp`)",
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The services, by provider',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ServiceList',
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
        },
      },
    },
    '/extraction/trigger': {
      post: {
        operationId: 'triggerExtraction',
        summary: 'Start an extraction job',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ExtractionRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The job is queued',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/TriggerResponse',
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
          '413': {
            $ref: '#/components/responses/PayloadTooLarge',
          },
          '415': {
            $ref: '#/components/responses/UnsupportedMediaType',
          },
          '422': {
            $ref: '#/components/responses/UnprocessableEntity',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/extraction/jobs': {
      get: {
        operationId: 'listJobs',
        summary: 'Recent extraction jobs, newest first',
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'At most this many jobs (1-1000, default 10)',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              default: 10,
            },
          },
          {
            name: 'offset',
            in: 'query',
            description: 'Skip this many jobs first (default 0)',
            schema: {
              type: 'integer',
              minimum: 0,
              maximum: 1000000,
              default: 0,
            },
          },
          {
            name: 'status',
            in: 'query',
            description: 'Only jobs in this status',
            schema: {
              $ref: '#/components/schemas/JobStatus',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The jobs',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/JobList',
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
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/extraction/jobs/{job_id}': {
      parameters: [
        {
          $ref: '#/components/parameters/jobId',
        },
      ],
      get: {
        operationId: 'getJob',
        summary: 'One job, with its progress, timing, results and transport',
        responses: {
          '200': {
            description: 'The job',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/JobDetail',
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
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/extraction/jobs/{job_id}/cancel': {
      parameters: [
        {
          $ref: '#/components/parameters/jobId',
        },
      ],
      post: {
        operationId: 'cancelJob',
        summary:
          'Cancel a pending or running job; a running job stops within one page of work',
        responses: {
          '200': {
            description:
              'Cancelled, or cancellation requested of the replica running it',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CancelResponse',
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
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/extraction/jobs/{job_id}/events': {
      parameters: [
        {
          $ref: '#/components/parameters/jobId',
        },
        {
          name: 'Last-Event-ID',
          in: 'header',
          description:
            "Replay only the events after this one (server-sent events' reconnect)",
          schema: {
            type: 'string',
          },
        },
      ],
      get: {
        operationId: 'streamJobEvents',
        summary:
          "The job's status and progress events as server-sent events, until it finishes",
        responses: {
          '200': {
            description:
              '`text/event-stream`; each event has an `id`, an `event` (`status`, `progress`, `scope`…) and `data` `{type, data}`',
            content: {
              'text/event-stream': {
                schema: {
                  type: 'string',
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
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/schedules/': {
      post: {
        operationId: 'createSchedule',
        summary: 'Create an extraction schedule',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ScheduleRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The schedule',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Schedule',
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
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
      get: {
        operationId: 'listSchedules',
        summary: 'The extraction schedules',
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'At most this many schedules (1-100, default 100)',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 100,
            },
          },
          {
            name: 'offset',
            in: 'query',
            description: 'Skip this many schedules first (default 0)',
            schema: {
              type: 'integer',
              minimum: 0,
              maximum: 1000000,
              default: 0,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The schedules',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ScheduleList',
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
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/schedules/{schedule_id}': {
      parameters: [
        {
          $ref: '#/components/parameters/scheduleId',
        },
      ],
      get: {
        operationId: 'getSchedule',
        summary: 'One schedule',
        responses: {
          '200': {
            description: 'The schedule',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Schedule',
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
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
      put: {
        operationId: 'updateSchedule',
        summary: "Replace a schedule's fields",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ScheduleRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The schedule',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Schedule',
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
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
      delete: {
        operationId: 'deleteSchedule',
        summary: 'Delete a schedule (its jobs stay)',
        responses: {
          '200': {
            description: 'Deleted',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ScheduleDeleted',
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
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/catalog/entity-changes': {
      get: {
        operationId: 'listEntityChanges',
        summary: 'The entity feed the catalog module reads',
        description:
          'What the scans changed after a cursor, oldest first: an entity added or updated, or (entity null) removed because a complete scan of its scope no longer found it. The catalog module reads it through the discovery service, so the catalog may run in another backend. Service credentials only.',
        parameters: [
          {
            name: 'after',
            in: 'query',
            description:
              'The cursor of the previous page; 0 or absent reads from the start',
            schema: {
              type: 'string',
              pattern: '^[0-9]{1,15}$',
            },
          },
          {
            name: 'limit',
            in: 'query',
            description: 'Changes per page, 1 to 1000 (default 500)',
            schema: {
              type: 'string',
              pattern: '^[0-9]{1,4}$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of changes and the cursor to ask from next',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityChangePage',
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
      jobId: {
        name: 'job_id',
        in: 'path',
        required: true,
        description:
          'A job id such as `job_1234567890`; any other value names no job (404)',
        schema: {
          type: 'string',
        },
      },
      scheduleId: {
        name: 'schedule_id',
        in: 'path',
        required: true,
        description:
          'A schedule id such as `sched_1234567890`; any other value names no schedule (404)',
        schema: {
          type: 'string',
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          'The request is invalid (an unknown provider, service, filter or cron expression, a bad query parameter); the message names the field and what is expected',
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
        description: 'No such job or schedule (`Job not found: job_…`)',
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
          'The job has already finished, or a schedule with this name exists',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      PayloadTooLarge: {
        description: 'The body is over 1 MiB',
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
          "The body is not JSON or does not match the request schema (seed 003's validation error), or a region is not a region of the chosen providers; the message names the field",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      ServiceUnavailable: {
        description: 'The database is unavailable; retry later',
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
      EntityChangePage: {
        type: 'object',
        required: ['items', 'cursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EntityChange',
            },
          },
          cursor: {
            type: 'integer',
            description:
              'The `after` of the next page; unchanged when nothing is new',
          },
        },
      },
      EntityChange: {
        type: 'object',
        required: ['provider_name', 'entity_ref', 'entity'],
        properties: {
          provider_name: {
            type: 'string',
            description:
              'The catalog entity provider of the scope, e.g. `cloud-extractor:aws:123456789012`',
          },
          entity_ref: {
            type: 'string',
          },
          entity: {
            description: 'The entity; null when it was removed',
            oneOf: [
              {
                type: 'null',
              },
              {
                type: 'object',
                additionalProperties: true,
              },
            ],
          },
        },
      },
      Error: {
        type: 'object',
        description:
          "The Backstage backend's error shape (`error`, `request`, `response`, read by Backstage clients), plus seed 003's `detail` and `errors`. The plugin's own answers carry all five; a 401 of the backend's auth layer (or a 429 of its rate limit), answered before the plugin, carries Backstage's three.",
        required: ['error', 'request', 'response'],
        properties: {
          detail: {
            type: 'string',
            description:
              "The error's message, as `error.message` (seed 003's `detail`)",
          },
          errors: {
            type: 'array',
            description:
              "One entry per invalid field of a request that failed validation (the body's fields, query parameters); empty for every other error",
            items: {
              type: 'object',
              required: ['field', 'message'],
              properties: {
                field: {
                  type: 'string',
                  description:
                    'The field as the client sent it, e.g. `batch_size`, `regions[0]`, `limit`',
                },
                message: {
                  type: 'string',
                  description: 'What is wrong with it',
                },
              },
            },
          },
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
      ProviderList: {
        type: 'object',
        required: ['providers', 'total'],
        properties: {
          providers: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          total: {
            type: 'integer',
          },
        },
      },
      ServiceDescription: {
        type: 'object',
        required: ['service', 'description', 'resource_types', 'version'],
        properties: {
          service: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          resource_types: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          version: {
            type: 'string',
          },
        },
      },
      ServiceList: {
        type: 'object',
        required: ['services_by_provider', 'total_services'],
        properties: {
          services_by_provider: {
            type: 'object',
            additionalProperties: {
              type: 'array',
              items: {
                $ref: '#/components/schemas/ServiceDescription',
              },
            },
          },
          total_services: {
            type: 'integer',
          },
        },
      },
      FilterValue: {
        oneOf: [
          {
            type: 'string',
            maxLength: 500,
          },
          {
            type: 'number',
          },
          {
            type: 'boolean',
          },
        ],
      },
      ExtractionRequest: {
        type: 'object',
        description:
          "What to extract; a field left out or null means all. Unknown fields are ignored (neither stored nor answered), as seed 003's pydantic models ignore them.",
        properties: {
          provider: {
            type: ['string', 'null'],
            description: 'aws, azure or gcp',
          },
          services: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          regions: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          filters: {
            type: ['object', 'null'],
            description: 'Service-specific filters such as `instance_state`',
            additionalProperties: {
              $ref: '#/components/schemas/FilterValue',
            },
          },
          batch_size: {
            type: 'integer',
            description: 'Entities per catalog mutation (1-1000, default 100)',
          },
        },
      },
      ScheduleRequest: {
        type: 'object',
        description:
          'A schedule: a name, a cron expression (5 fields, or @daily and the like) and what to extract. Unknown fields are ignored (neither stored nor answered).',
        properties: {
          name: {
            type: 'string',
          },
          cron_expression: {
            type: 'string',
          },
          enabled: {
            type: 'boolean',
          },
          provider: {
            type: ['string', 'null'],
          },
          services: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          regions: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          filters: {
            type: ['object', 'null'],
            additionalProperties: {
              $ref: '#/components/schemas/FilterValue',
            },
          },
          batch_size: {
            type: 'integer',
          },
        },
      },
      TriggerResponse: {
        type: 'object',
        required: ['job_id', 'status', 'message', 'estimated_completion'],
        properties: {
          job_id: {
            type: 'string',
          },
          status: {
            type: 'string',
            enum: ['started'],
          },
          message: {
            type: 'string',
          },
          estimated_completion: {
            type: ['string', 'null'],
            format: 'date-time',
            description:
              'From the average duration of recent jobs; null before any finished',
          },
        },
      },
      JobStatus: {
        type: 'string',
        enum: ['pending', 'running', 'completed', 'failed', 'cancelled'],
      },
      JobError: {
        type: 'object',
        required: ['provider', 'scope', 'message'],
        properties: {
          provider: {
            type: 'string',
          },
          scope: {
            type: 'string',
          },
          service: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          message: {
            type: 'string',
          },
        },
      },
      JobSummary: {
        type: 'object',
        required: [
          'job_id',
          'status',
          'provider',
          'services',
          'regions',
          'started_at',
          'completed_at',
          'duration_seconds',
          'resources_extracted',
          'errors',
        ],
        properties: {
          job_id: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/JobStatus',
          },
          provider: {
            type: ['string', 'null'],
          },
          services: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          regions: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          started_at: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          completed_at: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          duration_seconds: {
            type: ['integer', 'null'],
          },
          resources_extracted: {
            type: 'integer',
          },
          errors: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/JobError',
            },
          },
        },
      },
      JobList: {
        type: 'object',
        required: ['jobs', 'total'],
        properties: {
          jobs: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/JobSummary',
            },
          },
          total: {
            type: 'integer',
          },
        },
      },
      JobProgress: {
        type: 'object',
        required: [
          'total_resources',
          'processed_resources',
          'failed_resources',
          'current_service',
          'current_region',
        ],
        properties: {
          total_resources: {
            type: 'integer',
          },
          processed_resources: {
            type: 'integer',
          },
          failed_resources: {
            type: 'integer',
          },
          current_service: {
            type: ['string', 'null'],
          },
          current_region: {
            type: ['string', 'null'],
          },
        },
      },
      ScopeOutcome: {
        type: 'object',
        required: [
          'provider',
          'scope',
          'resources',
          'complete',
          'mutation',
          'catalog_connected',
        ],
        properties: {
          provider: {
            type: 'string',
          },
          scope: {
            type: 'string',
            description: 'The account, subscription or project',
          },
          resources: {
            type: 'integer',
          },
          complete: {
            type: 'boolean',
            description:
              'Whether the scan covered the whole scope without a failure',
          },
          mutation: {
            type: 'string',
            enum: ['full', 'delta', 'none'],
            description:
              "full: the scope's entities were replaced (what is gone was removed); delta: added or updated only; none: nothing was published",
          },
          catalog_connected: {
            type: 'boolean',
          },
        },
      },
      JobTransport: {
        type: 'object',
        required: [
          'type',
          'destination',
          'entities_published',
          'files_created',
          'files_destination',
        ],
        properties: {
          type: {
            type: 'string',
            enum: ['catalog'],
          },
          destination: {
            type: 'string',
          },
          entities_published: {
            type: 'integer',
          },
          files_created: {
            type: 'integer',
          },
          files_destination: {
            type: ['string', 'null'],
          },
        },
      },
      JobDetail: {
        type: 'object',
        required: [
          'job_id',
          'status',
          'provider',
          'services',
          'regions',
          'batch_size',
          'filters',
          'created_at',
          'created_by',
          'schedule_id',
          'attempts',
          'cancel_requested',
          'progress',
          'timing',
          'results',
          'transport',
        ],
        properties: {
          job_id: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/JobStatus',
          },
          provider: {
            type: ['string', 'null'],
          },
          services: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          regions: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          batch_size: {
            type: 'integer',
          },
          filters: {
            type: 'object',
            additionalProperties: {
              $ref: '#/components/schemas/FilterValue',
            },
          },
          created_at: {
            type: 'string',
            format: 'date-time',
          },
          created_by: {
            type: 'string',
          },
          schedule_id: {
            type: ['string', 'null'],
          },
          attempts: {
            type: 'integer',
          },
          cancel_requested: {
            type: 'boolean',
          },
          progress: {
            $ref: '#/components/schemas/JobProgress',
          },
          timing: {
            type: 'object',
            required: ['started_at', 'completed_at', 'duration_seconds'],
            properties: {
              started_at: {
                type: ['string', 'null'],
                format: 'date-time',
              },
              completed_at: {
                type: ['string', 'null'],
                format: 'date-time',
              },
              duration_seconds: {
                type: ['integer', 'null'],
              },
            },
          },
          results: {
            type: 'object',
            required: [
              'resources_extracted',
              'services_processed',
              'regions_processed',
              'errors',
              'scopes',
            ],
            properties: {
              resources_extracted: {
                type: 'integer',
              },
              services_processed: {
                type: 'integer',
              },
              regions_processed: {
                type: 'integer',
                description:
                  'Regions scanned; `global` (services without regions) is not a region',
              },
              errors: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/JobError',
                },
              },
              scopes: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/ScopeOutcome',
                },
              },
            },
          },
          transport: {
            $ref: '#/components/schemas/JobTransport',
          },
        },
      },
      CancelResponse: {
        type: 'object',
        required: ['job_id', 'status', 'message'],
        properties: {
          job_id: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/JobStatus',
          },
          message: {
            type: 'string',
          },
        },
      },
      Schedule: {
        type: 'object',
        required: [
          'schedule_id',
          'name',
          'cron_expression',
          'provider',
          'services',
          'regions',
          'filters',
          'batch_size',
          'enabled',
          'last_run',
          'last_job_id',
          'next_run',
          'status',
          'created_by',
          'created_at',
          'updated_at',
        ],
        properties: {
          schedule_id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          cron_expression: {
            type: 'string',
          },
          provider: {
            type: ['string', 'null'],
          },
          services: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          regions: {
            type: ['array', 'null'],
            items: {
              type: 'string',
            },
          },
          filters: {
            type: 'object',
            additionalProperties: {
              $ref: '#/components/schemas/FilterValue',
            },
          },
          batch_size: {
            type: 'integer',
          },
          enabled: {
            type: 'boolean',
          },
          last_run: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          last_job_id: {
            type: ['string', 'null'],
          },
          next_run: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          status: {
            type: 'string',
            enum: ['active', 'paused'],
          },
          created_by: {
            type: 'string',
          },
          created_at: {
            type: 'string',
            format: 'date-time',
          },
          updated_at: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      ScheduleList: {
        type: 'object',
        required: ['schedules', 'total'],
        properties: {
          schedules: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Schedule',
            },
          },
          total: {
            type: 'integer',
          },
        },
      },
      ScheduleDeleted: {
        type: 'object',
        required: ['schedule_id', 'message'],
        properties: {
          schedule_id: {
            type: 'string',
          },
          message: {
            type: 'string',
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
