import { ResponseError } from '@backstage/errors';
import type {
  JobSummary,
  Schedule,
} from '@fawkes/plugin-cloud-extractor-common';
import type { JobEvent } from '../api';

export function job(overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    job_id: 'job_1',
    status: 'completed',
    provider: 'aws',
    services: null,
    regions: null,
    started_at: '2026-12-01T10:00:00Z',
    completed_at: '2026-12-01T10:01:00Z',
    duration_seconds: 60,
    resources_extracted: 12,
    errors: [],
    ...overrides,
  };
}

export function schedule(overrides: Partial<Schedule> = {}): Schedule {
  return {
    schedule_id: 'sched_1',
    name: 'nightly',
    cron_expression: '0 2 * * *',
    provider: 'aws',
    services: null,
    regions: null,
    filters: {},
    batch_size: 100,
    enabled: true,
    last_run: null,
    last_job_id: null,
    next_run: '2026-12-02T02:00:00Z',
    status: 'active',
    created_by: 'user:default/guest',
    created_at: '2026-12-01T09:00:00Z',
    updated_at: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}

/** A backend answer that failed the way the real client reports it. */
export async function responseError(status: number, message: string) {
  return ResponseError.fromResponse({
    ok: false,
    status,
    statusText: 'Error',
    url: 'http://backend/api/cloud-extractor/extraction/providers',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () =>
      JSON.stringify({
        error: { name: 'Error', message },
        request: { method: 'GET', url: '/' },
        response: { statusCode: status },
      }),
  } as any);
}

/**
 * The API with jest mocks; `events[jobId]` are the server-sent events `watchJob` replays before
 * the stream ends (a job without any keeps its stream open).
 */
export function fakeCloudApi(
  options: {
    jobs?: JobSummary[];
    schedules?: Schedule[];
    providers?: string[];
    events?: Record<string, JobEvent[]>;
  } = {},
) {
  const providers = options.providers ?? ['aws'];
  let jobs = options.jobs ?? [job()];
  return {
    setJobs(next: JobSummary[]) {
      jobs = next;
    },
    listProviders: jest.fn(async () => ({
      providers,
      total: providers.length,
    })),
    listServices: jest.fn(async () => ({
      services_by_provider: Object.fromEntries(
        providers.map(p => [
          p,
          [
            {
              service: 'ec2',
              description: 'EC2 instances',
              resource_types: ['ec2-instance'],
              version: '1',
            },
          ],
        ]),
      ),
      total_services: providers.length,
    })),
    triggerExtraction: jest.fn(async () => ({
      job_id: 'job_new',
      status: 'started' as const,
      message: 'queued',
      estimated_completion: null,
    })),
    listJobs: jest.fn(async () => ({ jobs, total: jobs.length })),
    getJob: jest.fn(),
    cancelJob: jest.fn(async () => ({
      job_id: 'job_1',
      status: 'cancelled' as const,
      message: 'Job cancelled',
    })),
    listSchedules: jest.fn(async () => ({
      schedules: options.schedules ?? [],
      total: options.schedules?.length ?? 0,
    })),
    createSchedule: jest.fn(async () => schedule()),
    updateSchedule: jest.fn(async () => schedule()),
    deleteSchedule: jest.fn(async () => ({
      schedule_id: 'sched_1',
      message: 'deleted',
    })),
    watchJob: jest.fn(
      async (
        jobId: string,
        onEvent: (event: JobEvent) => void,
        signal: AbortSignal,
      ) => {
        const events = options.events?.[jobId];
        if (!events)
          return new Promise<void>(resolve =>
            signal.addEventListener('abort', () => resolve()),
          );
        for (const event of events) {
          await Promise.resolve();
          onEvent(event);
        }
        const last = events[events.length - 1]?.data.status;
        // A job still running keeps its stream open, as the backend does.
        if (last === 'pending' || last === 'running')
          return new Promise<void>(resolve =>
            signal.addEventListener('abort', () => resolve()),
          );
        // As the backend: the job's last status is what the list says from now on.
        jobs = jobs.map(j =>
          j.job_id === jobId && typeof last === 'string'
            ? { ...j, status: last as JobSummary['status'] }
            : j,
        );
        return undefined;
      },
    ),
  };
}
