import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  GetBucketTaggingCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { mockClient } from 'aws-sdk-client-mock';
import { cloudExtractorPlugin } from './plugin';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { awsTestConfig, eventually } from './testUtils/awsTestConfig';

const databases = createTestDatabases();
const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);

const base = '/api/cloud-extractor';
const user = authHeaders.user('user:default/jane');

function mockSmallAccount() {
  ec2.reset();
  s3.reset();
  ec2.on(DescribeInstancesCommand).resolves({
    Reservations: [
      {
        OwnerId: '123456789012',
        Instances: [
          { InstanceId: 'i-1', Tags: [{ Key: 'owner', Value: 'team-a' }] },
          { InstanceId: 'i-2' },
        ],
      },
    ],
  });
  ec2
    .on(DescribeSecurityGroupsCommand)
    .resolves({ SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'web' }] });
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-1' }] });
  s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'logs' }] });
  s3.on(GetBucketTaggingCommand).resolves({
    TagSet: [{ Key: 'owner', Value: 'team-logs' }],
  });
}

describe.each(databases.eachSupportedId())(
  'cloud-extractor routes on %s',
  databaseId => {
    let backend: PluginBackend;

    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [cloudExtractorPlugin, cloudExtractorModuleAws],
        knex: await databases.init(databaseId),
        config: awsTestConfig(),
      });
    });
    beforeEach(() => mockSmallAccount());
    afterAll(() => backend.stop());

    const finished = (jobId: string) =>
      eventually(async () => {
        const res = await backend.http
          .get(`${base}/extraction/jobs/${jobId}`)
          .set(user);
        return ['completed', 'failed', 'cancelled'].includes(res.body.status)
          ? res.body
          : undefined;
      });

    it('serves health without credentials, in the seed shape', async () => {
      const res = await backend.http.get(`${base}/health`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        status: 'healthy',
        timestamp: expect.any(String),
        version: expect.any(String),
      });
    });

    it.each([
      ['get', '/extraction/providers'],
      ['get', '/extraction/services'],
      ['post', '/extraction/trigger'],
      ['get', '/extraction/jobs'],
      ['get', '/extraction/jobs/job_00000000000000000000000000000000'],
      ['post', '/extraction/jobs/job_00000000000000000000000000000000/cancel'],
      ['get', '/extraction/jobs/job_00000000000000000000000000000000/events'],
      ['get', '/schedules/'],
      ['post', '/schedules/'],
      ['get', '/schedules/sched_00000000000000000000000000000000'],
      ['put', '/schedules/sched_00000000000000000000000000000000'],
      ['delete', '/schedules/sched_00000000000000000000000000000000'],
    ] as const)('refuses %s %s without credentials', async (method, path) => {
      expect((await backend.http[method](`${base}${path}`)).status).toBe(401);
    });

    it('lists the enabled providers and their services', async () => {
      const providers = await backend.http
        .get(`${base}/extraction/providers`)
        .set(user);
      expect(providers.body).toEqual({ providers: ['aws'], total: 1 });

      const services = await backend.http
        .get(`${base}/extraction/services?provider=aws`)
        .set(user);
      expect(services.status).toBe(200);
      expect(
        services.body.services_by_provider.aws.map(
          (s: { service: string }) => s.service,
        ),
      ).toEqual([
        'ec2',
        's3',
        'rds',
        'lambda',
        'eks',
        'ecs',
        'elbv2',
        'iam',
        'dynamodb',
        'cloudfront',
        'route53',
        'apigateway',
        'sqs',
        'sns',
        'ecr',
      ]);
      expect(services.body.services_by_provider.aws[0]).toEqual({
        service: 'ec2',
        description: expect.any(String),
        resource_types: ['ec2-instance', 'security-group', 'vpc'],
        version: '1.0.0',
      });
      expect(services.body.total_services).toBe(15);
    });

    it('answers bad provider and service input with 400 in the seed words, and invalid bodies with 422', async () => {
      const trigger = (body: object) =>
        backend.http.post(`${base}/extraction/trigger`).set(user).send(body);
      // The seed's 400s: provider, services and filters checked against what is enabled.
      const cases: Array<[object, string, number]> = [
        [
          { provider: 'invalid-provider' },
          "Unsupported provider: 'invalid-provider'",
          400,
        ],
        [{ provider: 'azure' }, "Provider 'azure' is not enabled", 400],
        [
          { provider: 'aws', services: ['ec2', 'invalid-service'] },
          "Invalid services for aws: ['invalid-service']",
          400,
        ],
        [
          { filters: { colour: 'blue' } },
          "filters: unsupported filter(s) 'colour'",
          400,
        ],
        // The seed's 422: a body that does not match the request schema.
        [{ batch_size: 0 }, 'body.batch_size', 422],
        [{ batch_size: 'ten' }, 'body.batch_size', 422],
        [{ regions: ['US East'] }, 'body.regions[0]', 422],
        [{ services: [] }, 'body.services', 422],
        // An unknown field is ignored (as pydantic does); a known one beside it is still checked.
        [{ unexpected: 1, batch_size: 0 }, 'body.batch_size', 422],
      ];
      for (const [body, message, status] of cases) {
        const res = await trigger(body);
        expect({ body, status: res.status }).toEqual({ body, status });
        expect(res.body.error.message).toContain(message);
      }
      const malformed = await backend.http
        .post(`${base}/extraction/trigger`)
        .set({ ...user, 'Content-Type': 'application/json' })
        .send('{"provider":');
      expect(malformed.status).toBe(422);
      const list = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send([1, 2]);
      expect(list.status).toBe(422);
      const repeated = await backend.http
        .get(`${base}/extraction/jobs?limit=1&limit=2`)
        .set(user);
      expect(repeated.status).toBe(400);
      expect(repeated.body.error.message).toContain('query.limit');
      const services = await backend.http
        .get(`${base}/extraction/services?provider=nope`)
        .set(user);
      expect(services.status).toBe(400);
      expect(services.body.error.message).toBe("Unsupported provider: 'nope'");
    });

    it('runs a triggered job and reports it in the seed shapes', async () => {
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send({ provider: 'aws', services: ['ec2', 's3'] });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual([
        'estimated_completion',
        'job_id',
        'message',
        'status',
      ]);
      expect(res.body).toMatchObject({
        job_id: expect.stringMatching(/^job_[a-f0-9]{32}$/),
        status: 'started',
        message: 'Extraction job started successfully',
      });
      // null until a job has completed, then a time after the trigger.
      expect(
        res.body.estimated_completion === null ||
          Date.parse(res.body.estimated_completion) > 0,
      ).toBe(true);
      const job = await finished(res.body.job_id);
      expect(job).toMatchObject({
        job_id: res.body.job_id,
        status: 'completed',
        provider: 'aws',
        services: ['ec2', 's3'],
        regions: null,
        batch_size: 100,
        filters: {},
        created_by: 'user:default/jane',
        progress: {
          total_resources: 5,
          processed_resources: 5,
          failed_resources: 0,
          current_service: null,
          current_region: null,
        },
        timing: {
          started_at: expect.any(String),
          completed_at: expect.any(String),
          duration_seconds: expect.any(Number),
        },
        results: {
          resources_extracted: 5,
          services_processed: 2,
          // us-east-1; S3's `global` listing is not a region.
          regions_processed: 1,
          errors: [],
          scopes: [
            {
              provider: 'aws',
              scope: '123456789012',
              resources: 5,
              complete: true,
              // A trigger naming services: written to the entity feed, nothing removed; no catalog read it.
              mutation: 'delta',
              catalog_connected: false,
            },
          ],
        },
        transport: {
          type: 'catalog',
          destination: 'cloud-extractor:aws:123456789012',
          entities_published: 5,
        },
      });
      expect(ec2.commandCalls(DescribeInstancesCommand)).toHaveLength(1);

      const list = await backend.http
        .get(`${base}/extraction/jobs?status=completed&limit=1`)
        .set(user);
      expect(list.status).toBe(200);
      expect(list.body.jobs).toHaveLength(1);
      expect(list.body.total).toBeGreaterThanOrEqual(1);
      expect(list.body.jobs[0]).toEqual({
        job_id: expect.any(String),
        status: 'completed',
        provider: 'aws',
        services: ['ec2', 's3'],
        regions: null,
        started_at: expect.any(String),
        completed_at: expect.any(String),
        duration_seconds: expect.any(Number),
        resources_extracted: 5,
        errors: [],
      });
      const none = await backend.http
        .get(`${base}/extraction/jobs?status=running`)
        .set(user);
      expect(none.body).toEqual({ jobs: [], total: 0 });
    });

    it('passes the instance_state filter to EC2', async () => {
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send({
          services: ['ec2'],
          regions: ['eu-west-1'],
          filters: { instance_state: 'running' },
        });
      await finished(res.body.job_id);
      expect(
        ec2.commandCalls(DescribeInstancesCommand).map(c => c.args[0].input),
      ).toEqual([
        {
          Filters: [{ Name: 'instance-state-name', Values: ['running'] }],
        },
      ]);
    });

    it('validates job list and job id parameters', async () => {
      expect(
        (
          await backend.http
            .get(`${base}/extraction/jobs?status=done`)
            .set(user)
        ).status,
      ).toBe(400);
      expect(
        (await backend.http.get(`${base}/extraction/jobs?limit=0`).set(user))
          .status,
      ).toBe(400);
      expect(
        (await backend.http.get(`${base}/extraction/jobs?limit=abc`).set(user))
          .body.error.message,
      ).toContain('query.limit');
      // The original takes any limit; up to 1000 is answered, more is refused naming it.
      expect(
        (await backend.http.get(`${base}/extraction/jobs?limit=500`).set(user))
          .status,
      ).toBe(200);
      expect(
        (await backend.http.get(`${base}/extraction/jobs?limit=1001`).set(user))
          .body.error.message,
      ).toContain('query.limit');
      // An id this service never gives out names no job: 404, as the seed answers any unknown id.
      const malformed = await backend.http
        .get(`${base}/extraction/jobs/nope`)
        .set(user);
      expect(malformed.status).toBe(404);
      expect(malformed.body.error.message).toBe('Job not found: nope');
      const nul = await backend.http
        .get(`${base}/extraction/jobs/job%00x/events`)
        .set(user);
      expect(nul.status).toBe(404);
      const schedule = await backend.http
        .get(`${base}/schedules/${'x'.repeat(300)}`)
        .set(user);
      expect(schedule.status).toBe(404);
      expect(schedule.body.error.message).toBe(
        `Schedule not found: ${'x'.repeat(100)}`,
      );
      const missing = await backend.http
        .get(`${base}/extraction/jobs/job_00000000000000000000000000000000`)
        .set(user);
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toBe(
        'Job not found: job_00000000000000000000000000000000',
      );
      // The seed's own example id is a job id that does not exist, not a bad request.
      const seedForm = await backend.http
        .get(`${base}/extraction/jobs/job_1234567890`)
        .set(user);
      expect(seedForm.status).toBe(404);
      expect(seedForm.body.error.message).toBe('Job not found: job_1234567890');
    });

    it('cancels a running job and refuses to cancel a finished one', async () => {
      let release!: () => void;
      const gate = new Promise<void>(resolve => {
        release = resolve;
      });
      ec2.on(DescribeInstancesCommand).callsFake(async () => {
        await gate;
        return { Reservations: [] };
      });
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send({ services: ['ec2'] });
      const jobId = res.body.job_id;
      await eventually(async () =>
        (await backend.http.get(`${base}/extraction/jobs/${jobId}`).set(user))
          .body.status === 'running'
          ? true
          : undefined,
      );

      const cancel = await backend.http
        .post(`${base}/extraction/jobs/${jobId}/cancel`)
        .set(user);
      expect(cancel.status).toBe(200);
      expect(cancel.body).toMatchObject({ job_id: jobId, status: 'running' });
      // The lease heartbeat sees the request and aborts between pages.
      await new Promise(resolve => setTimeout(resolve, 1000));
      release();
      const job = await finished(jobId);
      expect(job.status).toBe('cancelled');
      expect(job.cancel_requested).toBe(true);

      const again = await backend.http
        .post(`${base}/extraction/jobs/${jobId}/cancel`)
        .set(user);
      expect(again.status).toBe(409);
      expect(
        (
          await backend.http
            .post(
              `${base}/extraction/jobs/job_00000000000000000000000000000000/cancel`,
            )
            .set(user)
        ).status,
      ).toBe(404);
    });

    it('streams job events and replays from Last-Event-ID', async () => {
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send({ services: ['ec2'] });
      const jobId = res.body.job_id;
      const stream = await backend.http
        .get(`${base}/extraction/jobs/${jobId}/events`)
        .set(user)
        .buffer(true)
        .parse(textParser);
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toContain('text/event-stream');
      const events = parseEvents(stream.body);
      expect(events[0]).toMatchObject({
        event: 'status',
        data: { type: 'status', data: { job_id: jobId, status: 'pending' } },
      });
      expect(events[events.length - 1]).toMatchObject({
        event: 'status',
        data: { data: { status: 'completed' } },
      });
      expect(events.some(e => e.event === 'progress')).toBe(true);

      const replay = await backend.http
        .get(`${base}/extraction/jobs/${jobId}/events`)
        .set({ ...user, 'Last-Event-ID': String(events[1].id) })
        .buffer(true)
        .parse(textParser);
      expect(parseEvents(replay.body).map(e => e.id)).toEqual(
        events.slice(2).map(e => e.id),
      );

      const bad = await backend.http
        .get(`${base}/extraction/jobs/${jobId}/events`)
        .set({ ...user, 'Last-Event-ID': 'x' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('headers');
    });

    it('creates, reads, updates and deletes schedules, with cron validated and next_run computed', async () => {
      const created = await backend.http
        .post(`${base}/schedules/`)
        .set(user)
        .send({
          name: 'daily-full-scan',
          cron_expression: '0 2 * * *',
          batch_size: 200,
        });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        schedule_id: expect.stringMatching(/^sched_/),
        name: 'daily-full-scan',
        cron_expression: '0 2 * * *',
        provider: null,
        services: null,
        enabled: true,
        last_run: null,
        status: 'active',
      });
      const next = new Date(created.body.next_run);
      expect(next.getUTCHours()).toBe(2);
      expect(next.getUTCMinutes()).toBe(0);
      expect(next.getTime()).toBeGreaterThan(Date.now());
      expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);

      const id = created.body.schedule_id;
      expect(
        (await backend.http.get(`${base}/schedules/${id}`).set(user)).body.name,
      ).toBe('daily-full-scan');
      const list = await backend.http.get(`${base}/schedules/`).set(user);
      expect(
        list.body.schedules.map((s: { schedule_id: string }) => s.schedule_id),
      ).toContain(id);

      const duplicate = await backend.http
        .post(`${base}/schedules/`)
        .set(user)
        .send({ name: 'daily-full-scan', cron_expression: '0 3 * * *' });
      expect(duplicate.status).toBe(409);

      const updated = await backend.http
        .put(`${base}/schedules/${id}`)
        .set(user)
        .send({
          name: 'hourly-aws-scan',
          cron_expression: '0 * * * *',
          provider: 'aws',
          services: ['ec2'],
          enabled: false,
        });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        name: 'hourly-aws-scan',
        provider: 'aws',
        services: ['ec2'],
        enabled: false,
        status: 'paused',
        next_run: null,
      });

      expect(
        (await backend.http.delete(`${base}/schedules/${id}`).set(user)).status,
      ).toBe(200);
      expect(
        (await backend.http.get(`${base}/schedules/${id}`).set(user)).status,
      ).toBe(404);
      expect(
        (await backend.http.delete(`${base}/schedules/${id}`).set(user)).status,
      ).toBe(404);
    });

    it('rejects bad cron expressions and unknown services in schedules with 400', async () => {
      for (const cron of [
        '61 * * * *',
        'every day',
        '* * * *',
        '0 0 * * * *',
      ]) {
        const res = await backend.http
          .post(`${base}/schedules/`)
          .set(user)
          .send({ name: `bad-${cron}`, cron_expression: cron });
        expect({ cron, status: res.status }).toEqual({ cron, status: 400 });
        expect(res.body.error.message).toContain('cron_expression');
      }
      const services = await backend.http
        .post(`${base}/schedules/`)
        .set(user)
        .send({ name: 'x', cron_expression: '@daily', services: ['nope'] });
      expect(services.status).toBe(400);
      expect(services.body.error.message).toBe(
        "Invalid services for aws: ['nope']",
      );
      const missing = await backend.http
        .post(`${base}/schedules/`)
        .set(user)
        .send({ cron_expression: '@daily' });
      expect(missing.status).toBe(422);
      expect(missing.body.error.message).toContain('body.name');
    });
  },
);

