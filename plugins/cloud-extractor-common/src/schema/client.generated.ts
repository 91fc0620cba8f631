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
 * One method per operation of the cloud-extractor API. A call that is not answered with a 2xx throws
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

  /** The enabled cloud providers (`GET /extraction/providers`) */
  async listProviders(
    init?: Init<'/extraction/providers', 'get'>,
  ): Promise<Answer<'/extraction/providers', 'get'>> {
    const { data } = await this.client.GET(
      '/extraction/providers',
      init as never,
    );
    return data as unknown as Answer<'/extraction/providers', 'get'>;
  }

  /** The services each enabled provider extracts (`GET /extraction/services`) */
  async listServices(
    init?: Init<'/extraction/services', 'get'>,
  ): Promise<Answer<'/extraction/services', 'get'>> {
    const { data } = await this.client.GET(
      '/extraction/services',
      init as never,
    );
    return data as unknown as Answer<'/extraction/services', 'get'>;
  }

  /** Start an extraction job (`POST /extraction/trigger`) */
  async triggerExtraction(
    init?: Init<'/extraction/trigger', 'post'>,
  ): Promise<Answer<'/extraction/trigger', 'post'>> {
    const { data } = await this.client.POST(
      '/extraction/trigger',
      init as never,
    );
    return data as unknown as Answer<'/extraction/trigger', 'post'>;
  }

  /** Recent extraction jobs, newest first (`GET /extraction/jobs`) */
  async listJobs(
    init?: Init<'/extraction/jobs', 'get'>,
  ): Promise<Answer<'/extraction/jobs', 'get'>> {
    const { data } = await this.client.GET('/extraction/jobs', init as never);
    return data as unknown as Answer<'/extraction/jobs', 'get'>;
  }

  /** One job, with its progress, timing, results and transport (`GET /extraction/jobs/{job_id}`) */
  async getJob(
    init: Init<'/extraction/jobs/{job_id}', 'get'>,
  ): Promise<Answer<'/extraction/jobs/{job_id}', 'get'>> {
    const { data } = await this.client.GET(
      '/extraction/jobs/{job_id}',
      init as never,
    );
    return data as unknown as Answer<'/extraction/jobs/{job_id}', 'get'>;
  }

  /** Cancel a pending or running job; a running job stops within one page of work (`POST /extraction/jobs/{job_id}/cancel`) */
  async cancelJob(
    init: Init<'/extraction/jobs/{job_id}/cancel', 'post'>,
  ): Promise<Answer<'/extraction/jobs/{job_id}/cancel', 'post'>> {
    const { data } = await this.client.POST(
      '/extraction/jobs/{job_id}/cancel',
      init as never,
    );
    return data as unknown as Answer<
      '/extraction/jobs/{job_id}/cancel',
      'post'
    >;
  }

  /** The job's status and progress events as server-sent events, until it finishes (`GET /extraction/jobs/{job_id}/events`) */
  async streamJobEvents(
    init: Init<'/extraction/jobs/{job_id}/events', 'get'>,
  ): Promise<Answer<'/extraction/jobs/{job_id}/events', 'get'>> {
    const { data } = await this.client.GET(
      '/extraction/jobs/{job_id}/events',
      init as never,
    );
    return data as unknown as Answer<'/extraction/jobs/{job_id}/events', 'get'>;
  }

  /** The extraction schedules (`GET /schedules/`) */
  async listSchedules(
    init?: Init<'/schedules/', 'get'>,
  ): Promise<Answer<'/schedules/', 'get'>> {
    const { data } = await this.client.GET('/schedules/', init as never);
    return data as unknown as Answer<'/schedules/', 'get'>;
  }

  /** Create an extraction schedule (`POST /schedules/`) */
  async createSchedule(
    init?: Init<'/schedules/', 'post'>,
  ): Promise<Answer<'/schedules/', 'post'>> {
    const { data } = await this.client.POST('/schedules/', init as never);
    return data as unknown as Answer<'/schedules/', 'post'>;
  }

  /** One schedule (`GET /schedules/{schedule_id}`) */
  async getSchedule(
    init: Init<'/schedules/{schedule_id}', 'get'>,
  ): Promise<Answer<'/schedules/{schedule_id}', 'get'>> {
    const { data } = await this.client.GET(
      '/schedules/{schedule_id}',
      init as never,
    );
    return data as unknown as Answer<'/schedules/{schedule_id}', 'get'>;
  }

  /** Replace a schedule's fields (`PUT /schedules/{schedule_id}`) */
  async updateSchedule(
    init: Init<'/schedules/{schedule_id}', 'put'>,
  ): Promise<Answer<'/schedules/{schedule_id}', 'put'>> {
    const { data } = await this.client.PUT(
      '/schedules/{schedule_id}',
      init as never,
    );
    return data as unknown as Answer<'/schedules/{schedule_id}', 'put'>;
  }

  /** Delete a schedule (its jobs stay) (`DELETE /schedules/{schedule_id}`) */
  async deleteSchedule(
    init: Init<'/schedules/{schedule_id}', 'delete'>,
  ): Promise<Answer<'/schedules/{schedule_id}', 'delete'>> {
    const { data } = await this.client.DELETE(
      '/schedules/{schedule_id}',
      init as never,
    );
    return data as unknown as Answer<'/schedules/{schedule_id}', 'delete'>;
  }

  /** The entity feed the catalog module reads (`GET /catalog/entity-changes`) */
  async listEntityChanges(
    init?: Init<'/catalog/entity-changes', 'get'>,
  ): Promise<Answer<'/catalog/entity-changes', 'get'>> {
    const { data } = await this.client.GET(
      '/catalog/entity-changes',
      init as never,
    );
    return data as unknown as Answer<'/catalog/entity-changes', 'get'>;
  }
}
