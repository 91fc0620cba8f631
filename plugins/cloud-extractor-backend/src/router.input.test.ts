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
import { cloudExtractorPlugin } from './plugin';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { awsTestConfig } from './testUtils/awsTestConfig';

const databases = createTestDatabases();
const ec2 = mockClient(EC2Client);
const base = '/api/cloud-extractor';
const user = authHeaders.user('user:default/jane');
const json = { ...user, 'Content-Type': 'application/json' };

/** Requests a client can send that are not what the routes expect: each gets a 4xx, never a 500. */
describe.each(databases.eachSupportedId())(
  'cloud-extractor input edges on %s',
  databaseId => {
    let backend: PluginBackend;

    beforeAll(async () => {
      ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
      ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
      ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
      backend = await startPluginBackend({
        features: [cloudExtractorPlugin, cloudExtractorModuleAws],
        knex: await databases.init(databaseId),
        config: awsTestConfig(),
      });
    });
    afterAll(() => backend.stop());

    const jobCount = async () =>
      (await backend.http.get(`${base}/extraction/jobs`).set(user)).body
        .total as number;

    it('refuses schedule names that are blank or hold control characters, naming body.name', async () => {
      for (const name of ['nul\u0000byte', 'line\nbreak', '   ']) {
        const res = await backend.http
          .post(`${base}/schedules/`)
          .set(user)
          .send({ name, cron_expression: '@daily' });
        expect({ name, status: res.status }).toEqual({ name, status: 422 });
        expect(res.body.error.message).toContain('body.name');
      }
      const padded = await backend.http
        .post(`${base}/schedules/`)
        .set(user)
        .send({ name: '  nightly  ', cron_expression: '@daily' });
      expect(padded.status).toBe(200);
      expect(padded.body.name).toBe('nightly');
    });

    it('refuses a body that is not JSON instead of reading it as "extract everything"', async () => {
      const before = await jobCount();
      // What `curl -d '{…}'` sends without a Content-Type header.
      const form = await backend.http
        .post(`${base}/extraction/trigger`)
        .set({ ...user, 'Content-Type': 'application/x-www-form-urlencoded' })
        .send('{"provider":"aws","services":["ec2"]}');
      expect(form.status).toBe(422);
      expect(form.body.error.message).toContain(
        'Content-Type: application/json',
      );
      const text = await backend.http
        .post(`${base}/schedules/`)
        .set({ ...user, 'Content-Type': 'text/plain' })
        .send('name=x');
      expect(text.status).toBe(422);
      expect(await jobCount()).toBe(before);

      // No body at all is still "extract everything", as the seed's `-d '{}'`.
      const empty = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user);
      expect(empty.status).toBe(200);
      expect(await jobCount()).toBe(before + 1);
    });

    it('answers invalid bodies with the seed 422 naming the body, and keeps 400 for the seed messages', async () => {
      const cases: Array<[string, string]> = [
        ['{"provider":', 'body'],
        ['null', 'body'],
        ['"aws"', 'body'],
        ['[1,2]', 'body'],
        ['{"batch_size":"ten"}', 'body.batch_size'],
        ['{"regions":["US East"]}', 'body.regions[0]'],
        ['{"unexpected":1,"services":"ec2"}', 'body.services'],
      ];
      for (const [body, field] of cases) {
        const res = await backend.http
          .post(`${base}/extraction/trigger`)
          .set(json)
          .send(body);
        expect({ body, status: res.status }).toEqual({ body, status: 422 });
        expect(res.body.error.message).toContain(field);
        // The raw body is not echoed back in the error.
        expect(res.body.error.body).toBeUndefined();
      }
      const schedule = await backend.http
        .put(`${base}/schedules/sched_${'0'.repeat(32)}`)
        .set(json)
        .send('null');
      expect(schedule.status).toBe(422);

      // A schedule without its required fields says they are required.
      const bare = await backend.http
        .post(`${base}/schedules/`)
        .set(json)
        .send('{}');
      expect(bare.status).toBe(422);
      expect(bare.body.error.message).toBe(
        'Invalid request body: body.name: is required; body.cron_expression: is required',
      );

      const provider = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(json)
        .send({ provider: 'nope' });
      expect(provider.status).toBe(400);
      expect(provider.body.error.message).toBe("Unsupported provider: 'nope'");
    });

    it('refuses with 422 a region that is not a region of the chosen or enabled providers, naming body.regions', async () => {
      const before = await jobCount();
      const cases: Array<[object, string]> = [
        [
          { regions: ['us-east-1', 'westeurope'] },
          "body.regions: 'westeurope' is not a region of any enabled provider (aws); expected an AWS region",
        ],
        [
          { provider: 'aws', regions: ['europe-west1'] },
          "body.regions: 'europe-west1' is not a region of aws; expected an AWS region",
        ],
      ];
      for (const [body, message] of cases) {
        const trigger = await backend.http
          .post(`${base}/extraction/trigger`)
          .set(json)
          .send(body);
        expect({ body, status: trigger.status }).toEqual({ body, status: 422 });
        expect(trigger.body.error.message).toContain(message);
        const schedule = await backend.http
          .post(`${base}/schedules/`)
          .set(json)
          .send({
            name: 'foreign regions',
            cron_expression: '@daily',
            ...body,
          });
        expect({ body, status: schedule.status }).toEqual({
          body,
          status: 422,
        });
        expect(schedule.body.error.message).toContain(message);
      }
      expect(await jobCount()).toBe(before);
      // EC2 only: it is the service mocked here, so the job makes no call beyond this process.
      const partitions = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(json)
        .send({ regions: ['cn-north-1', 'us-gov-west-1'], services: ['ec2'] });
      expect(partitions.status).toBe(200);
    });

    it("refuses cron's random H, which would fire at a different minute after each run", async () => {
      for (const cron of ['H * * * *', 'H/15 * * * *', '0 H * * *']) {
        const res = await backend.http
          .post(`${base}/schedules/`)
          .set(user)
          .send({ name: `random ${cron}`, cron_expression: cron });
        expect({ cron, status: res.status }).toEqual({ cron, status: 400 });
        expect(res.body.error.message).toContain('cron_expression');
      }
      const thursday = await backend.http
        .post(`${base}/schedules/`)
        .set(user)
        .send({ name: 'thursdays', cron_expression: '0 6 * * THU' });
      expect(thursday.status).toBe(200);
    });

    it('stores a cron expression with its fields separated by single spaces', async () => {
      const res = await backend.http
        .post(`${base}/schedules/`)
        .set(user)
        .send({ name: 'spaced', cron_expression: ' 0  2 * *\n* ' });
      expect(res.status).toBe(200);
      expect(res.body.cron_expression).toBe('0 2 * * *');
    });

    it('bounds the number of filters, so an error cannot list thousands of them back', async () => {
      const filters = Object.fromEntries(
        Array.from({ length: 1000 }, (_, k) => [`k${k}`, 'v']),
      );
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(json)
        .send({ filters });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toBe(
        'Invalid request body: body.filters: must have at most 20 filters',
      );
    });
  },
);
