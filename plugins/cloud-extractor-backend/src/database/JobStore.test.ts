import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '@fawkes/test-kit';
import { JobStore } from './JobStore';
import { migrateDatabase } from './migrateDatabase';

const databases = createTestDatabases();
const request = {
  provider: 'aws',
  services: null,
  regions: null,
  filters: {},
  batch_size: 100,
};

// The race needs two connections writing at once; SQLite's single writer cannot interleave them.
const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id === 'POSTGRES_15');

describe.each(postgres)('cancelling a job on %s', databaseId => {
  it('is not lost when a runner claims the job while the cancel is being made', async () => {
    const knex = await databases.init(databaseId);
    const store = new JobStore(
      await migrateDatabase(mockServices.database({ knex })),
    );
    const id = `job_${'c'.repeat(32)}`;
    await store.create({
      id,
      request,
      createdBy: 'user:default/jane',
      now: new Date(),
    });

    // A replica's claim, not yet committed when the cancel arrives.
    const claim = await knex.transaction();
    await claim('extraction_jobs')
      .where({ id, status: 'pending' })
      .update({
        status: 'running',
        claimed_by: 'runner-b',
        lease_expires_at: new Date(Date.now() + 60_000),
        attempts: 1,
      });
    const cancelling = store.requestCancel(id, new Date());
    await new Promise(resolve => setTimeout(resolve, 300));
    await claim.commit();

    const job = await cancelling;
    expect(job).toMatchObject({ status: 'running', cancelRequested: true });
    expect(
      (await store.renewLease(id, 'runner-b', new Date(Date.now() + 60_000)))
        .cancelRequested,
    ).toBe(true);
    const statuses = (await store.eventsAfter(id, 0)).map(e => [
      e.type,
      e.data.status,
    ]);
    expect(statuses).toEqual([
      ['status', 'pending'],
      ['cancel_requested', 'running'],
    ]);
  });
});
