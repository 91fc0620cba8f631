import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import type { Entity } from '@backstage/catalog-model';
import {
  authHeaders,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { mockClient } from 'aws-sdk-client-mock';
import { cloudExtractorPlugin } from '@fawkes/plugin-cloud-extractor-backend';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import {
  awsTestConfig,
  eventually,
} from '@fawkes/plugin-cloud-extractor-backend/testUtils';
import { catalogModuleCloudExtractor } from './module';

jest.setTimeout(60_000);
const ec2 = mockClient(EC2Client);
const user = authHeaders.user();

/** Instances per region; a region mapped to an Error fails. */
function account(instances: Record<string, string[] | Error>) {
  ec2.reset();
  ec2.on(DescribeInstancesCommand).callsFake(async (_input, getClient) => {
    const found = instances[await getClient().config.region()];
    if (found instanceof Error) throw found;
    return {
      Reservations: [
        {
          Instances: (found ?? []).map(InstanceId => ({
            InstanceId,
            Tags: [{ Key: 'owner', Value: 'team-a' }],
          })),
        },
      ],
    };
  });
  ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
}

/**
 * The catalog, its cloud-extractor module, the plugin and AWS in one backend. The module still
 * reads the plugin's feed over HTTP, through discovery, as it would from another backend.
 */
const startWithCatalog = (config: ReturnType<typeof awsTestConfig>) =>
  startPluginBackend({
    features: [
      // One events service for the whole backend, as in production (the test default is one per plugin).
      eventsServiceFactory,
      catalogPlugin,
      catalogModuleCloudExtractor,
      cloudExtractorPlugin,
      cloudExtractorModuleAws,
    ],
    config: {
      ...config,
      catalog: {
        processingInterval: { seconds: 1 },
        providers: { cloudExtractor: { intervalSeconds: 1 } },
      },
    },
  });

// Each plugin gets its own in-memory SQLite here: the catalog and this plugin cannot share one
// test database (both keep knex_migrations). The stores' PostgreSQL behaviour is tested elsewhere.
describe('the catalog fed by cloud-extractor', () => {
  let backend: PluginBackend;
  beforeAll(async () => {
    backend = await startWithCatalog(
      awsTestConfig({ regions: ['us-east-1', 'eu-west-1'], services: ['ec2'] }),
    );
  });
  afterAll(() => backend.stop());

  const scan = async (body: object) => {
    const { job_id } = (
      await backend.http
        .post('/api/cloud-extractor/extraction/trigger')
        .set(user)
        .send(body)
    ).body;
    return eventually(async () => {
      const job = (
        await backend.http
          .get(`/api/cloud-extractor/extraction/jobs/${job_id}`)
          .set(user)
      ).body;
      return ['completed', 'failed', 'cancelled'].includes(job.status)
        ? job
        : undefined;
    });
  };
  const instancesInCatalog = async () => {
    const res = await backend.http
      .get('/api/catalog/entities?filter=kind=resource,spec.type=ec2-instance')
      .set(user);
    return (res.body as Entity[]).map(e => e.metadata.title).sort();
  };
  const waitForCatalog = (expected: string[]) =>
    eventually(async () => {
      const titles = await instancesInCatalog();
      return JSON.stringify(titles) === JSON.stringify(expected)
        ? titles
        : undefined;
    }, 30_000);

  it('adds what a scan finds, keeps everything when a region fails, and removes only after a complete scan', async () => {
    account({ 'us-east-1': ['i-a', 'i-b'], 'eu-west-1': ['i-c'] });
    const first = await scan({});
    expect(first.results.scopes[0]).toMatchObject({
      complete: true,
      mutation: 'full',
    });
    await waitForCatalog(['i-a', 'i-b', 'i-c']);
    const entity = (
      await backend.http
        .get('/api/catalog/entities?filter=metadata.title=i-a')
        .set(user)
    ).body[0] as Entity;
    expect(entity.spec).toEqual({
      type: 'ec2-instance',
      owner: 'group:team-a',
    });
    expect(entity.metadata.annotations?.['amazonaws.com/arn']).toBe(
      'arn:aws:ec2:us-east-1:123456789012:instance/i-a',
    );

    // i-b is gone, but eu-west-1 fails: nothing may be removed.
    account({
      'us-east-1': ['i-a'],
      'eu-west-1': new Error('eu-west-1 is unreachable'),
    });
    const partial = await scan({});
    // The catalog has read the feed by now: the job says so.
    expect(partial.results.scopes[0]).toMatchObject({
      complete: false,
      mutation: 'delta',
      catalog_connected: true,
    });
    await new Promise(resolve => setTimeout(resolve, 2000));
    expect(await instancesInCatalog()).toEqual(['i-a', 'i-b', 'i-c']);

    // A complete scan of the account replaces its entities.
    account({ 'us-east-1': ['i-a'], 'eu-west-1': ['i-c'] });
    const complete = await scan({});
    expect(complete.results.scopes[0]).toMatchObject({
      complete: true,
      mutation: 'full',
    });
    await waitForCatalog(['i-a', 'i-c']);
  });
});

describe('a cancelled scan and the catalog', () => {
  let backend: PluginBackend;
  beforeAll(async () => {
    // A lease renewed every 200 s: only the check after each page can see the cancel in time.
    backend = await startWithCatalog(
      awsTestConfig({ services: ['ec2'], jobs: { leaseSeconds: 600 } }),
    );
  });
  afterAll(() => backend.stop());

  it('stops within one page, ends cancelled and applies no full mutation', async () => {
    const page = (ids: string[], NextToken?: string) => ({
      Reservations: [{ Instances: ids.map(InstanceId => ({ InstanceId })) }],
      NextToken,
    });
    account({ 'us-east-1': ['i-a', 'i-b'] });
    const job = (id: string) =>
      backend.http
        .get(`/api/cloud-extractor/extraction/jobs/${id}`)
        .set(user)
        .then(r => r.body);
    const trigger = async () =>
      (
        await backend.http
          .post('/api/cloud-extractor/extraction/trigger')
          .set(user)
          .send({})
      ).body.job_id as string;
    const finished = (id: string) =>
      eventually(async () => {
        const body = await job(id);
        return ['completed', 'failed', 'cancelled'].includes(body.status)
          ? body
          : undefined;
      }, 30_000);
    expect((await finished(await trigger())).status).toBe('completed');

    // Page 1 holds i-a; page 2 waits until the cancel is asked; page 3 must never be read.
    let secondPageAsked!: () => void;
    const asked = new Promise<void>(resolve => {
      secondPageAsked = resolve;
    });
    let release!: () => void;
    const gate = new Promise<void>(resolve => {
      release = resolve;
    });
    ec2.on(DescribeInstancesCommand).callsFake(async input => {
      if (!input.NextToken) return page(['i-a'], 'p2');
      if (input.NextToken === 'p2') {
        secondPageAsked();
        await gate;
        return page(['i-x'], 'p3');
      }
      return page(['i-y']);
    });
    const id = await trigger();
    await asked;
    const cancel = await backend.http
      .post(`/api/cloud-extractor/extraction/jobs/${id}/cancel`)
      .set(user);
    expect(cancel.status).toBe(200);
    release();

    const cancelled = await finished(id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.results.scopes[0].mutation).not.toBe('full');
    expect(
      ec2
        .commandCalls(DescribeInstancesCommand)
        .filter(call => call.args[0].input.NextToken === 'p3'),
    ).toHaveLength(0);
    // i-b, which the cancelled scan did not see, is still in the catalog.
    await eventually(async () => {
      const titles = (
        await backend.http
          .get(
            '/api/catalog/entities?filter=kind=resource,spec.type=ec2-instance',
          )
          .set(user)
      ).body.map((e: Entity) => e.metadata.title);
      return titles.includes('i-b') ? titles : undefined;
    }, 30_000);
  });
});
