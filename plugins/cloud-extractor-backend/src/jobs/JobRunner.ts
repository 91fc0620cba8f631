import type { LoggerService } from '@backstage/backend-plugin-api';
import { randomUUID } from 'node:crypto';
import type { JobStore } from '../database/JobStore';
import { emptyResults } from '../database/JobStore';
import type { ExtractionRun } from './ExtractionRun';
import type { JobProgress, JobRecord } from './types';

export interface JobRunnerOptions {
  /** How long a claim lasts without renewal; a runner that dies loses its jobs after this. */
  leaseMs: number;
  /** How often this replica looks for pending jobs (and jobs whose runner died). */
  pollIntervalMs: number;
  /** Jobs run at once by this replica. */
  concurrency: number;
  /** Claims per job before a job whose runner keeps dying is failed. */
  maxAttempts: number;
  /** At most one progress write per this interval. */
  progressIntervalMs: number;
  /** A job still running after this is stopped and failed. */
  timeoutMs: number;
}

/**
 * Runs extraction jobs in this replica. Jobs are claimed through the database with a lease that
 * the runner renews; if the replica dies, another claims the job once the lease has expired.
 */
export class JobRunner {
  readonly id = `runner-${randomUUID()}`;
  private timer?: NodeJS.Timeout;
  private readonly running = new Map<
    string,
    { abort: AbortController; done: Promise<void> }
  >();
  private polling?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly store: JobStore,
    private readonly run: ExtractionRun,
    private readonly logger: LoggerService,
    private readonly options: JobRunnerOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.wake();
  }

  /** Looks for work now (after a trigger), without waiting for the next poll. */
  wake(): void {
    if (this.stopped || this.polling) return;
    this.polling = this.claimWhileFree()
      .catch(error =>
        this.logger.error(`Claiming extraction jobs failed: ${error}`),
      )
      .finally(() => {
        this.polling = undefined;
      });
  }

  /** Stops claiming; running jobs are stopped and handed back to the queue for another replica. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.polling;
    for (const { abort } of this.running.values())
      abort.abort(new Error('shutdown'));
    await Promise.all([...this.running.values()].map(r => r.done));
  }

  private async claimWhileFree(): Promise<void> {
    while (!this.stopped && this.running.size < this.options.concurrency) {
      const job = await this.store.claimNext(this.id, {
        now: new Date(),
        leaseMs: this.options.leaseMs,
        maxAttempts: this.options.maxAttempts,
        running: [...this.running.keys()],
      });
      if (!job) return;
      const abort = new AbortController();
      const done = this.execute(job, abort).finally(() => {
        this.running.delete(job.id);
        this.wake();
      });
      this.running.set(job.id, { abort, done });
    }
  }

  private async execute(job: JobRecord, abort: AbortController): Promise<void> {
    const { leaseMs, progressIntervalMs } = this.options;
    let lost = false;
    const heartbeat = setInterval(
      async () => {
        try {
          const lease = await this.store.renewLease(
            job.id,
            this.id,
            new Date(Date.now() + leaseMs),
          );
          if (!lease.owned) {
            lost = true;
            abort.abort(new Error('lease lost'));
          } else if (lease.cancelRequested) {
            abort.abort(new Error('cancelled'));
          }
        } catch (error) {
          this.logger.warn(
            `Renewing the lease of job ${job.id} failed: ${error}`,
          );
        }
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );

    let timedOut = false;
    const timeout = setTimeout(() => {
      timedOut = true;
      abort.abort(new Error('timeout'));
    }, this.options.timeoutMs);

    let lastWrite = 0;
    let writing: Promise<void> = Promise.resolve();
    const onProgress = (progress: JobProgress) => {
      const now = Date.now();
      if (now - lastWrite < progressIntervalMs) return;
      lastWrite = now;
      writing = writing
        .then(() => this.store.saveProgress(job.id, this.id, progress))
        .catch(error =>
          this.logger.warn(`Saving progress of job ${job.id} failed: ${error}`),
        );
    };

    try {
      if (job.cancelRequested) abort.abort(new Error('cancelled'));
      const outcome = await this.run.execute(
        job.request,
        onProgress,
        abort.signal,
        job.id,
        async () => {
          if (
            !abort.signal.aborted &&
            (await this.store.isCancelRequested(job.id))
          )
            abort.abort(new Error('cancelled'));
        },
      );
      await writing;
      if (timedOut) {
        outcome.status = 'failed';
        outcome.results.errors.push({
          provider: job.request.provider ?? '',
          scope: '',
          message: `The job ran longer than its timeout of ${Math.round(this.options.timeoutMs / 1000)} s and was stopped`,
        });
      }
      if (this.stopped && abort.signal.aborted && !lost) {
        await this.store.release(job.id, this.id);
      } else if (!lost) {
        await this.store.finish(job.id, this.id, {
          ...outcome,
          now: new Date(),
        });
      }
    } catch (error) {
      await writing;
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Extraction job ${job.id} failed: ${message}`);
      const results = emptyResults();
      results.errors.push({
        provider: job.request.provider ?? '',
        scope: '',
        message,
      });
      await this.store
        .finish(job.id, this.id, {
          status: 'failed',
          progress: job.progress,
          results,
          now: new Date(),
        })
        .catch(e =>
          this.logger.error(
            `Recording the failure of job ${job.id} failed: ${e}`,
          ),
        );
    } finally {
      clearInterval(heartbeat);
      clearTimeout(timeout);
    }
  }
}
