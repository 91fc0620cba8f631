import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type { ScheduleStore } from '../database/ScheduleStore';
import type { ExtractionJobs } from '../jobs/ExtractionJobs';
import { nextRun } from './cron';

/** Thrown inside the transaction when another replica took the run first, to roll back its job. */
class RunTakenElsewhere extends Error {}

/**
 * Starts the runs of user schedules that are due: one job per run, taken through the database so
 * that replicas running this at the same time start each run once.
 */
export class DueSchedules {
  constructor(
    private readonly db: Knex,
    private readonly schedules: ScheduleStore,
    private readonly jobs: ExtractionJobs,
    private readonly logger: LoggerService,
    private readonly onQueued: () => void,
  ) {}

  /** Returns the ids of the jobs started. */
  async start(now: Date): Promise<string[]> {
    const started: string[] = [];
    for (const schedule of await this.schedules.due(now)) {
      try {
        const jobId = await this.db.transaction(async trx => {
          const id = await this.jobs.trigger(
            schedule.request,
            `schedule:${schedule.id}`,
            trx,
            schedule.id,
          );
          const taken = await this.schedules.takeRun(trx, schedule, {
            now,
            nextRun: nextRun(schedule.cronExpression, now),
            jobId: id,
          });
          if (!taken) throw new RunTakenElsewhere();
          return id;
        });
        started.push(jobId);
      } catch (error) {
        if (error instanceof RunTakenElsewhere) continue;
        // A schedule whose provider was disabled since: skip this run, keep the schedule.
        this.logger.warn(
          `Schedule ${schedule.name} (${schedule.id}) could not start a job: ${error}`,
        );
        await this.schedules.skipRun(
          schedule,
          nextRun(schedule.cronExpression, now),
        );
      }
    }
    if (started.length > 0) this.onQueued();
    return started;
  }
}