describe.each(databases.eachSupportedId())(
  'cloud-extractor without providers and with permissions denied on %s',
  databaseId => {
    let backend: PluginBackend;
    beforeAll(async () => {
      backend = await startPluginBackend({
        features: [cloudExtractorPlugin],
        knex: await databases.init(databaseId),
        permission: 'deny',
      });
    });
    afterAll(() => backend.stop());

    it('answers a trigger with no provider enabled with the seed 400', async () => {
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send({});
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'No cloud providers enabled. Check cloudExtractor.providers configuration.',
      );
      expect(
        (await backend.http.get(`${base}/extraction/providers`).set(user)).body,
      ).toEqual({ providers: [], total: 0 });
    });
  },
);

describe.each(databases.eachSupportedId())(
  'cloud-extractor with permissions denied on %s',
  databaseId => {
    let backend: PluginBackend;
    beforeAll(async () => {
      mockSmallAccount();
      backend = await startPluginBackend({
        features: [cloudExtractorPlugin, cloudExtractorModuleAws],
        knex: await databases.init(databaseId),
        config: awsTestConfig(),
        permission: 'deny',
      });
    });
    afterAll(() => backend.stop());

    it('refuses a trigger with 403 naming the permission, and reads stay open to callers', async () => {
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send({});
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('cloud-extractor.job.create');
      expect(
        (await backend.http.get(`${base}/extraction/jobs`).set(user)).status,
      ).toBe(200);
    });

    it('refuses cancel and schedule writes with 403 naming the permission', async () => {
      const job = 'job_00000000000000000000000000000000';
      const schedule = 'sched_00000000000000000000000000000000';
      const cases = [
        [
          backend.http.post(`${base}/extraction/jobs/${job}/cancel`),
          'cloud-extractor.job.cancel',
        ],
        [
          backend.http
            .post(`${base}/schedules/`)
            .send({ name: 'x', cron_expression: '@daily' }),
          'cloud-extractor.schedule.create',
        ],
        [
          backend.http
            .put(`${base}/schedules/${schedule}`)
            .send({ name: 'x', cron_expression: '@daily' }),
          'cloud-extractor.schedule.update',
        ],
        [
          backend.http.delete(`${base}/schedules/${schedule}`),
          'cloud-extractor.schedule.delete',
        ],
      ] as const;
      for (const [request, permission] of cases) {
        const res = await request.set(user);
        expect({ permission, status: res.status }).toEqual({
          permission,
          status: 403,
        });
        expect(res.body.error.message).toContain(permission);
      }
    });
  },
);

function textParser(res: any, done: (err: Error | null, body: string) => void) {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
  });
  res.on('end', () => done(null, text));
}

function parseEvents(
  text: string,
): Array<{ id: number; event: string; data: any }> {
  return text
    .split('\n\n')
    .filter(block => block.includes('data: '))
    .map(block => {
      const field = (name: string) =>
        block
          .split('\n')
          .find(line => line.startsWith(`${name}: `))
          ?.slice(name.length + 2);
      return {
        id: Number(field('id')),
        event: field('event')!,
        data: JSON.parse(field('data')!),
      };
    });
}
