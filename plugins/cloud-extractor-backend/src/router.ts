import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  cloudExtractorJobCancelPermission,
  cloudExtractorJobCreatePermission,
  cloudExtractorScheduleCreatePermission,
  cloudExtractorScheduleDeletePermission,
  cloudExtractorScheduleUpdatePermission,
} from '@fawkes/plugin-cloud-extractor-common';
import { NotAllowedError } from '@backstage/errors';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import {
  audited,
  authorizeOrThrow,
  deferSpecViolations,
  healthHandler,
  jsonBody,
  methodNotAllowed,
  parseInput,
  runRoute,
  UnprocessableEntityError,
  type AuditMeta,
  type RouteCall,
} from '@fawkes/backend-http';
import type express from 'express';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { version } from '../package.json';
import type { JobStore } from './database/JobStore';
import type { ScheduleStore } from './database/ScheduleStore';
import { streamJobEvents } from './jobs/eventStream';
import type { ExtractionJobs } from './jobs/ExtractionJobs';
import { jobDetail, jobSummary, scheduleView } from './jobs/jobView';
import { parseJsonBody, specBodyViolationsAs422 } from './jsonBody';
import type { ProviderRegistry } from './providers/ProviderRegistry';
import { nextRun, normalisedCron } from './schedules/cron';
import type { EntityFeedStore } from './database/EntityFeedStore';
import {
  entityChangesQuery,
  jobIdParam,
  jobsQuery,
  lastEventId,
  scheduleBody,
  scheduleIdParam,
  schedulesQuery,
  servicesQuery,
  toExtractionRequest,
  triggerBody,
} from './schemas';
import { createOpenApiRouter, spec } from './schema/openapi.generated';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  db: Knex;
  registry: ProviderRegistry;
  jobStore: JobStore;
  scheduleStore: ScheduleStore;
  jobs: ExtractionJobs;
  feed: EntityFeedStore;
  /** How often an event stream looks for new events. */
  eventPollIntervalMs: number;
}

