import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { ExtractionRequest } from '../jobs/types';
import type { ScheduleRecord } from '../schedules/types';
import { parseJson, toDate } from './values';

const SCHEDULES = 'extraction_schedules';

interface ScheduleRow {
  id: string;
  name: string;
  cron_expression: string;
  request: string;
  enabled: boolean | number;
  next_run: unknown;
  last_run: unknown;
  last_job_id: string | null;
  created_by: string;
  created_at: unknown;
  updated_at: unknown;
}

function toRecord(row: ScheduleRow): ScheduleRecord {
  return {
    id: row.id,
    name: row.name,
    cronExpression: row.cron_expression,
    request: parseJson<ExtractionRequest>(row.request, {} as ExtractionRequest),
    enabled: Boolean(row.enabled),
    nextRun: toDate(row.next_run),
    lastRun: toDate(row.last_run),
    lastJobId: row.last_job_id ?? undefined,
    createdBy: row.created_by,
    createdAt: toDate(row.created_at)!,
    updatedAt: toDate(row.updated_at)!,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' || /UNIQUE constraint failed/i.test(e?.message ?? '')
  );
}

export type ScheduleFields = Pick<
  ScheduleRecord,
  'name' | 'cronExpression' | 'request' | 'enabled'
> & { nextRun?: Date };

/** User schedules. A run is taken by moving next_run conditionally, so one replica starts it. */
export class ScheduleStore {
  constructor(private readonly db: Knex) {}

  async create(
    schedule: ScheduleFields & { id: string; createdBy: string; now: Date },
  ): Promise<ScheduleRecord> {
    try {
      await this.db(SCHEDULES).insert({
        id: schedule.id,
        name: schedule.name,
        cron_expression: schedule.cronExpression,
        request: JSON.stringify(schedule.request),
        enabled: schedule.enabled,
        next_run: schedule.nextRun ?? null,
        created_by: schedule.createdBy,
        created_at: schedule.now,
        updated_at: schedule.now,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(
          `A schedule named '${schedule.name}' already exists`,
        );
      throw error;
    }
    return (await this.get(schedule.id))!;
  }

  async get(id: string): Promise<ScheduleRecord | undefined> {
    const row = await this.db<ScheduleRow>(SCHEDULES).where({ id }).first();
    return row ? toRecord(row) : undefined;
  }

  async require(id: string): Promise<ScheduleRecord> {
    const schedule = await this.get(id);
    if (!schedule) throw new NotFoundError(`Schedule not found: ${id}`);
    return schedule;
  }

  async list(options: {
    limit: number;
    offset: number;
  }): Promise<{ schedules: ScheduleRecord[]; total: number }> {
    const [rows, [{ count }]] = await Promise.all([
      this.db<ScheduleRow>(SCHEDULES)
        .orderBy([{ column: 'created_at' }, { column: 'id' }])
        .limit(options.limit)
        .offset(options.offset),
      this.db(SCHEDULES).count({ count: '*' }),
    ]);
    return { schedules: rows.map(toRecord), total: Number(count) };
  }

  async update(
    id: string,
    fields: ScheduleFields & { now: Date },
  ): Promise<ScheduleRecord> {
    try {
      const updated = await this.db(SCHEDULES)
        .where({ id })
        .update({
          name: fields.name,
          cron_expression: fields.cronExpression,
          request: JSON.stringify(fields.request),
          enabled: fields.enabled,
          next_run: fields.nextRun ?? null,
          updated_at: fields.now,
        });
      if (updated !== 1) throw new NotFoundError(`Schedule not found: ${id}`);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(
          `A schedule named '${fields.name}' already exists`,
        );
      throw error;
    }
    return (await this.get(id))!;
  }

  async delete(id: string): Promise<void> {
    const deleted = await this.db(SCHEDULES).where({ id }).delete();
    if (deleted !== 1) throw new NotFoundError(`Schedule not found: ${id}`);
  }

  async due(now: Date, limit = 100): Promise<ScheduleRecord[]> {
    const rows = await this.db<ScheduleRow>(SCHEDULES)
      .where({ enabled: true })
      .andWhere('next_run', '<=', now)
      .orderBy('next_run')
      .limit(limit);
    return rows.map(toRecord);
  }

  /**
   * Takes one due run: moves next_run on only if nobody else did, in the caller's transaction.
   * True when this caller won the run.
   */
  async takeRun(
    trx: Knex.Transaction,
    schedule: ScheduleRecord,
    run: { now: Date; nextRun: Date; jobId: string },
  ): Promise<boolean> {
    const updated = await trx(SCHEDULES)
      .where({ id: schedule.id, enabled: true, next_run: schedule.nextRun! })
      .update({
        next_run: run.nextRun,
        last_run: run.now,
        last_job_id: run.jobId,
      });
    return updated === 1;
  }

  /** Moves a due run on without a job (it could not start); last_run keeps the last real run. */
  async skipRun(schedule: ScheduleRecord, nextRun: Date): Promise<void> {
    await this.db(SCHEDULES)
      .where({ id: schedule.id, enabled: true, next_run: schedule.nextRun! })
      .update({ next_run: nextRun });
  }
}
