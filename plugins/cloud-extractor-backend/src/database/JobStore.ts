import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import {
  EMPTY_PROGRESS,
  type ExtractionRequest,
  type JobEvent,
  type JobProgress,
  type JobRecord,
  type JobResults,
  type JobStatus,
} from '../jobs/types';
import { parseJson, toDate } from './values';

const JOBS = 'extraction_jobs';
const EVENTS = 'extraction_job_events';

interface JobRow {
  id: string;
  status: string;
  request: string;
  created_by: string;
  schedule_id: string | null;
  created_at: unknown;
  started_at: unknown;
  finished_at: unknown;
  claimed_by: string | null;
  lease_expires_at: unknown;
  attempts: number;
  cancel_requested: boolean | number;
  progress: string | null;
  results: string | null;
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    status: row.status as JobStatus,
    request: parseJson<ExtractionRequest>(row.request, {} as ExtractionRequest),
    createdBy: row.created_by,
    scheduleId: row.schedule_id ?? undefined,
    createdAt: toDate(row.created_at)!,
    startedAt: toDate(row.started_at),
    finishedAt: toDate(row.finished_at),
    claimedBy: row.claimed_by ?? undefined,
    leaseExpiresAt: toDate(row.lease_expires_at),
    attempts: Number(row.attempts),
    cancelRequested: Boolean(row.cancel_requested),
    progress: parseJson<JobProgress>(row.progress, EMPTY_PROGRESS),
    results: parseJson<JobResults | undefined>(row.results, undefined),
  };
}

/** Jobs and their events. Claims are conditional updates, so one runner wins across replicas. */
export class JobStore {
  constructor(private readonly db: Knex) {}

  async create(
    job: {
      id: string;
      request: ExtractionRequest;
      createdBy: string;
      scheduleId?: string;
      now: Date;
    },
    trx?: Knex.Transaction,
  ): Promise<void> {
    const write = async (tx: Knex.Transaction) => {
      await tx(JOBS).insert({
        id: job.id,
        status: 'pending',
        request: JSON.stringify(job.request),
        created_by: job.createdBy,
        schedule_id: job.scheduleId ?? null,
        created_at: job.now,
        attempts: 0,
        cancel_requested: false,
        progress: JSON.stringify(EMPTY_PROGRESS),
      });
      await this.appendEvent(
        job.id,
        'status',
        { job_id: job.id, status: 'pending' },
        tx,
      );
    };
    if (trx) await write(trx);
    else await this.db.transaction(write);
  }

  async get(id: string): Promise<JobRecord | undefined> {
    const row = await this.db<JobRow>(JOBS).where({ id }).first();
    return row ? toRecord(row) : undefined;
  }

  async require(id: string): Promise<JobRecord> {
    const job = await this.get(id);
    if (!job) throw new NotFoundError(`Job not found: ${id}`);
    return job;
  }

  async list(options: {
    limit: number;
    offset: number;
    status?: JobStatus;
  }): Promise<{ jobs: JobRecord[]; total: number }> {
    const filtered = () => {
      const query = this.db<JobRow>(JOBS);
      if (options.status) query.where({ status: options.status });
      return query;
    };
    const [rows, [{ count }]] = await Promise.all([
      filtered()
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(options.limit)
        .offset(options.offset),
      filtered().count({ count: '*' }),
    ]);
    return { jobs: rows.map(toRecord), total: Number(count) };
  }

  /** Average duration of the latest completed jobs, for the trigger's estimated_completion. */
  async recentAverageDurationMs(): Promise<number | undefined> {
    const rows = await this.db<JobRow>(JOBS)
      .where({ status: 'completed' })
      .orderBy('finished_at', 'desc')
      .limit(10)
      .select('started_at', 'finished_at');
    const durations = rows
      .map(
        row =>
          (toDate(row.finished_at)?.getTime() ?? 0) -
          (toDate(row.started_at)?.getTime() ?? 0),
      )
      .filter(ms => ms >= 0);
    return durations.length
      ? durations.reduce((a, b) => a + b, 0) / durations.length
      : undefined;
  }

