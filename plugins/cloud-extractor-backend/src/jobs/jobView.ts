import { emptyResults } from '../database/JobStore';
import type { ScheduleRecord } from '../schedules/types';
import type { JobRecord } from './types';

function durationSeconds(job: JobRecord): number | null {
  if (!job.startedAt || !job.finishedAt) return null;
  return Math.round(
    (job.finishedAt.getTime() - job.startedAt.getTime()) / 1000,
  );
}

/** A job in the list shape of seed 003. */
export function jobSummary(job: JobRecord) {
  const results = job.results ?? emptyResults();
  return {
    job_id: job.id,
    status: job.status,
    provider: job.request.provider,
    services: job.request.services,
    regions: job.request.regions,
    started_at: job.startedAt?.toISOString() ?? null,
    completed_at: job.finishedAt?.toISOString() ?? null,
    duration_seconds: durationSeconds(job),
    resources_extracted: job.results
      ? results.resources_extracted
      : job.progress.processed_resources,
    errors: results.errors,
  };
}

/** A job in the detail shape of seed 003, plus who created it and the per-scope outcome. */
export function jobDetail(job: JobRecord) {
  const results = job.results ?? emptyResults();
  return {
    job_id: job.id,
    status: job.status,
    provider: job.request.provider,
    services: job.request.services,
    regions: job.request.regions,
    batch_size: job.request.batch_size,
    filters: job.request.filters,
    created_at: job.createdAt.toISOString(),
    created_by: job.createdBy,
    schedule_id: job.scheduleId ?? null,
    attempts: job.attempts,
    cancel_requested: job.cancelRequested,
    progress: job.progress,
    timing: {
      started_at: job.startedAt?.toISOString() ?? null,
      completed_at: job.finishedAt?.toISOString() ?? null,
      duration_seconds: durationSeconds(job),
    },
    results: {
      resources_extracted: job.results
        ? results.resources_extracted
        : job.progress.processed_resources,
      services_processed: results.services_processed,
      regions_processed: results.regions_processed,
      errors: results.errors,
      scopes: results.scopes,
    },
    transport: results.transport,
  };
}

export function scheduleView(schedule: ScheduleRecord) {
  return {
    schedule_id: schedule.id,
    name: schedule.name,
    cron_expression: schedule.cronExpression,
    provider: schedule.request.provider,
    services: schedule.request.services,
    regions: schedule.request.regions,
    filters: schedule.request.filters,
    batch_size: schedule.request.batch_size,
    enabled: schedule.enabled,
    last_run: schedule.lastRun?.toISOString() ?? null,
    last_job_id: schedule.lastJobId ?? null,
    next_run: schedule.enabled
      ? (schedule.nextRun?.toISOString() ?? null)
      : null,
    status: schedule.enabled ? ('active' as const) : ('paused' as const),
    created_by: schedule.createdBy,
    created_at: schedule.createdAt.toISOString(),
    updated_at: schedule.updatedAt.toISOString(),
  };
}
