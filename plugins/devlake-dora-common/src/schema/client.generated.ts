// Generated from src/schema/openapi.yaml by `npm run openapi:generate`. Do not edit.
/* eslint-disable */

import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import type { SuccessResponseJSON } from 'openapi-typescript-helpers';
import type { paths } from './openapi.generated';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The options of a call: `params` (path, query, header) and `body`. */
export type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<
  paths[P],
  M
>;

/** What a call answers on success (nothing for a 204). */
export type Answer<P extends keyof paths, M extends Method> = [
  SuccessResponseJSON<paths[P][M] & Record<string | number, any>>,
] extends [never]
  ? void
  : SuccessResponseJSON<paths[P][M] & Record<string | number, any>>;

/**
 * One method per operation of the devlake API. A call that is not answered with a 2xx throws
 * the `ResponseError` of `@backstage/errors` (see `createPluginClient`).
 */
export class DefaultApiClient {
  constructor(private readonly client: Client<paths>) {}

  /** Whether the plugin can serve (its database answers) (`GET /health`) */
  async getHealth(
    init?: Init<'/health', 'get'>,
  ): Promise<Answer<'/health', 'get'>> {
    const { data } = await this.client.GET('/health', init as never);
    return data as unknown as Answer<'/health', 'get'>;
  }

  /** Seed 001's DORA metrics of a project, a team or every project over startDate..endDate (`GET /dora-metrics`) */
  async getDoraMetrics(
    init?: Init<'/dora-metrics', 'get'>,
  ): Promise<Answer<'/dora-metrics', 'get'>> {
    const { data } = await this.client.GET('/dora-metrics', init as never);
    return data as unknown as Answer<'/dora-metrics', 'get'>;
  }

  /** Seed 000's all-metrics route, over a timeRange or startDate..endDate (`GET /dora/metrics`) */
  async getMetrics(
    init?: Init<'/dora/metrics', 'get'>,
  ): Promise<Answer<'/dora/metrics', 'get'>> {
    const { data } = await this.client.GET('/dora/metrics', init as never);
    return data as unknown as Answer<'/dora/metrics', 'get'>;
  }

  /** Seed 000's deployment frequency (`GET /dora/deployment-frequency`) */
  async getDeploymentFrequency(
    init?: Init<'/dora/deployment-frequency', 'get'>,
  ): Promise<Answer<'/dora/deployment-frequency', 'get'>> {
    const { data } = await this.client.GET(
      '/dora/deployment-frequency',
      init as never,
    );
    return data as unknown as Answer<'/dora/deployment-frequency', 'get'>;
  }

  /** Seed 000's lead time for changes (`GET /dora/lead-time`) */
  async getLeadTime(
    init?: Init<'/dora/lead-time', 'get'>,
  ): Promise<Answer<'/dora/lead-time', 'get'>> {
    const { data } = await this.client.GET('/dora/lead-time', init as never);
    return data as unknown as Answer<'/dora/lead-time', 'get'>;
  }

  /** Seed 000's change failure rate (`GET /dora/change-failure-rate`) */
  async getChangeFailureRate(
    init?: Init<'/dora/change-failure-rate', 'get'>,
  ): Promise<Answer<'/dora/change-failure-rate', 'get'>> {
    const { data } = await this.client.GET(
      '/dora/change-failure-rate',
      init as never,
    );
    return data as unknown as Answer<'/dora/change-failure-rate', 'get'>;
  }

  /** Seed 000's time to restore service (failed deployment recovery time) (`GET /dora/mttr`) */
  async getMttr(
    init?: Init<'/dora/mttr', 'get'>,
  ): Promise<Answer<'/dora/mttr', 'get'>> {
    const { data } = await this.client.GET('/dora/mttr', init as never);
    return data as unknown as Answer<'/dora/mttr', 'get'>;
  }

  /** One figure of a metric per day, week or month, for charts (`GET /dora/series`) */
  async getSeries(
    init?: Init<'/dora/series', 'get'>,
  ): Promise<Answer<'/dora/series', 'get'>> {
    const { data } = await this.client.GET('/dora/series', init as never);
    return data as unknown as Answer<'/dora/series', 'get'>;
  }

  /** Seed 001's deployments of a service, newest first, a page at a time (`GET /deployment-history`) */
  async getDeploymentHistory(
    init?: Init<'/deployment-history', 'get'>,
  ): Promise<Answer<'/deployment-history', 'get'>> {
    const { data } = await this.client.GET(
      '/deployment-history',
      init as never,
    );
    return data as unknown as Answer<'/deployment-history', 'get'>;
  }

  /** Seed 000's Argo CD sync notification, a deployment per sync operation (states that are no deployment's, such as Unknown or OutOfSync, answer 202) (`POST /webhooks/argocd`) */
  async receiveArgoCdNotification(
    init?: Init<'/webhooks/argocd', 'post'>,
  ): Promise<Answer<'/webhooks/argocd', 'post'>> {
    const { data } = await this.client.POST('/webhooks/argocd', init as never);
    return data as unknown as Answer<'/webhooks/argocd', 'post'>;
  }

