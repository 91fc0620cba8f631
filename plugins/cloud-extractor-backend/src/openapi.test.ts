import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockServices } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import { CloudExtractorClient } from '@fawkes/plugin-cloud-extractor-common';
import {
  authHeaders,
  expectServedSpec,
  servedRoutes,
  specRoutes,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { mockClient } from 'aws-sdk-client-mock';
import knexFactory from 'knex';
import type { AddressInfo } from 'node:net';
import { EntityFeedStore } from './database/EntityFeedStore';
import { JobStore } from './database/JobStore';
import { ScheduleStore } from './database/ScheduleStore';
import { ExtractionJobs } from './jobs/ExtractionJobs';
import { cloudExtractorPlugin } from './plugin';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { ProviderRegistry } from './providers/ProviderRegistry';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';
import { awsTestConfig, eventually } from './testUtils/awsTestConfig';

describe('cloud-extractor OpenAPI spec', () => {
  it('describes exactly the routes the router serves', async () => {
    const db = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    const registry = new ProviderRegistry([]);
    const jobStore = new JobStore(db);
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      auditor: mockServices.auditor.mock(),
      permissions: mockServices.permissions(),
      db,
      registry,
      jobStore,
      scheduleStore: new ScheduleStore(db),
      feed: new EntityFeedStore(db),
      jobs: new ExtractionJobs(jobStore, registry, () => {}),
      eventPollIntervalMs: 500,
    });
    expect(servedRoutes(router)).toEqual(specRoutes(spec));
    await db.destroy();
  });
});

describe('CloudExtractorClient, generated from the spec, against a started backend', () => {
  const ec2 = mockClient(EC2Client);
  let backend: PluginBackend;
  let client: CloudExtractorClient;

  beforeAll(async () => {
    ec2.on(DescribeInstancesCommand).resolves({
      Reservations: [{ Instances: [{ InstanceId: 'i-1' }] }],
    });
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
    backend = await startPluginBackend({
      features: [cloudExtractorPlugin, cloudExtractorModuleAws],
      config: awsTestConfig(),
      permission: 'allow',
    });
    const { port } = backend.server.address() as AddressInfo;
    const auth = authHeaders.user('user:default/jane');
    client = new CloudExtractorClient({
      discoveryApi: {
        getBaseUrl: async pluginId =>
          `http://127.0.0.1:${port}/api/${pluginId}`,
      },
      fetchApi: {
        fetch: (input, init) => {
          const request = new Request(input, init);
          request.headers.set('Authorization', auth.Authorization);
          return fetch(request);
        },
      },
    });
  });
  afterAll(async () => {
    await backend?.stop();
    ec2.restore();
  });

  it('serves its spec, with the paths under the plugin', async () => {
    const res = await backend.http
      .get('/api/cloud-extractor/openapi.json')
      .set(authHeaders.user());
    expect(res.status).toBe(200);
    expect(res.body.info.title).toBe('cloud-extractor');
    await expectServedSpec(res.body, spec, '/api/cloud-extractor');
    expect(Object.keys(res.body.paths)).toContain(
      '/api/cloud-extractor/extraction/jobs/{job_id}',
    );
  });

  it('lists providers, triggers a job, reads it and lists it', async () => {
    expect(await client.listProviders()).toEqual({
      providers: ['aws'],
      total: 1,
    });
    const services = await client.listServices({
      params: { query: { provider: 'aws' } },
    });
    expect(services.services_by_provider.aws.map(s => s.service)).toContain(
      'ec2',
    );
    const started = await client.triggerExtraction({
      body: { provider: 'aws', services: ['ec2'] },
    });
    expect(started.status).toBe('started');
    const job = await eventually(async () => {
      const detail = await client.getJob({
        params: { path: { job_id: started.job_id } },
      });
      return detail.status === 'completed' ? detail : undefined;
    });
    expect(job.results.resources_extracted).toBe(1);
    const list = await client.listJobs({
      params: { query: { status: 'completed', limit: 5 } },
    });
    expect(list.jobs.map(j => j.job_id)).toContain(started.job_id);
  });

  it('creates, reads, updates, lists and deletes a schedule', async () => {
    const created = await client.createSchedule({
      body: { name: 'nightly', cron_expression: '0 2 * * *' },
    });
    expect(created).toMatchObject({ name: 'nightly', status: 'active' });
    const path = { schedule_id: created.schedule_id };
    expect((await client.getSchedule({ params: { path } })).name).toBe(
      'nightly',
    );
    const updated = await client.updateSchedule({
      params: { path },
      body: { name: 'nightly', cron_expression: '0 3 * * *', enabled: false },
    });
    expect(updated).toMatchObject({ status: 'paused', next_run: null });
    expect((await client.listSchedules()).total).toBe(1);
    expect(await client.deleteSchedule({ params: { path } })).toEqual({
      schedule_id: created.schedule_id,
      message: 'Schedule deleted',
    });
  });

  it("throws the backend's error as a ResponseError, with the seed's statuses", async () => {
    const missing = client.getJob({
      params: { path: { job_id: 'job_1234567890' } },
    });
    await expect(missing).rejects.toBeInstanceOf(ResponseError);
    await expect(missing).rejects.toMatchObject({
      response: { status: 404 },
      body: { error: { message: 'Job not found: job_1234567890' } },
    });
    await expect(
      client.triggerExtraction({ body: { batch_size: 0 } }),
    ).rejects.toMatchObject({
      response: { status: 422 },
      body: {
        error: { message: expect.stringContaining('body.batch_size') },
        // Seed 003's fields reach the client too.
        detail: expect.stringContaining('body.batch_size'),
        errors: [{ field: 'batch_size', message: expect.any(String) }],
      },
    });
    await expect(
      client.triggerExtraction({ body: { provider: 'nope' } }),
    ).rejects.toMatchObject({
      response: { status: 400 },
      body: { error: { message: "Unsupported provider: 'nope'" } },
    });
  });
});
