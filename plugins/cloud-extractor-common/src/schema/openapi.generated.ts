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
  '/extraction/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The enabled cloud providers */
    get: operations['listProviders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/extraction/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The services each enabled provider extracts */
    get: operations['listServices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/extraction/trigger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start an extraction job */
    post: operations['triggerExtraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/extraction/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recent extraction jobs, newest first */
    get: operations['listJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/extraction/jobs/{job_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A job id such as `job_1234567890`; any other value names no job (404) */
        job_id: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    /** One job, with its progress, timing, results and transport */
    get: operations['getJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/extraction/jobs/{job_id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A job id such as `job_1234567890`; any other value names no job (404) */
        job_id: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a pending or running job; a running job stops within one page of work */
    post: operations['cancelJob'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/extraction/jobs/{job_id}/events': {
    parameters: {
      query?: never;
      header?: {
        /** @description Replay only the events after this one (server-sent events' reconnect) */
        'Last-Event-ID'?: string;
      };
      path: {
        /** @description A job id such as `job_1234567890`; any other value names no job (404) */
        job_id: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    /** The job's status and progress events as server-sent events, until it finishes */
    get: operations['streamJobEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schedules/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The extraction schedules */
    get: operations['listSchedules'];
    put?: never;
    /** Create an extraction schedule */
    post: operations['createSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schedules/{schedule_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A schedule id such as `sched_1234567890`; any other value names no schedule (404) */
        schedule_id: components['parameters']['scheduleId'];
      };
      cookie?: never;
    };
    /** One schedule */
    get: operations['getSchedule'];
    /** Replace a schedule's fields */
    put: operations['updateSchedule'];
    post?: never;
    /** Delete a schedule (its jobs stay) */
    delete: operations['deleteSchedule'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalog/entity-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The entity feed the catalog module reads
     * @description What the scans changed after a cursor, oldest first: an entity added or updated, or (entity null) removed because a complete scan of its scope no longer found it. The catalog module reads it through the discovery service, so the catalog may run in another backend. Service credentials only.
     */
    get: operations['listEntityChanges'];
    put?: never;
    post?: never;
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
    EntityChangePage: {
      items: components['schemas']['EntityChange'][];
      /** @description The `after` of the next page; unchanged when nothing is new */
      cursor: number;
    };
    EntityChange: {
      /** @description The catalog entity provider of the scope, e.g. `cloud-extractor:aws:123456789012` */
      provider_name: string;
      entity_ref: string;
      /** @description The entity; null when it was removed */
      entity: null | {
        [key: string]: unknown;
      };
    };
    /** @description The Backstage backend's error shape (`error`, `request`, `response`, read by Backstage clients), plus seed 003's `detail` and `errors`. The plugin's own answers carry all five; a 401 of the backend's auth layer (or a 429 of its rate limit), answered before the plugin, carries Backstage's three. */
    Error: {
      /** @description The error's message, as `error.message` (seed 003's `detail`) */
      detail?: string;
      /** @description One entry per invalid field of a request that failed validation (the body's fields, query parameters); empty for every other error */
      errors?: {
        /** @description The field as the client sent it, e.g. `batch_size`, `regions[0]`, `limit` */
        field: string;
        /** @description What is wrong with it */
        message: string;
      }[];
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
    ProviderList: {
      providers: string[];
      total: number;
    };
    ServiceDescription: {
      service: string;
      description: string;
      resource_types: string[];
      version: string;
    };
    ServiceList: {
      services_by_provider: {
        [key: string]: components['schemas']['ServiceDescription'][];
      };
      total_services: number;
    };
    FilterValue: string | number | boolean;
    /** @description What to extract; a field left out or null means all. Unknown fields are ignored (neither stored nor answered), as seed 003's pydantic models ignore them. */
    ExtractionRequest: {
      /** @description aws, azure or gcp */
      provider?: string | null;
      services?: string[] | null;
      regions?: string[] | null;
      /** @description Service-specific filters such as `instance_state` */
      filters?: {
        [key: string]: components['schemas']['FilterValue'];
      } | null;
      /** @description Entities per catalog mutation (1-1000, default 100) */
      batch_size?: number;
    };
    /** @description A schedule: a name, a cron expression (5 fields, or @daily and the like) and what to extract. Unknown fields are ignored (neither stored nor answered). */
    ScheduleRequest: {
      name?: string;
      cron_expression?: string;
      enabled?: boolean;
      provider?: string | null;
      services?: string[] | null;
      regions?: string[] | null;
      filters?: {
        [key: string]: components['schemas']['FilterValue'];
      } | null;
      batch_size?: number;
    };
    TriggerResponse: {
      job_id: string;
      /** @enum {string} */
      status: 'started';
      message: string;
      /**
       * Format: date-time
       * @description From the average duration of recent jobs; null before any finished
       */
      estimated_completion: string | null;
    };
    /** @enum {string} */
    JobStatus: 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';
    JobError: {
      provider: string;
      scope: string;
      service?: string;
      region?: string;
      message: string;
    };
    JobSummary: {
      job_id: string;
      status: components['schemas']['JobStatus'];
      provider: string | null;
      services: string[] | null;
      regions: string[] | null;
      /** Format: date-time */
      started_at: string | null;
      /** Format: date-time */
      completed_at: string | null;
      duration_seconds: number | null;
      resources_extracted: number;
      errors: components['schemas']['JobError'][];
    };
    JobList: {
      jobs: components['schemas']['JobSummary'][];
      total: number;
    };
    JobProgress: {
      total_resources: number;
      processed_resources: number;
      failed_resources: number;
      current_service: string | null;
      current_region: string | null;
    };
    ScopeOutcome: {
      provider: string;
      /** @description The account, subscription or project */
      scope: string;
      resources: number;
      /** @description Whether the scan covered the whole scope without a failure */
      complete: boolean;
      /**
       * @description full: the scope's entities were replaced (what is gone was removed); delta: added or updated only; none: nothing was published
       * @enum {string}
       */
      mutation: 'full' | 'delta' | 'none';
      catalog_connected: boolean;
    };
    JobTransport: {
      /** @enum {string} */
      type: 'catalog';
      destination: string;
      entities_published: number;
      files_created: number;
      files_destination: string | null;
    };
    JobDetail: {
      job_id: string;
      status: components['schemas']['JobStatus'];
      provider: string | null;
      services: string[] | null;
      regions: string[] | null;
      batch_size: number;
      filters: {
        [key: string]: components['schemas']['FilterValue'];
      };
      /** Format: date-time */
      created_at: string;
      created_by: string;
      schedule_id: string | null;
      attempts: number;
      cancel_requested: boolean;
      progress: components['schemas']['JobProgress'];
      timing: {
        /** Format: date-time */
        started_at: string | null;
        /** Format: date-time */
        completed_at: string | null;
        duration_seconds: number | null;
      };
      results: {
        resources_extracted: number;
        services_processed: number;
        /** @description Regions scanned; `global` (services without regions) is not a region */
        regions_processed: number;
        errors: components['schemas']['JobError'][];
        scopes: components['schemas']['ScopeOutcome'][];
      };
      transport: components['schemas']['JobTransport'];
    };
    CancelResponse: {
      job_id: string;
      status: components['schemas']['JobStatus'];
      message: string;
    };
    Schedule: {
      schedule_id: string;
      name: string;
      cron_expression: string;
      provider: string | null;
      services: string[] | null;
      regions: string[] | null;
      filters: {
        [key: string]: components['schemas']['FilterValue'];
      };
      batch_size: number;
      enabled: boolean;
      /** Format: date-time */
      last_run: string | null;
      last_job_id: string | null;
      /** Format: date-time */
      next_run: string | null;
      /** @enum {string} */
      status: 'active' | 'paused';
      created_by: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    ScheduleList: {
      schedules: components['schemas']['Schedule'][];
      total: number;
    };
    ScheduleDeleted: {
      schedule_id: string;
      message: string;
    };
  };
  responses: {
    /** @description The request is invalid (an unknown provider, service, filter or cron expression, a bad query parameter); the message names the field and what is expected */
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
    /** @description The permission policy denied the request */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such job or schedule (`Job not found: job_…`) */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The job has already finished, or a schedule with this name exists */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The body is over 1 MiB */
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
    /** @description The body is not JSON or does not match the request schema (seed 003's validation error), or a region is not a region of the chosen providers; the message names the field */
    UnprocessableEntity: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The database is unavailable; retry later */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description A job id such as `job_1234567890`; any other value names no job (404) */
    jobId: string;
    /** @description A schedule id such as `sched_1234567890`; any other value names no schedule (404) */
    scheduleId: string;
  };
  requestBodies: never;
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
  listProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The providers whose modules are installed and configured */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderList'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listServices: {
    parameters: {
      query?: {
        /** @description Only this provider's services (`aws`, `azure`, `gcp`) */
        provider?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The services, by provider */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  triggerExtraction: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ExtractionRequest'];
      };
    };
    responses: {
      /** @description The job is queued */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listJobs: {
    parameters: {
      query?: {
        /** @description At most this many jobs (1-1000, default 10) */
        limit?: number;
        /** @description Skip this many jobs first (default 0) */
        offset?: number;
        /** @description Only jobs in this status */
        status?: components['schemas']['JobStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  getJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A job id such as `job_1234567890`; any other value names no job (404) */
        job_id: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  cancelJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A job id such as `job_1234567890`; any other value names no job (404) */
        job_id: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancelled, or cancellation requested of the replica running it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CancelResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  streamJobEvents: {
    parameters: {
      query?: never;
      header?: {
        /** @description Replay only the events after this one (server-sent events' reconnect) */
        'Last-Event-ID'?: string;
      };
      path: {
        /** @description A job id such as `job_1234567890`; any other value names no job (404) */
        job_id: components['parameters']['jobId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `text/event-stream`; each event has an `id`, an `event` (`status`, `progress`, `scope`…) and `data` `{type, data}` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listSchedules: {
    parameters: {
      query?: {
        /** @description At most this many schedules (1-100, default 100) */
        limit?: number;
        /** @description Skip this many schedules first (default 0) */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedules */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScheduleList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  createSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ScheduleRequest'];
      };
    };
    responses: {
      /** @description The schedule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Schedule'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      422: components['responses']['UnprocessableEntity'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  getSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A schedule id such as `sched_1234567890`; any other value names no schedule (404) */
        schedule_id: components['parameters']['scheduleId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Schedule'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  updateSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A schedule id such as `sched_1234567890`; any other value names no schedule (404) */
        schedule_id: components['parameters']['scheduleId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ScheduleRequest'];
      };
    };
    responses: {
      /** @description The schedule */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Schedule'];
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
      503: components['responses']['ServiceUnavailable'];
    };
  };
  deleteSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A schedule id such as `sched_1234567890`; any other value names no schedule (404) */
        schedule_id: components['parameters']['scheduleId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScheduleDeleted'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  listEntityChanges: {
    parameters: {
      query?: {
        /** @description The cursor of the previous page; 0 or absent reads from the start */
        after?: string;
        /** @description Changes per page, 1 to 1000 (default 500) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of changes and the cursor to ask from next */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityChangePage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
}
