import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  authorizeOrThrow,
  healthHandler,
  parseInput,
} from '@fawkes/backend-http';
import express from 'express';
import Router from 'express-promise-router';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { version } from '../package.json';
import type { JobStore } from './database/JobStore';
import type { ScheduleStore } from './database/ScheduleStore';
import { streamJobEvents } from './jobs/eventStream';
import type { ExtractionJobs } from './jobs/ExtractionJobs';
import { jobDetail, jobSummary, scheduleView } from './jobs/jobView';
import { jsonBodyErrors, parseJsonBody } from './jsonBody';
import {
  cloudExtractorJobCancelPermission,
  cloudExtractorJobCreatePermission,
  cloudExtractorScheduleCreatePermission,
  cloudExtractorScheduleDeletePermission,
  cloudExtractorScheduleUpdatePermission,
} from './permissions';
import type { ProviderRegistry } from './providers/ProviderRegistry';
import { nextRun, normalisedCron } from './schedules/cron';
import {
  jobParams,
  jobsQuery,
  lastEventId,
  scheduleBody,
  scheduleParams,
  schedulesQuery,
  servicesQuery,
  toExtractionRequest,
  triggerBody,
} from './schemas';

type AuditMeta = NonNullable<
  Parameters<AuditorService['createEvent']>[0]['meta']
>;

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  db: Knex;
  registry: ProviderRegistry;
  jobStore: JobStore;
  scheduleStore: ScheduleStore;
  jobs: ExtractionJobs;
  /** How often an event stream looks for new events. */
  eventPollIntervalMs: number;
}

