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
  '/dora-metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 001's DORA metrics of a project, a team or every project over startDate..endDate */
    get: operations['getDoraMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dora/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 000's all-metrics route, over a timeRange or startDate..endDate */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dora/deployment-frequency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 000's deployment frequency */
    get: operations['getDeploymentFrequency'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dora/lead-time': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 000's lead time for changes */
    get: operations['getLeadTime'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dora/change-failure-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 000's change failure rate */
    get: operations['getChangeFailureRate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dora/mttr': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 000's time to restore service (failed deployment recovery time) */
    get: operations['getMttr'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dora/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One figure of a metric per day, week or month, for charts */
    get: operations['getSeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deployment-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seed 001's deployments of a service, newest first, a page at a time */
    get: operations['getDeploymentHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/argocd': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seed 000's Argo CD sync notification, a deployment per sync operation (states that are no deployment's, such as Unknown or OutOfSync, answer 202) */
    post: operations['receiveArgoCdNotification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/jenkins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seed 000's Jenkins build notification (both shapes), a deployment */
    post: operations['receiveJenkinsBuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/github': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** GitHub push, pull_request, deployment and deployment_status events (ping answers 200) */
    post: operations['receiveGitHubEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/gitlab': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** GitLab Deployment, Push (default branch) and Merge Request (merged) hooks */
    post: operations['receiveGitLabEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/pagerduty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** PagerDuty v3 incident.* events, incidents */
    post: operations['receivePagerDutyEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/connections/{connectionId}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's deployment webhook of a connection */
    post: operations['postDevLakeDeployment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/{connectionId}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's deployment webhook of a connection (DevLake's shorter path) */
    post: operations['postDevLakeDeploymentLegacy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/connections/by-name/{connectionName}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's deployment webhook of a connection named by its name */
    post: operations['postDevLakeDeploymentByName'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/projects/{projectName}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's deployment webhook of a project (no connection needed) */
    post: operations['postDevLakeProjectDeployment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/connections/{connectionId}/pull_requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's pull request webhook of a connection */
    post: operations['postDevLakePullRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/{connectionId}/pull_requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's pull request webhook of a connection (DevLake's shorter path) */
    post: operations['postDevLakePullRequestLegacy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/connections/by-name/{connectionName}/pull_requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's pull request webhook of a connection named by its name */
    post: operations['postDevLakePullRequestByName'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/connections/{connectionId}/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's issue webhook of a connection; issues of type INCIDENT are incidents */
    post: operations['postDevLakeIssue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/{connectionId}/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's issue webhook of a connection (DevLake's shorter path) */
    post: operations['postDevLakeIssueLegacy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/connections/by-name/{connectionName}/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's issue webhook of a connection named by its name */
    post: operations['postDevLakeIssueByName'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/by-name/{connectionName}/issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's issue webhook by connection name, at the path DevLake's docs give */
    post: operations['postDevLakeIssueByNameDocumented'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/connections/{connectionId}/issue/{issueKey}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's close, the issue (and its incident) DONE and resolved now */
    post: operations['closeDevLakeIssue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/{connectionId}/issue/{issueKey}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's close of an issue (DevLake's shorter path) */
    post: operations['closeDevLakeIssueLegacy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/connections/by-name/{connectionName}/issue/{issueKey}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's close of an issue, the connection named by its name */
    post: operations['closeDevLakeIssueByName'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins/webhook/by-name/{connectionName}/issue/{issueKey}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** DevLake's close of an issue by connection name, at the path DevLake's docs give */
    post: operations['closeDevLakeIssueByNameDocumented'];
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
    /** @description The Backstage backend's error shape, whose `error` also carries seed 000's `code` and, when one field was refused, `details` */
    Error: {
      error: {
        name: string;
        message: string;
        /** @description INVALID_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_ENTITY, RATE_LIMITED, NOT_IMPLEMENTED or SERVICE_UNAVAILABLE */
        code?: string;
        /** @description The first refused field and what is wrong with it */
        details?: {
          field?: string;
          reason?: string;
        };
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
    /** @enum {string} */
    Performance: 'elite' | 'high' | 'medium' | 'low';
    /** @enum {string} */
    Trend: 'increasing' | 'decreasing' | 'stable';
    /** @enum {string} */
    MetricName:
      | 'deploymentFrequency'
      | 'leadTimeForChanges'
      | 'changeFailureRate'
      | 'timeToRestoreService'
      | 'deploymentReworkRate';
    /** @description A metric's figure; null with a `reason` when the period has no data for it. Metrics add their own facts (deploymentDays, failed, basis, rework, definition). */
    Metric: {
      value: number | null;
      unit: string;
      trend: components['schemas']['Trend'] | null;
      performance: components['schemas']['Performance'] | null;
      /** @description How many deployments, changes or incidents the value stands on */
      count: number;
      reason?: string;
      details?: unknown[];
    } & {
      [key: string]: unknown;
    };
    DoraMetrics: {
      deploymentFrequency: components['schemas']['Metric'];
      leadTimeForChanges: components['schemas']['Metric'];
      changeFailureRate: components['schemas']['Metric'];
      timeToRestoreService: components['schemas']['Metric'];
      deploymentReworkRate: components['schemas']['Metric'];
    };
    Period: {
      startDate: string;
      endDate: string;
    };
    MetricsAnswer: {
      project: string | null;
      team: string | null;
      period: components['schemas']['Period'];
      benchmark: string;
      /** @enum {string} */
      aggregation: 'median' | 'p75' | 'p90' | 'mean';
      /** @enum {string} */
      definitions: 'dora' | 'devlake';
      environments: string[];
      metrics: components['schemas']['DoraMetrics'];
    };
    SeedMetricsAnswer: components['schemas']['MetricsAnswer'] & {
      timeRange: string | null;
    };
    SingleMetricAnswer: components['schemas']['Metric'] & {
      project: string | null;
      team: string | null;
      period: components['schemas']['Period'];
      metric: components['schemas']['MetricName'];
    };
    SeriesPoint: {
      /** Format: date-time */
      start: string;
      /** Format: date-time */
      end: string;
      value: number | null;
      unit: string;
      count: number;
      performance: components['schemas']['Performance'] | null;
      reason?: string;
    };
    SeriesAnswer: {
      project: string | null;
      team: string | null;
      metric: components['schemas']['MetricName'];
      /** @enum {string} */
      interval: 'day' | 'week' | 'month';
      period: components['schemas']['Period'];
      points: components['schemas']['SeriesPoint'][];
    };
    Deployment: {
      id: string;
      version: string | null;
      environment: string;
      status: string;
      startTime: string | null;
      endTime: string;
      /** @description Seconds */
      duration: number | null;
      triggeredBy: string | null;
      commit: null | {
        sha: string;
        message: string | null;
        author: string | null;
      };
    };
    DeploymentHistory: {
      service: string;
      deployments: components['schemas']['Deployment'][];
      total: number;
      nextCursor: string | null;
    };
    Stored: {
      stored: {
        deployments: number;
        commits: number;
        pullRequests: number;
        incidents: number;
        issues: number;
      };
    };
    Ignored: {
      ignored: string;
    };
    Pong: {
      ok: boolean;
    };
  };
  responses: {
    /** @description An error: 400 names the field and what is expected, 401 without credentials (or a webhook's valid secret), 403 denied, 404 no such team, connection or issue, 413 a body over the limit, 503 the event store is unavailable (try again later) */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description One metric */
    SingleMetric: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['SingleMetricAnswer'];
      };
    };
    /** @description Stored once its transaction committed; the counts of what it wrote */
    Stored: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Stored'];
      };
    };
    /** @description Accepted, but not an event that feeds the metrics */
    Ignored: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Ignored'];
      };
    };
    /** @description The issue is closed */
    Closed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          closed: string;
        };
      };
    };
  };
  parameters: {
    /** @description A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project */
    project: string;
    /** @description A Group (`team-a` or `group:default/team-a`) whose Components' projects count */
    team: string;
    /** @description ISO 8601 date or date-time with a zone; default 30 days before endDate */
    startDate: string;
    /** @description ISO 8601 date (the whole day counts) or date-time (exclusive); default today */
    endDate: string;
    /** @description last7days, last30days (default), last90days or `<from>/<to>` */
    timeRange: string;
    /** @description Comma-separated environments that count as production (1 to 20) */
    environments: string;
    /** @description Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom) */
    benchmark: string;
    /** @description median (default), p75, p90 or mean, for lead time and recovery time */
    aggregation: string;
    /** @description dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time) */
    definitions: string;
    /** @description Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays */
    holidays: string;
    /** @description true or false (default); true takes Saturdays and Sundays (UTC) out of time */
    excludeWeekends: string;
    /** @description true or false (default); true counts failed production deployments as failures */
    countFailedDeployments: string;
    /** @description true or false (default); true lists the facts behind each metric */
    details: string;
    /** @description The id of a configured DevLake webhook connection (devlake.connections) */
    connectionId: string;
    /** @description The name of a configured DevLake webhook connection */
    connectionName: string;
    /** @description The issue's key as it was sent */
    issueKey: string;
  };
  requestBodies: {
    /** @description The source's JSON event, verified over its exact bytes */
    Event: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    /** @description GitHub's event, verified over its exact bytes: JSON (the webhook's content type application/json) or a form whose payload field is the JSON (application/x-www-form-urlencoded, the default of a webhook made in GitHub's settings) */
    GitHubEvent: {
      content: {
        'application/json': Record<string, never>;
        'application/x-www-form-urlencoded': Record<string, never>;
      };
    };
    /** @description An Argo CD notification template's JSON */
    ArgoCdNotification: {
      content: {
        'application/json': {
          /** @description sync or rollback */
          type?: string;
          application?: string;
          status?: string;
          revision?: string;
          timestamp?: string;
          startedAt?: string;
          environment?: string;
        };
      };
    };
    /** @description DevLake's WebhookDeploymentReq */
    DevLakeDeployment: {
      content: {
        'application/json': {
          id?: string;
          startedDate?: string;
          finishedDate?: string;
          createdDate?: string;
          /** @description PRODUCTION, STAGING, TESTING or DEVELOPMENT */
          environment?: string;
          originalEnvironment?: string;
          result?: string;
          displayTitle?: string;
          name?: string;
          url?: string;
          deploymentCommits?: {
            repoUrl?: string;
            commitSha?: string;
            startedDate?: string;
            finishedDate?: string;
            commitMsg?: string;
            name?: string;
            refName?: string;
          }[];
        };
      };
    };
    /** @description DevLake's pull request webhook body */
    DevLakePullRequest: {
      content: {
        'application/json': {
          id?: string;
          displayTitle?: string;
          pullRequestKey?: number;
          createdDate?: string;
          mergedDate?: string;
          mergeCommitSha?: string;
        };
      };
    };
    /** @description DevLake's issue webhook body */
    DevLakeIssue: {
      content: {
        'application/json': {
          issueKey?: string;
          title?: string;
          /** @description INCIDENT issues are incidents */
          type?: string;
          /** @description TODO, IN_PROGRESS or DONE */
          status?: string;
          originalStatus?: string;
          createdDate?: string;
          resolutionDate?: string;
          deploymentId?: string;
        };
      };
    };
  };
  headers: never;
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
  getDoraMetrics: {
    parameters: {
      query?: {
        /** @description A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project */
        project?: components['parameters']['project'];
        /** @description A Group (`team-a` or `group:default/team-a`) whose Components' projects count */
        team?: components['parameters']['team'];
        /** @description ISO 8601 date or date-time with a zone; default 30 days before endDate */
        startDate?: components['parameters']['startDate'];
        /** @description ISO 8601 date (the whole day counts) or date-time (exclusive); default today */
        endDate?: components['parameters']['endDate'];
        /** @description Comma-separated environments that count as production (1 to 20) */
        environments?: components['parameters']['environments'];
        /** @description Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom) */
        benchmark?: components['parameters']['benchmark'];
        /** @description median (default), p75, p90 or mean, for lead time and recovery time */
        aggregation?: components['parameters']['aggregation'];
        /** @description dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time) */
        definitions?: components['parameters']['definitions'];
        /** @description Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays */
        holidays?: components['parameters']['holidays'];
        /** @description true or false (default); true takes Saturdays and Sundays (UTC) out of time */
        excludeWeekends?: components['parameters']['excludeWeekends'];
        /** @description true or false (default); true counts failed production deployments as failures */
        countFailedDeployments?: components['parameters']['countFailedDeployments'];
        /** @description true or false (default); true lists the facts behind each metric */
        details?: components['parameters']['details'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The five metrics and the settings they were computed with */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsAnswer'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getMetrics: {
    parameters: {
      query?: {
        /** @description A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project */
        project?: components['parameters']['project'];
        /** @description A Group (`team-a` or `group:default/team-a`) whose Components' projects count */
        team?: components['parameters']['team'];
        /** @description last7days, last30days (default), last90days or `<from>/<to>` */
        timeRange?: components['parameters']['timeRange'];
        /** @description ISO 8601 date or date-time with a zone; default 30 days before endDate */
        startDate?: components['parameters']['startDate'];
        /** @description ISO 8601 date (the whole day counts) or date-time (exclusive); default today */
        endDate?: components['parameters']['endDate'];
        /** @description Comma-separated environments that count as production (1 to 20) */
        environments?: components['parameters']['environments'];
        /** @description Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom) */
        benchmark?: components['parameters']['benchmark'];
        /** @description median (default), p75, p90 or mean, for lead time and recovery time */
        aggregation?: components['parameters']['aggregation'];
        /** @description dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time) */
        definitions?: components['parameters']['definitions'];
        /** @description Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays */
        holidays?: components['parameters']['holidays'];
        /** @description true or false (default); true takes Saturdays and Sundays (UTC) out of time */
        excludeWeekends?: components['parameters']['excludeWeekends'];
        /** @description true or false (default); true counts failed production deployments as failures */
        countFailedDeployments?: components['parameters']['countFailedDeployments'];
        /** @description true or false (default); true lists the facts behind each metric */
        details?: components['parameters']['details'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The five metrics, the settings and the timeRange asked for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeedMetricsAnswer'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getDeploymentFrequency: {
    parameters: {
      query?: {
        /** @description A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project */
        project?: components['parameters']['project'];
        /** @description A Group (`team-a` or `group:default/team-a`) whose Components' projects count */
        team?: components['parameters']['team'];
        /** @description last7days, last30days (default), last90days or `<from>/<to>` */
        timeRange?: components['parameters']['timeRange'];
        /** @description ISO 8601 date or date-time with a zone; default 30 days before endDate */
        startDate?: components['parameters']['startDate'];
        /** @description ISO 8601 date (the whole day counts) or date-time (exclusive); default today */
        endDate?: components['parameters']['endDate'];
        /** @description Comma-separated environments that count as production (1 to 20) */
        environments?: components['parameters']['environments'];
        /** @description Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom) */
        benchmark?: components['parameters']['benchmark'];
        /** @description median (default), p75, p90 or mean, for lead time and recovery time */
        aggregation?: components['parameters']['aggregation'];
        /** @description dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time) */
        definitions?: components['parameters']['definitions'];
        /** @description Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays */
        holidays?: components['parameters']['holidays'];
        /** @description true or false (default); true takes Saturdays and Sundays (UTC) out of time */
        excludeWeekends?: components['parameters']['excludeWeekends'];
        /** @description true or false (default); true counts failed production deployments as failures */
        countFailedDeployments?: components['parameters']['countFailedDeployments'];
        /** @description true or false (default); true lists the facts behind each metric */
        details?: components['parameters']['details'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['SingleMetric'];
      default: components['responses']['Error'];
    };
  };
  getLeadTime: {
    parameters: {
      query?: {
        /** @description A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project */
        project?: components['parameters']['project'];
        /** @description A Group (`team-a` or `group:default/team-a`) whose Components' projects count */
        team?: components['parameters']['team'];
        /** @description last7days, last30days (default), last90days or `<from>/<to>` */
        timeRange?: components['parameters']['timeRange'];
        /** @description ISO 8601 date or date-time with a zone; default 30 days before endDate */
        startDate?: components['parameters']['startDate'];
        /** @description ISO 8601 date (the whole day counts) or date-time (exclusive); default today */
        endDate?: components['parameters']['endDate'];
        /** @description Comma-separated environments that count as production (1 to 20) */
        environments?: components['parameters']['environments'];
        /** @description Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom) */
        benchmark?: components['parameters']['benchmark'];
        /** @description median (default), p75, p90 or mean, for lead time and recovery time */
        aggregation?: components['parameters']['aggregation'];
        /** @description dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time) */
        definitions?: components['parameters']['definitions'];
        /** @description Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays */
        holidays?: components['parameters']['holidays'];
        /** @description true or false (default); true takes Saturdays and Sundays (UTC) out of time */
        excludeWeekends?: components['parameters']['excludeWeekends'];
        /** @description true or false (default); true counts failed production deployments as failures */
        countFailedDeployments?: components['parameters']['countFailedDeployments'];
        /** @description true or false (default); true lists the facts behind each metric */
        details?: components['parameters']['details'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['SingleMetric'];
      default: components['responses']['Error'];
    };
  };
  getChangeFailureRate: {
    parameters: {
      query?: {
        /** @description A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project */
        project?: components['parameters']['project'];
        /** @description A Group (`team-a` or `group:default/team-a`) whose Components' projects count */
        team?: components['parameters']['team'];
        /** @description last7days, last30days (default), last90days or `<from>/<to>` */
        timeRange?: components['parameters']['timeRange'];
        /** @description ISO 8601 date or date-time with a zone; default 30 days before endDate */
        startDate?: components['parameters']['startDate'];
        /** @description ISO 8601 date (the whole day counts) or date-time (exclusive); default today */
        endDate?: components['parameters']['endDate'];
        /** @description Comma-separated environments that count as production (1 to 20) */
        environments?: components['parameters']['environments'];
        /** @description Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom) */
        benchmark?: components['parameters']['benchmark'];
        /** @description median (default), p75, p90 or mean, for lead time and recovery time */
        aggregation?: components['parameters']['aggregation'];
        /** @description dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time) */
        definitions?: components['parameters']['definitions'];
        /** @description Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays */
        holidays?: components['parameters']['holidays'];
        /** @description true or false (default); true takes Saturdays and Sundays (UTC) out of time */
        excludeWeekends?: components['parameters']['excludeWeekends'];
        /** @description true or false (default); true counts failed production deployments as failures */
        countFailedDeployments?: components['parameters']['countFailedDeployments'];
        /** @description true or false (default); true lists the facts behind each metric */
        details?: components['parameters']['details'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['SingleMetric'];
      default: components['responses']['Error'];
    };
  };
  getMttr: {
    parameters: {
      query?: {
        /** @description A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project */
        project?: components['parameters']['project'];
        /** @description A Group (`team-a` or `group:default/team-a`) whose Components' projects count */
        team?: components['parameters']['team'];
        /** @description last7days, last30days (default), last90days or `<from>/<to>` */
        timeRange?: components['parameters']['timeRange'];
        /** @description ISO 8601 date or date-time with a zone; default 30 days before endDate */
        startDate?: components['parameters']['startDate'];
        /** @description ISO 8601 date (the whole day counts) or date-time (exclusive); default today */
        endDate?: components['parameters']['endDate'];
        /** @description Comma-separated environments that count as production (1 to 20) */
        environments?: components['parameters']['environments'];
        /** @description Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom) */
        benchmark?: components['parameters']['benchmark'];
        /** @description median (default), p75, p90 or mean, for lead time and recovery time */
        aggregation?: components['parameters']['aggregation'];
        /** @description dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time) */
        definitions?: components['parameters']['definitions'];
        /** @description Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays */
        holidays?: components['parameters']['holidays'];
        /** @description true or false (default); true takes Saturdays and Sundays (UTC) out of time */
        excludeWeekends?: components['parameters']['excludeWeekends'];
        /** @description true or false (default); true counts failed production deployments as failures */
        countFailedDeployments?: components['parameters']['countFailedDeployments'];
        /** @description true or false (default); true lists the facts behind each metric */
        details?: components['parameters']['details'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['SingleMetric'];
      default: components['responses']['Error'];
    };
  };
  getSeries: {
    parameters: {
      query?: {
        /** @description A catalog Component name (its devlake.apache.org/project-name annotation when it has one) or the project key events were sent with. Default: every project */
        project?: components['parameters']['project'];
        /** @description A Group (`team-a` or `group:default/team-a`) whose Components' projects count */
        team?: components['parameters']['team'];
        /** @description last7days, last30days (default), last90days or `<from>/<to>` */
        timeRange?: components['parameters']['timeRange'];
        /** @description ISO 8601 date or date-time with a zone; default 30 days before endDate */
        startDate?: components['parameters']['startDate'];
        /** @description ISO 8601 date (the whole day counts) or date-time (exclusive); default today */
        endDate?: components['parameters']['endDate'];
        /** @description Comma-separated environments that count as production (1 to 20) */
        environments?: components['parameters']['environments'];
        /** @description Performance bands: 2021, 2023 (default), 2024, or the name of a set configured in devlake.benchmarks (e.g. custom) */
        benchmark?: components['parameters']['benchmark'];
        /** @description median (default), p75, p90 or mean, for lead time and recovery time */
        aggregation?: components['parameters']['aggregation'];
        /** @description dora (default, devlake.definitions) or devlake: DevLake's dashboards' definitions (change failure rate without rollbacks, lead time per pull request as DevLake's pr_cycle_time) */
        definitions?: components['parameters']['definitions'];
        /** @description Comma-separated dates (YYYY-MM-DD) taken out of time like weekends, beside devlake.holidays */
        holidays?: components['parameters']['holidays'];
        /** @description true or false (default); true takes Saturdays and Sundays (UTC) out of time */
        excludeWeekends?: components['parameters']['excludeWeekends'];
        /** @description true or false (default); true counts failed production deployments as failures */
        countFailedDeployments?: components['parameters']['countFailedDeployments'];
        /** @description true or false (default); true lists the facts behind each metric */
        details?: components['parameters']['details'];
        /** @description Required: deploymentFrequency, leadTimeForChanges, changeFailureRate, timeToRestoreService or deploymentReworkRate */
        metric?: string;
        /** @description day, week (default) or month */
        interval?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The points of the series; the default period is the last 90 days */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeriesAnswer'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getDeploymentHistory: {
    parameters: {
      query?: {
        /** @description Required. The service (project), resolved through the catalog as `project` is */
        service?: string;
        /** @description Case-insensitive; `prod` (or `production`) is every production environment, `dev` also matches `development`, `test` `testing` */
        environment?: string;
        /** @description Digits only, 1 to 100 (default 20) */
        limit?: string;
        /** @description The `nextCursor` of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of deployments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentHistory'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  receiveArgoCdNotification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components['requestBodies']['ArgoCdNotification'];
    responses: {
      200: components['responses']['Stored'];
      202: components['responses']['Ignored'];
      default: components['responses']['Error'];
    };
  };
  receiveJenkinsBuild: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components['requestBodies']['Event'];
    responses: {
      200: components['responses']['Stored'];
      202: components['responses']['Ignored'];
      default: components['responses']['Error'];
    };
  };
  receiveGitHubEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description The event's type */
        'X-GitHub-Event'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: components['requestBodies']['GitHubEvent'];
    responses: {
      /** @description Stored, or a ping answered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            components['schemas']['Stored'] | components['schemas']['Pong'];
        };
      };
      202: components['responses']['Ignored'];
      default: components['responses']['Error'];
    };
  };
  receiveGitLabEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description The hook's type (e.g. Deployment Hook); else the body's object_kind */
        'X-Gitlab-Event'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: components['requestBodies']['Event'];
    responses: {
      200: components['responses']['Stored'];
      202: components['responses']['Ignored'];
      default: components['responses']['Error'];
    };
  };
  receivePagerDutyEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: components['requestBodies']['Event'];
    responses: {
      200: components['responses']['Stored'];
      202: components['responses']['Ignored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakeDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a configured DevLake webhook connection (devlake.connections) */
        connectionId: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakeDeployment'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakeDeploymentLegacy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a configured DevLake webhook connection (devlake.connections) */
        connectionId: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakeDeployment'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakeDeploymentByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured DevLake webhook connection */
        connectionName: components['parameters']['connectionName'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakeDeployment'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakeProjectDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The project, at most 100 characters */
        projectName: string;
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakeDeployment'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakePullRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a configured DevLake webhook connection (devlake.connections) */
        connectionId: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakePullRequest'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakePullRequestLegacy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a configured DevLake webhook connection (devlake.connections) */
        connectionId: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakePullRequest'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakePullRequestByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured DevLake webhook connection */
        connectionName: components['parameters']['connectionName'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakePullRequest'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakeIssue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a configured DevLake webhook connection (devlake.connections) */
        connectionId: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakeIssue'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakeIssueLegacy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a configured DevLake webhook connection (devlake.connections) */
        connectionId: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakeIssue'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakeIssueByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured DevLake webhook connection */
        connectionName: components['parameters']['connectionName'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakeIssue'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  postDevLakeIssueByNameDocumented: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured DevLake webhook connection */
        connectionName: components['parameters']['connectionName'];
      };
      cookie?: never;
    };
    requestBody?: components['requestBodies']['DevLakeIssue'];
    responses: {
      200: components['responses']['Stored'];
      default: components['responses']['Error'];
    };
  };
  closeDevLakeIssue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a configured DevLake webhook connection (devlake.connections) */
        connectionId: components['parameters']['connectionId'];
        /** @description The issue's key as it was sent */
        issueKey: components['parameters']['issueKey'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Closed'];
      default: components['responses']['Error'];
    };
  };
  closeDevLakeIssueLegacy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of a configured DevLake webhook connection (devlake.connections) */
        connectionId: components['parameters']['connectionId'];
        /** @description The issue's key as it was sent */
        issueKey: components['parameters']['issueKey'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Closed'];
      default: components['responses']['Error'];
    };
  };
  closeDevLakeIssueByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured DevLake webhook connection */
        connectionName: components['parameters']['connectionName'];
        /** @description The issue's key as it was sent */
        issueKey: components['parameters']['issueKey'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Closed'];
      default: components['responses']['Error'];
    };
  };
  closeDevLakeIssueByNameDocumented: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured DevLake webhook connection */
        connectionName: components['parameters']['connectionName'];
        /** @description The issue's key as it was sent */
        issueKey: components['parameters']['issueKey'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['Closed'];
      default: components['responses']['Error'];
    };
  };
}