/**
 * HTTP only: the spec validates, each route parses what it means, calls the domain, answers.
 * Paths and statuses are seed 003's.
 */
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
    feed,
  } = options;
  const services = { httpAuth, auditor, permissions };
  const router = await createOpenApiRouter({
    // Seed 003 answers a body it cannot read with 422, like any invalid body.
    middleware: [
      jsonBody({ limit: '1mb', InvalidBody: UnprocessableEntityError }),
    ],
    // FastAPI ignores query parameters an operation does not declare; so does this plugin.
    validatorOptions: {
      validateRequests: {
        coerceTypes: false,
        allowUnknownQueryParameters: true,
      },
    },
  });
  router.use(deferSpecViolations());

  /**
   * A write, once the caller is known and the input parsed (seed 003 answers 401, then 422 and
   * 400, before the permission): one `medium` event of Backstage's auditor holding what was asked,
   * the permission checked inside it, so a refusal is a failed event.
   */
  const write = <T>(
    req: express.Request,
    call: RouteCall,
    event: { eventId: string; meta: AuditMeta },
    permission: BasicPermission,
    work: () => Promise<T>,
  ) =>
    audited(auditor, req, { ...event, severityLevel: 'medium' }, async () => {
      await authorizeOrThrow(permissions, call.credentials, permission);
      return work();
    });

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
    const providers = await runRoute(services, req, {}, async () =>
      registry.names(),
    );
    res.json({ providers, total: providers.length });
  });

  router.get('/extraction/services', async (req, res) => {
    const servicesByProvider = await runRoute(services, req, {}, async () => {
      const { provider } = parseInput(servicesQuery, req.query, 'query');
      return registry.servicesByProvider(provider);
    });
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
    const now = new Date();
    const jobId = await runRoute(services, req, {}, async call => {
      const request = toExtractionRequest(parseJsonBody(triggerBody, req));
      jobs.validate(request);
      return write(
        req,
        call,
        {
          eventId: 'job-trigger',
          meta: { request: { ...request, filters: { ...request.filters } } },
        },
        cloudExtractorJobCreatePermission,
        () => jobs.trigger(request, call.actor),
      );
    });
    res.json({
      job_id: jobId,
      status: 'started',
      message: 'Extraction job started successfully',
      estimated_completion: await jobs.estimatedCompletion(now),
    });
  });

  router.get('/extraction/jobs', async (req, res) => {
    const { jobs: list, total } = await runRoute(
      services,
      req,
      {},
      async () => {
        const query = parseInput(jobsQuery, req.query, 'query');
        return jobStore.list({
          limit: query.limit ?? 10,
          offset: query.offset ?? 0,
          status: query.status,
        });
      },
    );
    res.json({ jobs: list.map(jobSummary), total });
  });

  router.get('/extraction/jobs/:job_id', async (req, res) => {
    const job = await runRoute(services, req, {}, async () => {
      const job_id = jobIdParam(req.params.job_id);
      return jobStore.require(job_id);
    });
    res.json(jobDetail(job));
  });

  router.post('/extraction/jobs/:job_id/cancel', async (req, res) => {
    const job = await runRoute(services, req, {}, async call => {
      const job_id = jobIdParam(req.params.job_id);
      return write(
        req,
        call,
        { eventId: 'job-cancel', meta: { jobId: job_id } },
        cloudExtractorJobCancelPermission,
        () => jobStore.requestCancel(job_id, new Date()),
      );
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

  router.get('/extraction/jobs/:job_id/events', async (req, res) => {
    const { jobId, afterId } = await runRoute(services, req, {}, async () => {
      const job_id = jobIdParam(req.params.job_id);
      const header = req.header('last-event-id');
      const after =
        header === undefined ? 0 : parseInput(lastEventId, header, 'headers');
      await jobStore.require(job_id);
      return { jobId: job_id, afterId: after };
    });
    await streamJobEvents(res, {
      store: jobStore,
      jobId,
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
    const schedule = await runRoute(services, req, {}, async call => {
      const fields = parseSchedule(req);
      return write(
        req,
        call,
        { eventId: 'schedule-create', meta: { name: fields.name } },
        cloudExtractorScheduleCreatePermission,
        () =>
          scheduleStore.create({
            ...fields,
            id: `sched_${randomUUID().replace(/-/g, '')}`,
            createdBy: call.actor,
            now: new Date(),
          }),
      );
    });
    res.json(scheduleView(schedule));
  });

  router.get('/schedules/', async (req, res) => {
    const { schedules, total } = await runRoute(services, req, {}, async () => {
      const query = parseInput(schedulesQuery, req.query, 'query');
      return scheduleStore.list({
        limit: query.limit ?? 100,
        offset: query.offset ?? 0,
      });
    });
    res.json({ schedules: schedules.map(scheduleView), total });
  });

  router.get('/schedules/:schedule_id', async (req, res) => {
    const schedule = await runRoute(services, req, {}, async () => {
      const schedule_id = scheduleIdParam(req.params.schedule_id);
      return scheduleStore.require(schedule_id);
    });
    res.json(scheduleView(schedule));
  });

  router.put('/schedules/:schedule_id', async (req, res) => {
    const schedule = await runRoute(services, req, {}, async call => {
      const schedule_id = scheduleIdParam(req.params.schedule_id);
      const fields = parseSchedule(req);
      return write(
        req,
        call,
        { eventId: 'schedule-update', meta: { scheduleId: schedule_id } },
        cloudExtractorScheduleUpdatePermission,
        () => scheduleStore.update(schedule_id, { ...fields, now: new Date() }),
      );
    });
    res.json(scheduleView(schedule));
  });

  router.delete('/schedules/:schedule_id', async (req, res) => {
    const id = await runRoute(services, req, {}, async call => {
      const schedule_id = scheduleIdParam(req.params.schedule_id);
      await write(
        req,
        call,
        { eventId: 'schedule-delete', meta: { scheduleId: schedule_id } },
        cloudExtractorScheduleDeletePermission,
        () => scheduleStore.delete(schedule_id),
      );
      return schedule_id;
    });
    res.json({ schedule_id: id, message: 'Schedule deleted' });
  });

  router.use(specBodyViolationsAs422());
  router.get('/catalog/entity-changes', async (req, res) => {
    const page = await runRoute(services, req, {}, async call => {
      // The feed is every scope's inventory: for the catalog module, not for a signed-in user.
      if (call.credentials.principal.type !== 'service')
        throw new NotAllowedError(
          'The entity feed is read by the catalog with service credentials',
        );
      const query = parseInput(entityChangesQuery, req.query, 'query');
      return feed.changes(query.after ?? 0, query.limit ?? 500);
    });
    res.json(page);
  });

  // After every route: a spec path requested with a method it does not have.
  router.use(methodNotAllowed(spec, httpAuth));

  return router;
}
