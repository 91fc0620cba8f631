// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import {
  specRouter,
  specValidatorOptions,
  validatedOnFirstRequest,
  type EndpointMapOf,
} from '@fawkes/backend-http';
import type { paths } from '@fawkes/plugin-devlake-dora-common';

/** The plugin's OpenAPI spec, served by the router at `/openapi.json`. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'devlake',
    version: '0.1.0',
    description:
      "Deployment, change and incident events in (webhooks of Argo CD, Jenkins, GitHub, PagerDuty\nand DevLake's webhook API); DORA metrics and deployment history out. Served at\n`/api/devlake`; the paths are seed 000's and seed 001's. Read routes need Backstage\ncredentials and `devlake.metrics.read`; `GET /health` is open; webhooks are open at the\nBackstage layer and verified by their source's shared secret. Query parameters and webhook\nbodies are parsed by each route, whose 400s name the field (`query.benchmark: must be one\nof 2021, 2023, 2024`); a query parameter a route does not take answers 400 naming it.\n",
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
    '/dora-metrics': {
      get: {
        operationId: 'getDoraMetrics',
        summary:
          "Seed 001's DORA metrics of a project, a team or every project over startDate..endDate",
        parameters: [
          {
            $ref: '#/components/parameters/project',
          },
          {
            $ref: '#/components/parameters/team',
          },
          {
            $ref: '#/components/parameters/startDate',
          },
          {
            $ref: '#/components/parameters/endDate',
          },
          {
            $ref: '#/components/parameters/environments',
          },
          {
            $ref: '#/components/parameters/benchmark',
          },
          {
            $ref: '#/components/parameters/aggregation',
          },
          {
            $ref: '#/components/parameters/definitions',
          },
          {
            $ref: '#/components/parameters/holidays',
          },
          {
            $ref: '#/components/parameters/excludeWeekends',
          },
          {
            $ref: '#/components/parameters/countFailedDeployments',
          },
          {
            $ref: '#/components/parameters/details',
          },
        ],
        responses: {
          '200': {
            description:
              'The five metrics and the settings they were computed with',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/MetricsAnswer',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/dora/metrics': {
      get: {
        operationId: 'getMetrics',
        summary:
          "Seed 000's all-metrics route, over a timeRange or startDate..endDate",
        parameters: [
          {
            $ref: '#/components/parameters/project',
          },
          {
            $ref: '#/components/parameters/team',
          },
          {
            $ref: '#/components/parameters/timeRange',
          },
          {
            $ref: '#/components/parameters/startDate',
          },
          {
            $ref: '#/components/parameters/endDate',
          },
          {
            $ref: '#/components/parameters/environments',
          },
          {
            $ref: '#/components/parameters/benchmark',
          },
          {
            $ref: '#/components/parameters/aggregation',
          },
          {
            $ref: '#/components/parameters/definitions',
          },
          {
            $ref: '#/components/parameters/holidays',
          },
          {
            $ref: '#/components/parameters/excludeWeekends',
          },
          {
            $ref: '#/components/parameters/countFailedDeployments',
          },
          {
            $ref: '#/components/parameters/details',
          },
        ],
        responses: {
          '200': {
            description:
              'The five metrics, the settings and the timeRange asked for',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SeedMetricsAnswer',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/dora/deployment-frequency': {
      get: {
        operationId: 'getDeploymentFrequency',
        summary: "Seed 000's deployment frequency",
        parameters: [
          {
            $ref: '#/components/parameters/project',
          },
          {
            $ref: '#/components/parameters/team',
          },
          {
            $ref: '#/components/parameters/timeRange',
          },
          {
            $ref: '#/components/parameters/startDate',
          },
          {
            $ref: '#/components/parameters/endDate',
          },
          {
            $ref: '#/components/parameters/environments',
          },
          {
            $ref: '#/components/parameters/benchmark',
          },
          {
            $ref: '#/components/parameters/aggregation',
          },
          {
            $ref: '#/components/parameters/definitions',
          },
          {
            $ref: '#/components/parameters/holidays',
          },
          {
            $ref: '#/components/parameters/excludeWeekends',
          },
          {
            $ref: '#/components/parameters/countFailedDeployments',
          },
          {
            $ref: '#/components/parameters/details',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/SingleMetric',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/dora/lead-time': {
      get: {
        operationId: 'getLeadTime',
        summary: "Seed 000's lead time for changes",
        parameters: [
          {
            $ref: '#/components/parameters/project',
          },
          {
            $ref: '#/components/parameters/team',
          },
          {
            $ref: '#/components/parameters/timeRange',
          },
          {
            $ref: '#/components/parameters/startDate',
          },
          {
            $ref: '#/components/parameters/endDate',
          },
          {
            $ref: '#/components/parameters/environments',
          },
          {
            $ref: '#/components/parameters/benchmark',
          },
          {
            $ref: '#/components/parameters/aggregation',
          },
          {
            $ref: '#/components/parameters/definitions',
          },
          {
            $ref: '#/components/parameters/holidays',
          },
          {
            $ref: '#/components/parameters/excludeWeekends',
          },
          {
            $ref: '#/components/parameters/countFailedDeployments',
          },
          {
            $ref: '#/components/parameters/details',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/SingleMetric',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/dora/change-failure-rate': {
      get: {
        operationId: 'getChangeFailureRate',
        summary: "Seed 000's change failure rate",
        parameters: [
          {
            $ref: '#/components/parameters/project',
          },
          {
            $ref: '#/components/parameters/team',
          },
          {
            $ref: '#/components/parameters/timeRange',
          },
          {
            $ref: '#/components/parameters/startDate',
          },
          {
            $ref: '#/components/parameters/endDate',
          },
          {
            $ref: '#/components/parameters/environments',
          },
          {
            $ref: '#/components/parameters/benchmark',
          },
          {
            $ref: '#/components/parameters/aggregation',
          },
          {
            $ref: '#/components/parameters/definitions',
          },
          {
            $ref: '#/components/parameters/holidays',
          },
          {
            $ref: '#/components/parameters/excludeWeekends',
          },
          {
            $ref: '#/components/parameters/countFailedDeployments',
          },
          {
            $ref: '#/components/parameters/details',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/SingleMetric',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/dora/mttr': {
      get: {
        operationId: 'getMttr',
        summary:
          "Seed 000's time to restore service (failed deployment recovery time)",
        parameters: [
          {
            $ref: '#/components/parameters/project',
          },
          {
            $ref: '#/components/parameters/team',
          },
          {
            $ref: '#/components/parameters/timeRange',
          },
          {
            $ref: '#/components/parameters/startDate',
          },
          {
            $ref: '#/components/parameters/endDate',
          },
          {
            $ref: '#/components/parameters/environments',
          },
          {
            $ref: '#/components/parameters/benchmark',
          },
          {
            $ref: '#/components/parameters/aggregation',
          },
          {
            $ref: '#/components/parameters/definitions',
          },
          {
            $ref: '#/components/parameters/holidays',
          },
          {
            $ref: '#/components/parameters/excludeWeekends',
          },
          {
            $ref: '#/components/parameters/countFailedDeployments',
          },
          {
            $ref: '#/components/parameters/details',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/SingleMetric',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/dora/series': {
      get: {
        operationId: 'getSeries',
        summary: 'One figure of a metric per day, week or month, for charts',
        parameters: [
          {
            $ref: '#/components/parameters/project',
          },
          {
            $ref: '#/components/parameters/team',
          },
          {
            $ref: '#/components/parameters/timeRange',
          },
          {
            $ref: '#/components/parameters/startDate',
          },
          {
            $ref: '#/components/parameters/endDate',
          },
          {
            $ref: '#/components/parameters/environments',
          },
          {
            $ref: '#/components/parameters/benchmark',
          },
          {
            $ref: '#/components/parameters/aggregation',
          },
          {
            $ref: '#/components/parameters/definitions',
          },
          {
            $ref: '#/components/parameters/holidays',
          },
          {
            $ref: '#/components/parameters/excludeWeekends',
          },
          {
            $ref: '#/components/parameters/countFailedDeployments',
          },
          {
            $ref: '#/components/parameters/details',
          },
          {
            name: 'metric',
            in: 'query',
            description:
              'Required: deploymentFrequency, leadTimeForChanges, changeFailureRate, timeToRestoreService or deploymentReworkRate',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'interval',
            in: 'query',
            description: 'day, week (default) or month',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description:
              'The points of the series; the default period is the last 90 days',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SeriesAnswer',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/deployment-history': {
      get: {
        operationId: 'getDeploymentHistory',
        summary:
          "Seed 001's deployments of a service, newest first, a page at a time",
        parameters: [
          {
            name: 'service',
            in: 'query',
            description:
              'Required. The service (project), resolved through the catalog as `project` is',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'environment',
            in: 'query',
            description:
              'Case-insensitive; `prod` (or `production`) is every production environment, `dev` also matches `development`, `test` `testing`',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'limit',
            in: 'query',
            description: 'Digits only, 1 to 100 (default 20)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'cursor',
            in: 'query',
            description: 'The `nextCursor` of the previous page',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of deployments',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeploymentHistory',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/argocd': {
      post: {
        operationId: 'receiveArgoCdNotification',
        summary:
          "Seed 000's Argo CD sync notification, a deployment per sync operation (states that are no deployment's, such as Unknown or OutOfSync, answer 202)",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/ArgoCdNotification',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          '202': {
            $ref: '#/components/responses/Ignored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/jenkins': {
      post: {
        operationId: 'receiveJenkinsBuild',
        summary:
          "Seed 000's Jenkins build notification (both shapes), a deployment",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/Event',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          '202': {
            $ref: '#/components/responses/Ignored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/github': {
      post: {
        operationId: 'receiveGitHubEvent',
        summary:
          'GitHub push, pull_request, deployment and deployment_status events (ping answers 200)',
        security: [
          {
            GitHubSignature: [],
          },
        ],
        parameters: [
          {
            name: 'X-GitHub-Event',
            in: 'header',
            description: "The event's type",
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/GitHubEvent',
        },
        responses: {
          '200': {
            description: 'Stored, or a ping answered',
            content: {
              'application/json': {
                schema: {
                  anyOf: [
                    {
                      $ref: '#/components/schemas/Stored',
                    },
                    {
                      $ref: '#/components/schemas/Pong',
                    },
                  ],
                },
              },
            },
          },
          '202': {
            $ref: '#/components/responses/Ignored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/gitlab': {
      post: {
        operationId: 'receiveGitLabEvent',
        summary:
          'GitLab Deployment, Push (default branch) and Merge Request (merged) hooks',
        security: [
          {
            GitLabToken: [],
          },
        ],
        parameters: [
          {
            name: 'X-Gitlab-Event',
            in: 'header',
            description:
              "The hook's type (e.g. Deployment Hook); else the body's object_kind",
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/Event',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          '202': {
            $ref: '#/components/responses/Ignored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/pagerduty': {
      post: {
        operationId: 'receivePagerDutyEvent',
        summary: 'PagerDuty v3 incident.* events, incidents',
        security: [
          {
            WebhookBearer: [],
          },
          {
            PagerDutySignature: [],
          },
          {
            GitHubSignature: [],
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/Event',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          '202': {
            $ref: '#/components/responses/Ignored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/connections/{connectionId}/deployments': {
      post: {
        operationId: 'postDevLakeDeployment',
        summary: "DevLake's deployment webhook of a connection",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionId',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakeDeployment',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/{connectionId}/deployments': {
      post: {
        operationId: 'postDevLakeDeploymentLegacy',
        summary:
          "DevLake's deployment webhook of a connection (DevLake's shorter path)",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionId',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakeDeployment',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/connections/by-name/{connectionName}/deployments': {
      post: {
        operationId: 'postDevLakeDeploymentByName',
        summary:
          "DevLake's deployment webhook of a connection named by its name",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionName',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakeDeployment',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/projects/{projectName}/deployments': {
      post: {
        operationId: 'postDevLakeProjectDeployment',
        summary:
          "DevLake's deployment webhook of a project (no connection needed)",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            name: 'projectName',
            in: 'path',
            required: true,
            description: 'The project, at most 100 characters',
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakeDeployment',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/connections/{connectionId}/pull_requests': {
      post: {
        operationId: 'postDevLakePullRequest',
        summary: "DevLake's pull request webhook of a connection",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionId',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakePullRequest',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/{connectionId}/pull_requests': {
      post: {
        operationId: 'postDevLakePullRequestLegacy',
        summary:
          "DevLake's pull request webhook of a connection (DevLake's shorter path)",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionId',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakePullRequest',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/connections/by-name/{connectionName}/pull_requests': {
      post: {
        operationId: 'postDevLakePullRequestByName',
        summary:
          "DevLake's pull request webhook of a connection named by its name",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionName',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakePullRequest',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/connections/{connectionId}/issues': {
      post: {
        operationId: 'postDevLakeIssue',
        summary:
          "DevLake's issue webhook of a connection; issues of type INCIDENT are incidents",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionId',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakeIssue',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/{connectionId}/issues': {
      post: {
        operationId: 'postDevLakeIssueLegacy',
        summary:
          "DevLake's issue webhook of a connection (DevLake's shorter path)",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionId',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakeIssue',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/connections/by-name/{connectionName}/issues': {
      post: {
        operationId: 'postDevLakeIssueByName',
        summary: "DevLake's issue webhook of a connection named by its name",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionName',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakeIssue',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/by-name/{connectionName}/issues': {
      post: {
        operationId: 'postDevLakeIssueByNameDocumented',
        summary:
          "DevLake's issue webhook by connection name, at the path DevLake's docs give",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionName',
          },
        ],
        requestBody: {
          $ref: '#/components/requestBodies/DevLakeIssue',
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Stored',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/connections/{connectionId}/issue/{issueKey}/close': {
      post: {
        operationId: 'closeDevLakeIssue',
        summary:
          "DevLake's close, the issue (and its incident) DONE and resolved now",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionId',
          },
          {
            $ref: '#/components/parameters/issueKey',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/Closed',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/{connectionId}/issue/{issueKey}/close': {
      post: {
        operationId: 'closeDevLakeIssueLegacy',
        summary: "DevLake's close of an issue (DevLake's shorter path)",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionId',
          },
          {
            $ref: '#/components/parameters/issueKey',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/Closed',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/plugins/webhook/connections/by-name/{connectionName}/issue/{issueKey}/close':
      {
        post: {
          operationId: 'closeDevLakeIssueByName',
          summary:
            "DevLake's close of an issue, the connection named by its name",
          security: [
            {
              WebhookBearer: [],
            },
          ],
          parameters: [
            {
              $ref: '#/components/parameters/connectionName',
            },
            {
              $ref: '#/components/parameters/issueKey',
            },
          ],
          responses: {
            '200': {
              $ref: '#/components/responses/Closed',
            },
            default: {
              $ref: '#/components/responses/Error',
            },
          },
        },
      },
    '/plugins/webhook/by-name/{connectionName}/issue/{issueKey}/close': {
      post: {
        operationId: 'closeDevLakeIssueByNameDocumented',
        summary:
          "DevLake's close of an issue by connection name, at the path DevLake's docs give",
        security: [
          {
            WebhookBearer: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/connectionName',
          },
          {
            $ref: '#/components/parameters/issueKey',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/Closed',
          },
          default: {
            $ref: '#/components/responses/Error',
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
      WebhookBearer: {
        type: 'http',
        scheme: 'bearer',
        description:
          "The source's shared secret (`devlake.webhooks.<source>.secret`)",
      },
      GitHubSignature: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Hub-Signature-256',
        description:
          "`sha256=` HMAC of the exact body with the source's shared secret",
      },
      GitLabToken: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Gitlab-Token',
        description:
          "The GitLab webhook's secret token (`devlake.webhooks.gitlab.secret`)",
      },
      PagerDutySignature: {
        type: 'apiKey',
        in: 'header',
        name: 'X-PagerDuty-Signature',
        description: '`v1=` HMAC of the exact body with the shared secret',
      },
    },
    parameters: {
      project: {
        name: 'project',
        in: 'query',
        description:
          'A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project',
        schema: {
          type: 'string',
        },
      },
      team: {
        name: 'team',
        in: 'query',
        allowReserved: true,
        description:
          "A Group (`team-a` or `group:default/team-a`) whose Components' projects count",
        schema: {
          type: 'string',
        },
      },
      startDate: {
        name: 'startDate',
        in: 'query',
        allowReserved: true,
        description:
          'ISO 8601 date or date-time with a zone; default 30 days before endDate',
        schema: {
          type: 'string',
        },
      },
      endDate: {
        name: 'endDate',
        in: 'query',
        allowReserved: true,
        description:
          'ISO 8601 date (the whole day counts) or date-time (exclusive); default today',
        schema: {
          type: 'string',
        },
      },
      timeRange: {
        name: 'timeRange',
        in: 'query',
        allowReserved: true,
        description:
          'last7days, last30days (default), last90days or `<from>/<to>`',
        schema: {
          type: 'string',
        },
      },
      environments: {
        name: 'environments',
        in: 'query',
        description:
          'Comma-separated environments that count as production (1 to 20)',
        schema: {
          type: 'string',
        },
      },
      benchmark: {
        name: 'benchmark',
        in: 'query',
        description:
          'Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom)',
        schema: {
          type: 'string',
        },
      },
      aggregation: {
        name: 'aggregation',
        in: 'query',
        description:
          'median (default), p75, p90 or mean, for lead time and recovery time',
        schema: {
          type: 'string',
        },
      },
      definitions: {
        name: 'definitions',
        in: 'query',
        description:
          "dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time)",
        schema: {
          type: 'string',
        },
      },
      holidays: {
        name: 'holidays',
        in: 'query',
        description:
          'Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays',
        schema: {
          type: 'string',
        },
      },
      excludeWeekends: {
        name: 'excludeWeekends',
        in: 'query',
        description:
          'true or false (default); true takes Saturdays and Sundays (UTC) out of time',
        schema: {
          type: 'string',
        },
      },
      countFailedDeployments: {
        name: 'countFailedDeployments',
        in: 'query',
        description:
          'true or false (default); true counts failed production deployments as failures',
        schema: {
          type: 'string',
        },
      },
      details: {
        name: 'details',
        in: 'query',
        description:
          'true or false (default); true lists the facts behind each metric',
        schema: {
          type: 'string',
        },
      },
      connectionId: {
        name: 'connectionId',
        in: 'path',
        required: true,
        description:
          'The id of a configured DevLake webhook connection (devlake.connections)',
        schema: {
          type: 'string',
        },
      },
      connectionName: {
        name: 'connectionName',
        in: 'path',
        required: true,
        description: 'The name of a configured DevLake webhook connection',
        schema: {
          type: 'string',
        },
      },
      issueKey: {
        name: 'issueKey',
        in: 'path',
        required: true,
        description: "The issue's key as it was sent",
        schema: {
          type: 'string',
        },
      },
    },
    requestBodies: {
      Event: {
        description: "The source's JSON event, verified over its exact bytes",
        content: {
          'application/json': {
            schema: {
              type: 'object',
            },
          },
        },
      },
      GitHubEvent: {
        description:
          "GitHub's event, verified over its exact bytes: JSON (the webhook's content type application/json) or a form whose payload field is the JSON (application/x-www-form-urlencoded, the default of a webhook made in GitHub's settings)",
        content: {
          'application/json': {
            schema: {
              type: 'object',
            },
          },
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
            },
          },
        },
      },
      ArgoCdNotification: {
        description: "An Argo CD notification template's JSON",
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                type: {
                  type: 'string',
                  description: 'sync or rollback',
                },
                application: {
                  type: 'string',
                },
                status: {
                  type: 'string',
                },
                revision: {
                  type: 'string',
                },
                timestamp: {
                  type: 'string',
                },
                startedAt: {
                  type: 'string',
                },
                environment: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
      DevLakeDeployment: {
        description: "DevLake's WebhookDeploymentReq",
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                startedDate: {
                  type: 'string',
                },
                finishedDate: {
                  type: 'string',
                },
                createdDate: {
                  type: 'string',
                },
                environment: {
                  type: 'string',
                  description: 'PRODUCTION, STAGING, TESTING or DEVELOPMENT',
                },
                originalEnvironment: {
                  type: 'string',
                },
                result: {
                  type: 'string',
                },
                displayTitle: {
                  type: 'string',
                },
                name: {
                  type: 'string',
                },
                url: {
                  type: 'string',
                },
                deploymentCommits: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      repoUrl: {
                        type: 'string',
                      },
                      commitSha: {
                        type: 'string',
                      },
                      startedDate: {
                        type: 'string',
                      },
                      finishedDate: {
                        type: 'string',
                      },
                      commitMsg: {
                        type: 'string',
                      },
                      name: {
                        type: 'string',
                      },
                      refName: {
                        type: 'string',
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      DevLakePullRequest: {
        description: "DevLake's pull request webhook body",
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                displayTitle: {
                  type: 'string',
                },
                pullRequestKey: {
                  type: 'integer',
                },
                createdDate: {
                  type: 'string',
                },
                mergedDate: {
                  type: 'string',
                },
                mergeCommitSha: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
      DevLakeIssue: {
        description: "DevLake's issue webhook body",
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                issueKey: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                type: {
                  type: 'string',
                  description: 'INCIDENT issues are incidents',
                },
                status: {
                  type: 'string',
                  description: 'TODO, IN_PROGRESS or DONE',
                },
                originalStatus: {
                  type: 'string',
                },
                createdDate: {
                  type: 'string',
                },
                resolutionDate: {
                  type: 'string',
                },
                deploymentId: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
    },
    responses: {
      Error: {
        description:
          "An error: 400 names the field and what is expected, 401 without credentials (or a webhook's valid secret), 403 denied, 404 no such team, connection or issue, 413 a body over the limit, 503 the event store is unavailable (try again later)",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      SingleMetric: {
        description: 'One metric',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/SingleMetricAnswer',
            },
          },
        },
      },
      Stored: {
        description:
          'Stored once its transaction committed; the counts of what it wrote',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Stored',
            },
          },
        },
      },
      Ignored: {
        description: 'Accepted, but not an event that feeds the metrics',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Ignored',
            },
          },
        },
      },
      Closed: {
        description: 'The issue is closed',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['closed'],
              properties: {
                closed: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        description:
          "The Backstage backend's error shape, whose `error` also carries seed 000's `code` and, when one field was refused, `details`",
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
              code: {
                type: 'string',
                description:
                  'INVALID_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_ENTITY, RATE_LIMITED, NOT_IMPLEMENTED or SERVICE_UNAVAILABLE',
              },
              details: {
                type: 'object',
                description:
                  'The first refused field and what is wrong with it',
                properties: {
                  field: {
                    type: 'string',
                  },
                  reason: {
                    type: 'string',
                  },
                },
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
      Performance: {
        type: 'string',
        enum: ['elite', 'high', 'medium', 'low'],
      },
      Trend: {
        type: 'string',
        enum: ['increasing', 'decreasing', 'stable'],
      },
      MetricName: {
        type: 'string',
        enum: [
          'deploymentFrequency',
          'leadTimeForChanges',
          'changeFailureRate',
          'timeToRestoreService',
          'deploymentReworkRate',
        ],
      },
      Metric: {
        type: 'object',
        description:
          "A metric's figure; null with a `reason` when the period has no data for it. Metrics add their own facts (deploymentDays, failed, basis, rework, definition).",
        required: ['value', 'unit', 'trend', 'performance', 'count'],
        properties: {
          value: {
            type: ['number', 'null'],
          },
          unit: {
            type: 'string',
          },
          trend: {
            oneOf: [
              {
                $ref: '#/components/schemas/Trend',
              },
              {
                type: 'null',
              },
            ],
          },
          performance: {
            oneOf: [
              {
                $ref: '#/components/schemas/Performance',
              },
              {
                type: 'null',
              },
            ],
          },
          count: {
            type: 'integer',
            description:
              'How many deployments, changes or incidents the value stands on',
          },
          reason: {
            type: 'string',
          },
          details: {
            type: 'array',
            items: {},
          },
        },
        additionalProperties: true,
      },
      DoraMetrics: {
        type: 'object',
        required: [
          'deploymentFrequency',
          'leadTimeForChanges',
          'changeFailureRate',
          'timeToRestoreService',
          'deploymentReworkRate',
        ],
        properties: {
          deploymentFrequency: {
            $ref: '#/components/schemas/Metric',
          },
          leadTimeForChanges: {
            $ref: '#/components/schemas/Metric',
          },
          changeFailureRate: {
            $ref: '#/components/schemas/Metric',
          },
          timeToRestoreService: {
            $ref: '#/components/schemas/Metric',
          },
          deploymentReworkRate: {
            $ref: '#/components/schemas/Metric',
          },
        },
      },
      Period: {
        type: 'object',
        required: ['startDate', 'endDate'],
        properties: {
          startDate: {
            type: 'string',
          },
          endDate: {
            type: 'string',
          },
        },
      },
      MetricsAnswer: {
        type: 'object',
        required: [
          'project',
          'team',
          'period',
          'benchmark',
          'aggregation',
          'definitions',
          'environments',
          'metrics',
        ],
        properties: {
          project: {
            type: ['string', 'null'],
          },
          team: {
            type: ['string', 'null'],
          },
          period: {
            $ref: '#/components/schemas/Period',
          },
          benchmark: {
            type: 'string',
          },
          aggregation: {
            type: 'string',
            enum: ['median', 'p75', 'p90', 'mean'],
          },
          definitions: {
            type: 'string',
            enum: ['dora', 'devlake'],
          },
          environments: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          metrics: {
            $ref: '#/components/schemas/DoraMetrics',
          },
        },
      },
      SeedMetricsAnswer: {
        allOf: [
          {
            $ref: '#/components/schemas/MetricsAnswer',
          },
          {
            type: 'object',
            required: ['timeRange'],
            properties: {
              timeRange: {
                type: ['string', 'null'],
              },
            },
          },
        ],
      },
      SingleMetricAnswer: {
        allOf: [
          {
            $ref: '#/components/schemas/Metric',
          },
          {
            type: 'object',
            required: ['project', 'team', 'period', 'metric'],
            properties: {
              project: {
                type: ['string', 'null'],
              },
              team: {
                type: ['string', 'null'],
              },
              period: {
                $ref: '#/components/schemas/Period',
              },
              metric: {
                $ref: '#/components/schemas/MetricName',
              },
            },
          },
        ],
      },
      SeriesPoint: {
        type: 'object',
        required: ['start', 'end', 'value', 'unit', 'count', 'performance'],
        properties: {
          start: {
            type: 'string',
            format: 'date-time',
          },
          end: {
            type: 'string',
            format: 'date-time',
          },
          value: {
            type: ['number', 'null'],
          },
          unit: {
            type: 'string',
          },
          count: {
            type: 'integer',
          },
          performance: {
            oneOf: [
              {
                $ref: '#/components/schemas/Performance',
              },
              {
                type: 'null',
              },
            ],
          },
          reason: {
            type: 'string',
          },
        },
      },
      SeriesAnswer: {
        type: 'object',
        required: ['project', 'team', 'metric', 'interval', 'period', 'points'],
        properties: {
          project: {
            type: ['string', 'null'],
          },
          team: {
            type: ['string', 'null'],
          },
          metric: {
            $ref: '#/components/schemas/MetricName',
          },
          interval: {
            type: 'string',
            enum: ['day', 'week', 'month'],
          },
          period: {
            $ref: '#/components/schemas/Period',
          },
          points: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SeriesPoint',
            },
          },
        },
      },
      Deployment: {
        type: 'object',
        required: [
          'id',
          'version',
          'environment',
          'status',
          'startTime',
          'endTime',
          'duration',
          'triggeredBy',
          'commit',
        ],
        properties: {
          id: {
            type: 'string',
          },
          version: {
            type: ['string', 'null'],
          },
          environment: {
            type: 'string',
          },
          status: {
            type: 'string',
          },
          startTime: {
            type: ['string', 'null'],
          },
          endTime: {
            type: 'string',
          },
          duration: {
            type: ['integer', 'null'],
            description: 'Seconds',
          },
          triggeredBy: {
            type: ['string', 'null'],
          },
          commit: {
            oneOf: [
              {
                type: 'null',
              },
              {
                type: 'object',
                required: ['sha', 'message', 'author'],
                properties: {
                  sha: {
                    type: 'string',
                  },
                  message: {
                    type: ['string', 'null'],
                  },
                  author: {
                    type: ['string', 'null'],
                  },
                },
              },
            ],
          },
        },
      },
      DeploymentHistory: {
        type: 'object',
        required: ['service', 'deployments', 'total', 'nextCursor'],
        properties: {
          service: {
            type: 'string',
          },
          deployments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Deployment',
            },
          },
          total: {
            type: 'integer',
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
      },
      Stored: {
        type: 'object',
        required: ['stored'],
        properties: {
          stored: {
            type: 'object',
            required: [
              'deployments',
              'commits',
              'pullRequests',
              'incidents',
              'issues',
            ],
            properties: {
              deployments: {
                type: 'integer',
              },
              commits: {
                type: 'integer',
              },
              pullRequests: {
                type: 'integer',
              },
              incidents: {
                type: 'integer',
              },
              issues: {
                type: 'integer',
              },
            },
          },
        },
      },
      Ignored: {
        type: 'object',
        required: ['ignored'],
        properties: {
          ignored: {
            type: 'string',
          },
        },
      },
      Pong: {
        type: 'object',
        required: ['ok'],
        properties: {
          ok: {
            type: 'boolean',
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
