import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '@fawkes/test-kit';
import { ConfigReader } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { JobStore } from '../database/JobStore';
import { migrateDatabase } from '../database/migrateDatabase';
import { ScheduleStore } from '../database/ScheduleStore';
import { ExtractionJobs } from '../jobs/ExtractionJobs';
import { AwsProvider } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { ProviderRegistry } from '../providers/ProviderRegistry';
import { DueSchedules } from './DueSchedules';
import { nextRun } from './cron';

const databases = createTestDatabases();

describe('nextRun', () => {
  it('computes the next UTC firing of five-field expressions and macros', () => {
    const from = new Date('2024-01-15T10:30:00Z');
    expect(nextRun('0 2 * * *', from).toISOString()).toBe(
      '2024-01-16T02:00:00.000Z',
    );
    expect(nextRun('0 * * * *', from).toISOString()).toBe(
      '2024-01-15T11:00:00.000Z',
    );
    expect(nextRun('@daily', from).toISOString()).toBe(
      '2024-01-16T00:00:00.000Z',
    );
    expect(nextRun('*/15 9-17 * * MON-FRI', from).toISOString()).toBe(
      '2024-01-15T10:45:00.000Z',
    );
  });

  it('refuses what is not a five-field crontab with a 400 naming cron_expression', () => {
    for (const bad of [
      '',
      '* * * *',
      '0 0 * * * *',
      '60 * * * *',
      '* 24 * * *',
      'daily',
      '@reboot',
      'H * * * *',
      '0 H/2 * * *',
    ]) {
      expect(() => nextRun(bad, new Date())).toThrow(/cron_expression/);
    }
  });
});

describe.each(databases.eachSupportedId())(
  'due schedules on %s',
  databaseId => {
    async function setUp() {
      const knex = await databases.init(databaseId);
      const db = await migrateDatabase(mockServices.database({ knex }));
      const jobStore = new JobStore(db);
      const schedules = new ScheduleStore(db);
      const aws = new AwsProvider(
        {
          accounts: ['123456789012'],
          regions: ['us-east-1'],
          regionConcurrency: 1,
          serviceConcurrency: 1,
          maxAttempts: 1,
        },
        DefaultAwsCredentialsManager.fromConfig(new ConfigReader({})),
      );
      const jobs = new ExtractionJobs(
        jobStore,
        new ProviderRegistry([aws]),
        () => {},
      );
      const replica = () =>
        new DueSchedules(
          db,
          schedules,
          jobs,
          mockServices.logger.mock(),
          () => {},
        );
      return { knex, jobStore, schedules, replica };
    }

    it('skips a run it cannot start without recording it as run', async () => {
      const { jobStore, schedules, replica } = await setUp();
      const created = new Date('2024-01-15T10:30:00Z');
      // A schedule whose provider was disabled since it was created.
      const request = {
        provider: 'gcp',
        services: null,
        regions: null,
        filters: {},
        batch_size: 100,
      };
      const schedule = await schedules.create({
        id: `sched_${'3'.repeat(32)}`,
        name: 'gcp-hourly',
        cronExpression: '0 * * * *',
        request,
        enabled: true,
        nextRun: nextRun('0 * * * *', created),
        createdBy: 'user:default/jane',
        now: created,
      });
      expect(await replica().start(new Date('2024-01-15T11:00:30Z'))).toEqual(
        [],
      );
      const after = await schedules.get(schedule.id);
      expect(after?.nextRun?.toISOString()).toBe('2024-01-15T12:00:00.000Z');
      expect(after?.lastRun).toBeUndefined();
      expect(after?.lastJobId).toBeUndefined();
      expect((await jobStore.list({ limit: 10, offset: 0 })).total).toBe(0);
    });

    it('starts each due run once even when two replicas check at the same time', async () => {
      const { knex, jobStore, schedules, replica } = await setUp();

      const created = new Date('2024-01-15T10:30:00Z');
      const request = {
        provider: 'aws',
        services: ['ec2'],
        regions: null,
        filters: {},
        batch_size: 100,
      };
      const due = await schedules.create({
        id: `sched_${'1'.repeat(32)}`,
        name: 'hourly',
        cronExpression: '0 * * * *',
        request,
        enabled: true,
        nextRun: nextRun('0 * * * *', created),
        createdBy: 'user:default/jane',
        now: created,
      });
      await schedules.create({
        id: `sched_${'2'.repeat(32)}`,
        name: 'paused',
        cronExpression: '0 * * * *',
        request,
        enabled: false,
        nextRun: nextRun('0 * * * *', created),
        createdBy: 'user:default/jane',
        now: created,
      });

      const now = new Date('2024-01-15T11:00:30Z');
      const [a, b] = await Promise.all([
        replica().start(now),
        replica().start(now),
      ]);
      const startedIds = [...a, ...b];
      expect(startedIds).toHaveLength(1);

      const job = await jobStore.get(startedIds[0]);
      expect(job).toMatchObject({
        status: 'pending',
        scheduleId: due.id,
        createdBy: `schedule:${due.id}`,
        request,
      });
      const after = await schedules.get(due.id);
      expect(after?.lastRun?.toISOString()).toBe(now.toISOString());
      expect(after?.nextRun?.toISOString()).toBe('2024-01-15T12:00:00.000Z');
      expect(after?.lastJobId).toBe(startedIds[0]);

      // Nothing is due again until the next hour.
      expect(await replica().start(new Date('2024-01-15T11:30:00Z'))).toEqual(
        [],
      );
      const { total } = await jobStore.list({ limit: 10, offset: 0 });
      expect(total).toBe(1);

      // Retention deletes finished jobs with their events, and keeps the others.
      await knex('extraction_jobs')
        .where({ id: startedIds[0] })
        .update({
          status: 'completed',
          finished_at: new Date('2024-01-01T00:00:00Z'),
        });
      expect(
        await jobStore.deleteFinishedBefore(new Date('2023-12-31T00:00:00Z')),
      ).toBe(0);
      expect(
        await jobStore.deleteFinishedBefore(new Date('2024-01-02T00:00:00Z')),
      ).toBe(1);
      expect(await jobStore.get(startedIds[0])).toBeUndefined();
      expect(await jobStore.eventsAfter(startedIds[0], 0)).toEqual([]);
    });
  },
);
