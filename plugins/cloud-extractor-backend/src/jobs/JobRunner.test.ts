import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { mockClient } from 'aws-sdk-client-mock';
import type { Knex } from 'knex';
import { JobStore } from '../database/JobStore';
import { cloudExtractorPlugin } from '../plugin';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { awsTestConfig, eventually } from '../testUtils/awsTestConfig';

const databases = createTestDatabases();
// Two backends on a loaded machine: minutes. The limit only stops a hang.
jest.setTimeout(600_000);
const ec2 = mockClient(EC2Client);
const base = '/api/cloud-extractor';
const user = authHeaders.user();

const request = {
  provider: 'aws',
  services: ['ec2'],
  regions: null,
  filters: {},
  batch_size: 100,
};

function slowAccount(delayMs: number) {
  ec2.reset();
  ec2.on(DescribeInstancesCommand).callsFake(async () => {
    await new Promise(resolve => setTimeout(resolve, delayMs));
    return { Reservations: [{ Instances: [{ InstanceId: 'i-1' }] }] };
  });
  ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
}

describe.each(databases.eachSupportedId())(
  'job claiming across replicas on %s',
  databaseId => {
    let knex: Knex;
    const started: PluginBackend[] = [];
    const start = async (jobs = {}) => {
      const backend = await startPluginBackend({
        features: [cloudExtractorPlugin, cloudExtractorModuleAws],
        knex,
        config: awsTestConfig({ jobs: { concurrency: 1, ...jobs } }),
      });
      started.push(backend);
      return backend;
    };
    const job = (backend: PluginBackend, id: string) =>
      backend.http
        .get(`${base}/extraction/jobs/${id}`)
        .set(user)
        .then(r => r.body);
    const trigger = async (backend: PluginBackend): Promise<string> =>
      (
        await backend.http
          .post(`${base}/extraction/trigger`)
          .set(user)
          .send({ services: ['ec2'] })
      ).body.job_id;
    const done = (backend: PluginBackend, id: string) =>
      eventually(async () => {
        const body = await job(backend, id);
        return ['completed', 'failed', 'cancelled'].includes(body.status)
          ? body
          : undefined;
      }, 20_000);

    beforeAll(async () => {
      knex = await databases.init(databaseId);
    });
    afterEach(async () => {
      await Promise.all(started.splice(0).map(b => b.stop()));
    });

    it('runs each job once when two backends share the database', async () => {
      slowAccount(300);
      const [a, b] = [await start(), await start()];
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        ids.push(await trigger(a));
      }
      const jobs = await Promise.all(ids.map(id => done(b, id)));
      expect(jobs.map(j => [j.status, j.attempts])).toEqual(
        ids.map(() => ['completed', 1]),
      );
      expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(6);

      const store = new JobStore(knex);
      const runners = new Set<string>();
      for (const id of ids) {
        const claims = (await store.eventsAfter(id, 0)).filter(
          e => e.type === 'status' && e.data.status === 'running',
        );
        expect(claims).toHaveLength(1);
        runners.add(String(claims[0].data.runner));
      }
      // Both replicas took work: the claim, not the replica that received the trigger, decides.
      expect(runners.size).toBe(2);
    });

    it('retries a job whose runner died once its lease expired, and fails one that died too often', async () => {
      slowAccount(0);
      const store = new JobStore(knex);
      const expired = new Date(Date.now() - 60_000);
      const orphan = `job_${'a'.repeat(32)}`;
      const hopeless = `job_${'b'.repeat(32)}`;
      for (const id of [orphan, hopeless]) {
        await store.create({
          id,
          request,
          createdBy: 'user:default/jane',
          now: new Date(),
        });
      }
      // The state a crashed replica leaves behind: running, claimed, lease in the past.
      await knex('extraction_jobs').where({ id: orphan }).update({
        status: 'running',
        claimed_by: 'runner-dead',
        lease_expires_at: expired,
        attempts: 1,
      });
      await knex('extraction_jobs').where({ id: hopeless }).update({
        status: 'running',
        claimed_by: 'runner-dead',
        lease_expires_at: expired,
        attempts: 2,
      });

      const backend = await start();
      const retried = await done(backend, orphan);
      expect(retried).toMatchObject({
        status: 'completed',
        attempts: 2,
        results: { resources_extracted: 1 },
      });
      const failed = await done(backend, hopeless);
      expect(failed.status).toBe('failed');
      expect(failed.results.errors[0].message).toContain(
        'stopped renewing its lease',
      );
    });

    it('never lets a runner take its own running job again when its renewal came late', async () => {
      const store = new JobStore(knex);
      const id = `job_${'c'.repeat(32)}`;
      const now = new Date();
      await store.create({ id, request, createdBy: 'user:default/jane', now });
      const options = { leaseMs: 1000, maxAttempts: 5, running: [] };
      expect((await store.claimNext('runner-a', { ...options, now }))?.id).toBe(
        id,
      );
      // The lease ran out while runner-a was still at work (a stalled event loop, a slow disk).
      const later = { ...options, now: new Date(now.getTime() + 5000) };
      expect(
        await store.claimNext('runner-a', { ...later, running: [id] }),
      ).toBeUndefined();
      const takenOver = await store.claimNext('runner-b', later);
      expect(takenOver).toMatchObject({ id, attempts: 2 });
      await knex('extraction_jobs').where({ id }).delete();
    });

    it("never fails a runner's own job as abandoned because its renewal came late; another runner does", async () => {
      const store = new JobStore(knex);
      const id = `job_${'d'.repeat(32)}`;
      const now = new Date();
      await store.create({ id, request, createdBy: 'user:default/jane', now });
      // One claim allowed: an expired lease is the job's last chance.
      const options = { leaseMs: 1000, maxAttempts: 1, running: [] };
      expect((await store.claimNext('runner-a', { ...options, now }))?.id).toBe(
        id,
      );
      const later = { ...options, now: new Date(now.getTime() + 5000) };
      // runner-a is alive and at work on it, so its job goes on and its next renewal keeps it.
      expect(
        await store.claimNext('runner-a', { ...later, running: [id] }),
      ).toBeUndefined();
      expect(await store.get(id)).toMatchObject({
        status: 'running',
        claimedBy: 'runner-a',
      });
      expect(
        await store.renewLease(id, 'runner-a', new Date(now.getTime() + 6000)),
      ).toEqual({ owned: true, cancelRequested: false });
      // To another runner a lease that ran out means runner-a is gone.
      const muchLater = { ...options, now: new Date(now.getTime() + 10_000) };
      expect(await store.claimNext('runner-b', muchLater)).toBeUndefined();
      const failed = await store.get(id);
      expect(failed?.status).toBe('failed');
      expect(failed?.results?.errors[0].message).toContain(
        'stopped renewing its lease 1 time(s)',
      );
      await knex('extraction_jobs').where({ id }).delete();
    });

    it('takes up again a job of its own it no longer runs, as one whose end could not be written', async () => {
      const store = new JobStore(knex);
      const id = `job_${'e'.repeat(32)}`;
      const now = new Date();
      await store.create({ id, request, createdBy: 'user:default/jane', now });
      const options = { leaseMs: 1000, maxAttempts: 5, running: [] };
      expect((await store.claimNext('runner-a', { ...options, now }))?.id).toBe(
        id,
      );
      // The scan ended but writing its end failed: the job is still `running`, held by nobody.
      const later = { ...options, now: new Date(now.getTime() + 5000) };
      expect(await store.claimNext('runner-a', later)).toMatchObject({
        id,
        status: 'running',
        attempts: 2,
      });
      await knex('extraction_jobs').where({ id }).delete();
    });

    it('completes a job, scanned once, whose renewals come after its lease ran out (one claim allowed)', async () => {
      slowAccount(2500);
      // Every renewal lands after the 1 s lease has run out, as on a slow database or a stalled
      // event loop; meanwhile the runner looks for work every 200 ms and sees its job expired.
      const renew = JobStore.prototype.renewLease;
      const late = jest
        .spyOn(JobStore.prototype, 'renewLease')
        .mockImplementation(async function slowRenewal(
          this: JobStore,
          ...args
        ) {
          await new Promise(resolve => setTimeout(resolve, 1500));
          return renew.apply(this, args);
        });
      try {
        // Room for another job, so the runner keeps looking while this one runs.
        const backend = await start({
          leaseSeconds: 1,
          maxAttempts: 1,
          concurrency: 2,
        });
        const id = await trigger(backend);
        expect(await done(backend, id)).toMatchObject({
          status: 'completed',
          attempts: 1,
          results: { resources_extracted: 1, errors: [] },
        });
        expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(1);
        expect(late).toHaveBeenCalled();
      } finally {
        late.mockRestore();
      }
    });

    it('hands a running job back on shutdown, and another backend finishes it', async () => {
      let release!: () => void;
      const gate = new Promise<void>(resolve => {
        release = resolve;
      });
      ec2.reset();
      let calls = 0;
      ec2.on(DescribeInstancesCommand).callsFake(async () => {
        // The first replica's call hangs until it is shut down; the second replica's answers.
        if (++calls === 1) await gate;
        return { Reservations: [{ Instances: [{ InstanceId: 'i-9' }] }] };
      });
      ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
      ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });

      const first = await start();
      const id = await trigger(first);
      await eventually(async () =>
        (await job(first, id)).status === 'running' ? true : undefined,
      );
      const stopping = first.stop();
      started.splice(started.indexOf(first), 1);
      release();
      await stopping;

      const store = new JobStore(knex);
      expect((await store.get(id))?.status).toBe('pending');
      const second = await start();
      const finished = await done(second, id);
      expect(finished).toMatchObject({
        status: 'completed',
        attempts: 1,
        results: { resources_extracted: 1 },
      });
    });

    it('stops and fails a job that runs past its timeout', async () => {
      slowAccount(1500);
      const backend = await start({ timeoutMinutes: 0.01 });
      const id = await trigger(backend);
      const finished = await done(backend, id);
      expect(finished.status).toBe('failed');
      expect(
        finished.results.errors.map((e: { message: string }) => e.message),
      ).toContain('The job ran longer than its timeout of 1 s and was stopped');
    });
  },
);