  /** Seed 000's Jenkins build notification (both shapes), a deployment (`POST /webhooks/jenkins`) */
  async receiveJenkinsBuild(
    init?: Init<'/webhooks/jenkins', 'post'>,
  ): Promise<Answer<'/webhooks/jenkins', 'post'>> {
    const { data } = await this.client.POST('/webhooks/jenkins', init as never);
    return data as unknown as Answer<'/webhooks/jenkins', 'post'>;
  }

  /** GitHub push, pull_request, deployment and deployment_status events (ping answers 200) (`POST /webhooks/github`) */
  async receiveGitHubEvent(
    init?: Init<'/webhooks/github', 'post'>,
  ): Promise<Answer<'/webhooks/github', 'post'>> {
    const { data } = await this.client.POST('/webhooks/github', init as never);
    return data as unknown as Answer<'/webhooks/github', 'post'>;
  }

  /** GitLab Deployment, Push (default branch) and Merge Request (merged) hooks (`POST /webhooks/gitlab`) */
  async receiveGitLabEvent(
    init?: Init<'/webhooks/gitlab', 'post'>,
  ): Promise<Answer<'/webhooks/gitlab', 'post'>> {
    const { data } = await this.client.POST('/webhooks/gitlab', init as never);
    return data as unknown as Answer<'/webhooks/gitlab', 'post'>;
  }

  /** PagerDuty v3 incident.* events, incidents (`POST /webhooks/pagerduty`) */
  async receivePagerDutyEvent(
    init?: Init<'/webhooks/pagerduty', 'post'>,
  ): Promise<Answer<'/webhooks/pagerduty', 'post'>> {
    const { data } = await this.client.POST(
      '/webhooks/pagerduty',
      init as never,
    );
    return data as unknown as Answer<'/webhooks/pagerduty', 'post'>;
  }