  /**
   * Claims the oldest job that is pending or whose runner's lease expired. Jobs whose lease
   * expired too often are failed instead. Returns undefined when there is nothing to run.
   * `running` names the jobs the asking runner is still at work on: a late renewal of its own is
   * no reason to start one again or fail it (only the process knows it is alive; a job it no
   * longer runs, say one whose end could not be written, is taken over like any other).
   */
  async claimNext(
    runnerId: string,
    options: {
      now: Date;
      leaseMs: number;
      maxAttempts: number;
      running: string[];
    },
  ): Promise<JobRecord | undefined> {
    const { now, leaseMs, maxAttempts, running } = options;
    await this.failAbandoned(running, now, maxAttempts);
    const candidates = await this.db<JobRow>(JOBS)
      .where({ status: 'pending' })
      // A late renewal is no reason for this runner to start its own running job again: only
      // another runner takes over an expired lease (this one's id is new after a restart).
      .orWhere(q =>
        q
          .where({ status: 'running' })
          .andWhere('lease_expires_at', '<', now)
          .whereNotIn('id', running),
      )
      .orderBy('created_at', 'asc')
      .limit(5)
      .select('id');
    for (const { id } of candidates) {
      const claimed = await this.db(JOBS)
        .where({ id })
        .andWhere(q =>
          q
            .where({ status: 'pending' })
            .orWhere(r =>
              r
                .where({ status: 'running' })
                .andWhere('lease_expires_at', '<', now)
                .whereNotIn('id', running),
            ),
        )
        .update({
          status: 'running',
          claimed_by: runnerId,
          lease_expires_at: new Date(now.getTime() + leaseMs),
          attempts: this.db.raw('attempts + 1'),
          started_at: this.db.raw('coalesce(started_at, ?)', [now]),
        });
      if (claimed === 1) {
        const job = (await this.get(id))!;
        await this.appendEvent(id, 'status', {
          job_id: id,
          status: 'running',
          attempt: job.attempts,
          runner: runnerId,
        });
        return job;
      }
    }
    return undefined;
  }

  /**
   * Fails the jobs whose runner stopped renewing their lease once too often, but none of the
   * asking runner's running jobs: it is alive, so a lease of its own that ran out only means its
   * renewal came late (a stalled event loop, a slow database); its job timeout stops a scan that
   * hangs.
   */
  private async failAbandoned(
    running: string[],
    now: Date,
    maxAttempts: number,
  ): Promise<void> {
    const abandoned = await this.db<JobRow>(JOBS)
      .where({ status: 'running' })
      .andWhere('lease_expires_at', '<', now)
      .andWhere('attempts', '>=', maxAttempts)
      .whereNotIn('id', running)
      .select('id', 'attempts');
    for (const { id, attempts } of abandoned) {
      const message = `The runner of this job stopped renewing its lease ${attempts} time(s); giving up.`;
      const failed = await this.db(JOBS)
        .where({ id, status: 'running' })
        .andWhere('lease_expires_at', '<', now)
        .update({
          status: 'failed',
          finished_at: now,
          claimed_by: null,
          lease_expires_at: null,
          results: JSON.stringify({
            ...emptyResults(),
            errors: [{ provider: '', scope: '', message }],
          }),
        });
      if (failed === 1)
        await this.appendEvent(id, 'status', {
          job_id: id,
          status: 'failed',
          message,
        });
    }
  }

  /** Whether a cancel was asked for the job: read by the runner after each page it scans. */
  async isCancelRequested(id: string): Promise<boolean> {
    const row = await this.db<JobRow>(JOBS)
      .where({ id })
      .first('cancel_requested');
    return Boolean(row?.cancel_requested);
  }

  /** Extends the lease; tells the runner whether it still owns the job and whether cancel was asked. */
  async renewLease(
    id: string,
    runnerId: string,
    until: Date,
  ): Promise<{ owned: boolean; cancelRequested: boolean }> {
    const updated = await this.db(JOBS)
      .where({ id, claimed_by: runnerId, status: 'running' })
      .update({ lease_expires_at: until });
    const row = await this.db<JobRow>(JOBS)
      .where({ id })
      .first('cancel_requested');
    return {
      owned: updated === 1,
      cancelRequested: Boolean(row?.cancel_requested),
    };
  }