/** HTTP only: parse and validate, call the domain, answer. Paths are seed 003's. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    httpAuth,
    auditor,
    permissions,
    db,
    registry,
    jobStore,
    scheduleStore,
    jobs,
  } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.use(jsonBodyErrors);
  const caller = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });
  const principal = (credentials: Awaited<ReturnType<typeof caller>>) =>
    credentials.principal.type === 'user'
      ? credentials.principal.userEntityRef
      : credentials.principal.subject;

  /** Every write goes to Backstage's auditor: success, or failure with its error (a refusal too). */
  const audited = async <T>(
    req: express.Request,
    eventId: string,
    meta: AuditMeta,
    write: () => Promise<T>,
  ): Promise<T> => {
    const event = await auditor.createEvent({
      eventId,
      request: req,
      severityLevel: 'medium',
      meta,
    });
    try {
      const result = await write();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  };

  router.get(
    '/health',
    healthHandler({
      version,
      check: async () => {
        await db.raw('select 1');
      },
    }),
  );

  router.get('/extraction/providers', async (req, res) => {
    await caller(req);
    const providers = registry.names();
    res.json({ providers, total: providers.length });
  });

  router.get('/extraction/services', async (req, res) => {
    await caller(req);
    const { provider } = parseInput(servicesQuery, req.query, 'query');
    const servicesByProvider = registry.servicesByProvider(provider);
    const total = Object.values(servicesByProvider).reduce(
      (sum, list) => sum + list.length,
      0,
    );
    res.json({
      services_by_provider: servicesByProvider,
      total_services: total,
    });
  });

  router.post('/extraction/trigger', async (req, res) => {
    const credentials = await caller(req);
    const request = toExtractionRequest(parseJsonBody(triggerBody, req));
    jobs.validate(request);
    const now = new Date();
    const jobId = await audited(
      req,
      'job-trigger',
      { request: { ...request, filters: { ...request.filters } } },
      async () => {
        await authorizeOrThrow(
          permissions,
          credentials,
          cloudExtractorJobCreatePermission,
        );
        return jobs.trigger(request, principal(credentials));
      },
    );
    res.json({
      job_id: jobId,
      status: 'started',
      message: 'Extraction job started successfully',
      estimated_completion: await jobs.estimatedCompletion(now),
    });
  });

  router.get('/extraction/jobs', async (req, res) => {
    await caller(req);
    const query = parseInput(jobsQuery, req.query, 'query');
    const { jobs: list, total } = await jobStore.list({
      limit: query.limit ?? 10,
      offset: query.offset ?? 0,
      status: query.status,
    });
    res.json({ jobs: list.map(jobSummary), total });
  });

  router.get('/extraction/jobs/:id', async (req, res) => {
    await caller(req);
    const { id } = parseInput(jobParams, req.params, 'params');
    res.json(jobDetail(await jobStore.require(id)));
  });

  router.post('/extraction/jobs/:id/cancel', async (req, res) => {
    const credentials = await caller(req);
    const { id } = parseInput(jobParams, req.params, 'params');
    const job = await audited(req, 'job-cancel', { jobId: id }, async () => {
      await authorizeOrThrow(
        permissions,
        credentials,
        cloudExtractorJobCancelPermission,
      );
      return jobStore.requestCancel(id, new Date());
    });
    res.json({
      job_id: job.id,
      status: job.status,
      message:
        job.status === 'cancelled'
          ? 'Extraction job cancelled'
          : 'Cancellation requested; the job stops at its next checkpoint',
    });
  });

  router.get('/extraction/jobs/:id/events', async (req, res) => {
    await caller(req);
    const { id } = parseInput(jobParams, req.params, 'params');
    const header = req.header('last-event-id');
    const afterId =
      header === undefined ? 0 : parseInput(lastEventId, header, 'headers');
    await jobStore.require(id);
    await streamJobEvents(res, {
      store: jobStore,
      jobId: id,
      afterId,
      pollIntervalMs: options.eventPollIntervalMs,
    });
  });

  const parseSchedule = (req: express.Request) => {
    const input = parseJsonBody(scheduleBody, req);
    const request = toExtractionRequest(input);
    jobs.validate(request);
    const enabled = input.enabled ?? true;
    const next = nextRun(input.cron_expression, new Date());
    return {
      name: input.name,
      cronExpression: normalisedCron(input.cron_expression),
      request,
      enabled,
      nextRun: enabled ? next : undefined,
    };
  };

  router.post('/schedules/', async (req, res) => {
    const credentials = await caller(req);
    const fields = parseSchedule(req);
    const schedule = await audited(
      req,
      'schedule-create',
      { name: fields.name },
      async () => {
        await authorizeOrThrow(
          permissions,
          credentials,
          cloudExtractorScheduleCreatePermission,
        );
        return scheduleStore.create({
          ...fields,
          id: `sched_${randomUUID().replace(/-/g, '')}`,
          createdBy: principal(credentials),
          now: new Date(),
        });
      },
    );
    res.json(scheduleView(schedule));
  });

  router.get('/schedules/', async (req, res) => {
    await caller(req);
    const query = parseInput(schedulesQuery, req.query, 'query');
    const { schedules, total } = await scheduleStore.list({
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
    res.json({ schedules: schedules.map(scheduleView), total });
  });

  router.get('/schedules/:id', async (req, res) => {
    await caller(req);
    const { id } = parseInput(scheduleParams, req.params, 'params');
    res.json(scheduleView(await scheduleStore.require(id)));
  });

  router.put('/schedules/:id', async (req, res) => {
    const credentials = await caller(req);
    const { id } = parseInput(scheduleParams, req.params, 'params');
    const fields = parseSchedule(req);
    const schedule = await audited(
      req,
      'schedule-update',
      { scheduleId: id },
      async () => {
        await authorizeOrThrow(
          permissions,
          credentials,
          cloudExtractorScheduleUpdatePermission,
        );
        return scheduleStore.update(id, { ...fields, now: new Date() });
      },
    );
    res.json(scheduleView(schedule));
  });

  router.delete('/schedules/:id', async (req, res) => {
    const credentials = await caller(req);
    const { id } = parseInput(scheduleParams, req.params, 'params');
    await audited(req, 'schedule-delete', { scheduleId: id }, async () => {
      await authorizeOrThrow(
        permissions,
        credentials,
        cloudExtractorScheduleDeletePermission,
      );
      await scheduleStore.delete(id);
    });
    res.json({ schedule_id: id, message: 'Schedule deleted' });
  });

  return router;
}