  /** DevLake's deployment webhook of a connection (`POST /plugins/webhook/connections/{connectionId}/deployments`) */
  async postDevLakeDeployment(
    init: Init<
      '/plugins/webhook/connections/{connectionId}/deployments',
      'post'
    >,
  ): Promise<
    Answer<'/plugins/webhook/connections/{connectionId}/deployments', 'post'>
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/connections/{connectionId}/deployments',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/connections/{connectionId}/deployments',
      'post'
    >;
  }

  /** DevLake's deployment webhook of a connection (DevLake's shorter path) (`POST /plugins/webhook/{connectionId}/deployments`) */
  async postDevLakeDeploymentLegacy(
    init: Init<'/plugins/webhook/{connectionId}/deployments', 'post'>,
  ): Promise<Answer<'/plugins/webhook/{connectionId}/deployments', 'post'>> {
    const { data } = await this.client.POST(
      '/plugins/webhook/{connectionId}/deployments',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/{connectionId}/deployments',
      'post'
    >;
  }

  /** DevLake's deployment webhook of a connection named by its name (`POST /plugins/webhook/connections/by-name/{connectionName}/deployments`) */
  async postDevLakeDeploymentByName(
    init: Init<
      '/plugins/webhook/connections/by-name/{connectionName}/deployments',
      'post'
    >,
  ): Promise<
    Answer<
      '/plugins/webhook/connections/by-name/{connectionName}/deployments',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/connections/by-name/{connectionName}/deployments',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/connections/by-name/{connectionName}/deployments',
      'post'
    >;
  }

  /** DevLake's deployment webhook of a project (no connection needed) (`POST /plugins/webhook/projects/{projectName}/deployments`) */
  async postDevLakeProjectDeployment(
    init: Init<'/plugins/webhook/projects/{projectName}/deployments', 'post'>,
  ): Promise<
    Answer<'/plugins/webhook/projects/{projectName}/deployments', 'post'>
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/projects/{projectName}/deployments',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/projects/{projectName}/deployments',
      'post'
    >;
  }

  /** DevLake's pull request webhook of a connection (`POST /plugins/webhook/connections/{connectionId}/pull_requests`) */
  async postDevLakePullRequest(
    init: Init<
      '/plugins/webhook/connections/{connectionId}/pull_requests',
      'post'
    >,
  ): Promise<
    Answer<'/plugins/webhook/connections/{connectionId}/pull_requests', 'post'>
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/connections/{connectionId}/pull_requests',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/connections/{connectionId}/pull_requests',
      'post'
    >;
  }

  /** DevLake's pull request webhook of a connection (DevLake's shorter path) (`POST /plugins/webhook/{connectionId}/pull_requests`) */
  async postDevLakePullRequestLegacy(
    init: Init<'/plugins/webhook/{connectionId}/pull_requests', 'post'>,
  ): Promise<Answer<'/plugins/webhook/{connectionId}/pull_requests', 'post'>> {
    const { data } = await this.client.POST(
      '/plugins/webhook/{connectionId}/pull_requests',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/{connectionId}/pull_requests',
      'post'
    >;
  }

  /** DevLake's pull request webhook of a connection named by its name (`POST /plugins/webhook/connections/by-name/{connectionName}/pull_requests`) */
  async postDevLakePullRequestByName(
    init: Init<
      '/plugins/webhook/connections/by-name/{connectionName}/pull_requests',
      'post'
    >,
  ): Promise<
    Answer<
      '/plugins/webhook/connections/by-name/{connectionName}/pull_requests',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/connections/by-name/{connectionName}/pull_requests',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/connections/by-name/{connectionName}/pull_requests',
      'post'
    >;
  }

  /** DevLake's issue webhook of a connection; issues of type INCIDENT are incidents (`POST /plugins/webhook/connections/{connectionId}/issues`) */
  async postDevLakeIssue(
    init: Init<'/plugins/webhook/connections/{connectionId}/issues', 'post'>,
  ): Promise<
    Answer<'/plugins/webhook/connections/{connectionId}/issues', 'post'>
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/connections/{connectionId}/issues',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/connections/{connectionId}/issues',
      'post'
    >;
  }

  /** DevLake's issue webhook of a connection (DevLake's shorter path) (`POST /plugins/webhook/{connectionId}/issues`) */
  async postDevLakeIssueLegacy(
    init: Init<'/plugins/webhook/{connectionId}/issues', 'post'>,
  ): Promise<Answer<'/plugins/webhook/{connectionId}/issues', 'post'>> {
    const { data } = await this.client.POST(
      '/plugins/webhook/{connectionId}/issues',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/{connectionId}/issues',
      'post'
    >;
  }

  /** DevLake's issue webhook of a connection named by its name (`POST /plugins/webhook/connections/by-name/{connectionName}/issues`) */
  async postDevLakeIssueByName(
    init: Init<
      '/plugins/webhook/connections/by-name/{connectionName}/issues',
      'post'
    >,
  ): Promise<
    Answer<
      '/plugins/webhook/connections/by-name/{connectionName}/issues',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/connections/by-name/{connectionName}/issues',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/connections/by-name/{connectionName}/issues',
      'post'
    >;
  }

  /** DevLake's issue webhook by connection name, at the path DevLake's docs give (`POST /plugins/webhook/by-name/{connectionName}/issues`) */
  async postDevLakeIssueByNameDocumented(
    init: Init<'/plugins/webhook/by-name/{connectionName}/issues', 'post'>,
  ): Promise<
    Answer<'/plugins/webhook/by-name/{connectionName}/issues', 'post'>
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/by-name/{connectionName}/issues',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/by-name/{connectionName}/issues',
      'post'
    >;
  }

  /** DevLake's close, the issue (and its incident) DONE and resolved now (`POST /plugins/webhook/connections/{connectionId}/issue/{issueKey}/close`) */
  async closeDevLakeIssue(
    init: Init<
      '/plugins/webhook/connections/{connectionId}/issue/{issueKey}/close',
      'post'
    >,
  ): Promise<
    Answer<
      '/plugins/webhook/connections/{connectionId}/issue/{issueKey}/close',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/connections/{connectionId}/issue/{issueKey}/close',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/connections/{connectionId}/issue/{issueKey}/close',
      'post'
    >;
  }

  /** DevLake's close of an issue (DevLake's shorter path) (`POST /plugins/webhook/{connectionId}/issue/{issueKey}/close`) */
  async closeDevLakeIssueLegacy(
    init: Init<
      '/plugins/webhook/{connectionId}/issue/{issueKey}/close',
      'post'
    >,
  ): Promise<
    Answer<'/plugins/webhook/{connectionId}/issue/{issueKey}/close', 'post'>
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/{connectionId}/issue/{issueKey}/close',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/{connectionId}/issue/{issueKey}/close',
      'post'
    >;
  }

  /** DevLake's close of an issue, the connection named by its name (`POST /plugins/webhook/connections/by-name/{connectionName}/issue/{issueKey}/close`) */
  async closeDevLakeIssueByName(
    init: Init<
      '/plugins/webhook/connections/by-name/{connectionName}/issue/{issueKey}/close',
      'post'
    >,
  ): Promise<
    Answer<
      '/plugins/webhook/connections/by-name/{connectionName}/issue/{issueKey}/close',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/connections/by-name/{connectionName}/issue/{issueKey}/close',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/connections/by-name/{connectionName}/issue/{issueKey}/close',
      'post'
    >;
  }

  /** DevLake's close of an issue by connection name, at the path DevLake's docs give (`POST /plugins/webhook/by-name/{connectionName}/issue/{issueKey}/close`) */
  async closeDevLakeIssueByNameDocumented(
    init: Init<
      '/plugins/webhook/by-name/{connectionName}/issue/{issueKey}/close',
      'post'
    >,
  ): Promise<
    Answer<
      '/plugins/webhook/by-name/{connectionName}/issue/{issueKey}/close',
      'post'
    >
  > {
    const { data } = await this.client.POST(
      '/plugins/webhook/by-name/{connectionName}/issue/{issueKey}/close',
      init as never,
    );
    return data as unknown as Answer<
      '/plugins/webhook/by-name/{connectionName}/issue/{issueKey}/close',
      'post'
    >;
  }
}