  async saveProgress(
    id: string,
    runnerId: string,
    progress: JobProgress,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      const updated = await tx(JOBS)
        .where({ id, claimed_by: runnerId, status: 'running' })
        .update({ progress: JSON.stringify(progress) });
      if (updated === 1)
        await this.appendEvent(
          id,
          'progress',
          { job_id: id, status: 'running', progress },
          tx,
        );
    });
  }

  /** Records the outcome, if this runner still holds the job. */
  async finish(
    id: string,
    runnerId: string,
    outcome: {
      status: JobStatus;
      progress: JobProgress;
      results: JobResults;
      now: Date;
    },
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const updated = await tx(JOBS)
        .where({ id, claimed_by: runnerId, status: 'running' })
        .update({
          status: outcome.status,
          finished_at: outcome.now,
          claimed_by: null,
          lease_expires_at: null,
          progress: JSON.stringify(outcome.progress),
          results: JSON.stringify(outcome.results),
        });
      if (updated !== 1) return false;
      await this.appendEvent(
        id,
        'status',
        {
          job_id: id,
          status: outcome.status,
          progress: outcome.progress,
          resources_extracted: outcome.results.resources_extracted,
        },
        tx,
      );
      return true;
    });
  }

  /** Hands a job back (graceful shutdown), without counting the attempt. */
  async release(id: string, runnerId: string): Promise<void> {
    await this.db.transaction(async tx => {
      const updated = await tx(JOBS)
        .where({ id, claimed_by: runnerId, status: 'running' })
        .update({
          status: 'pending',
          claimed_by: null,
          lease_expires_at: null,
          attempts: this.db.raw('attempts - 1'),
        });
      if (updated === 1)
        await this.appendEvent(
          id,
          'status',
          {
            job_id: id,
            status: 'pending',
            message: 'runner shut down; job re-queued',
          },
          tx,
        );
    });
  }

  /**
   * Cancels a pending job at once; asks the runner of a running one to stop. Each step is a
   * conditional update, so a claim made by another replica meanwhile turns the cancel into a
   * request to its runner instead of losing it.
   */
  async requestCancel(id: string, now: Date): Promise<JobRecord> {
    return this.db.transaction(async tx => {
      if (
        (await tx(JOBS).where({ id, status: 'pending' }).update({
          status: 'cancelled',
          finished_at: now,
          cancel_requested: true,
        })) === 1
      ) {
        await this.appendEvent(
          id,
          'status',
          { job_id: id, status: 'cancelled' },
          tx,
        );
      } else if (
        (await tx(JOBS)
          .where({ id, status: 'running' })
          .update({ cancel_requested: true })) === 1
      ) {
        await this.appendEvent(
          id,
          'cancel_requested',
          { job_id: id, status: 'running' },
          tx,
        );
      } else {
        const row = await tx<JobRow>(JOBS).where({ id }).first('status');
        if (!row) throw new NotFoundError(`Job not found: ${id}`);
        throw new ConflictError(
          `Job ${id} is already ${row.status}; only pending or running jobs can be cancelled`,
        );
      }
      return toRecord((await tx<JobRow>(JOBS).where({ id }).first())!);
    });
  }

  /** Deletes finished jobs (and their events) that finished before `before`; returns how many. */
  async deleteFinishedBefore(before: Date): Promise<number> {
    const ids = (
      await this.db(JOBS)
        .whereIn('status', ['completed', 'failed', 'cancelled'])
        .andWhere('finished_at', '<', before)
        .select('id')
    ).map((row: { id: string }) => row.id);
    let deleted = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      deleted += await this.db.transaction(async (tx): Promise<number> => {
        await tx(EVENTS).whereIn('job_id', chunk).delete();
        return Number(await tx(JOBS).whereIn('id', chunk).delete());
      });
    }
    return deleted;
  }

  async appendEvent(
    jobId: string,
    type: string,
    data: Record<string, unknown>,
    trx?: Knex.Transaction,
  ): Promise<void> {
    await (trx ?? this.db)(EVENTS).insert({
      job_id: jobId,
      type,
      data: JSON.stringify(data),
      created_at: new Date(),
    });
  }

  async eventsAfter(
    jobId: string,
    afterId: number,
    limit = 500,
  ): Promise<JobEvent[]> {
    const rows = await this.db(EVENTS)
      .where({ job_id: jobId })
      .andWhere('id', '>', afterId)
      .orderBy('id', 'asc')
      .limit(limit);
    return rows.map(row => ({
      id: Number(row.id),
      jobId: row.job_id,
      type: row.type,
      data: parseJson<Record<string, unknown>>(row.data, {}),
      createdAt: toDate(row.created_at)!,
    }));
  }
}

export function emptyResults(): JobResults {
  return {
    resources_extracted: 0,
    services_processed: 0,
    regions_processed: 0,
    errors: [],
    scopes: [],
    transport: {
      type: 'catalog',
      destination: 'catalog',
      entities_published: 0,
      files_created: 0,
      files_destination: null,
    },
  };
}
