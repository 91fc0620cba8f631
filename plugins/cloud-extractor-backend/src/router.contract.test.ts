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
import type { Knex } from 'knex';
import { cloudExtractorPlugin } from './plugin';
import { spec } from './schema/openapi.generated';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { awsTestConfig, eventually } from './testUtils/awsTestConfig';

const databases = createTestDatabases();
const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);
const base = '/api/cloud-extractor';
const user = authHeaders.user('user:default/jane');
const catalog = authHeaders.service('cloud-extractor', 'plugin:catalog');

interface Schema {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
}

/**
 * Where `value` breaks `schema` (type, required, properties, items: what the spec's Error schema
 * uses), as `path: problem`; empty when it conforms.
 */
function violations(value: unknown, schema: Schema, path = 'body'): string[] {
  let type: string = typeof value;
  if (Array.isArray(value)) type = 'array';
  else if (value === null) type = 'null';
  else if (Number.isInteger(value)) type = 'integer';
  const types = [schema.type ?? []].flat();
  if (
    types.length > 0 &&
    !types.includes(type) &&
    !(type === 'integer' && types.includes('number'))
  )
    return [`${path}: is ${type}, expected ${types.join(' or ')}`];
  const problems: string[] = [];
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in object)) problems.push(`${path}.${key}: is missing`);
    for (const [key, property] of Object.entries(schema.properties ?? {}))
      if (key in object)
        problems.push(...violations(object[key], property, `${path}.${key}`));
  }
  if (type === 'array' && schema.items)
    (value as unknown[]).forEach((item, i) =>
      problems.push(...violations(item, schema.items!, `${path}[${i}]`)),
    );
  return problems;
}

function mockAccount(instances: string[]) {
  ec2.reset();
  s3.reset();
  ec2.on(DescribeInstancesCommand).resolves({
    Reservations: [
      {
        OwnerId: '123456789012',
        Instances: instances.map(InstanceId => ({ InstanceId })),
      },
    ],
  });
  ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
  s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'logs' }] });
  s3.on(GetBucketTaggingCommand).resolves({ TagSet: [] });
}

/** What a client of the original FastAPI service relies on beyond paths and statuses. */
describe.each(databases.eachSupportedId())(
  'cloud-extractor seed 003 contract on %s',
  databaseId => {
    let backend: PluginBackend;
    let knex: Knex;

    beforeAll(async () => {
      mockAccount(['i-1']);
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [cloudExtractorPlugin, cloudExtractorModuleAws],
        knex,
        // The configured scope: one account, EC2 and S3, two regions.
        config: awsTestConfig({
          services: ['ec2', 's3'],
          regions: ['us-east-1', 'eu-west-1'],
        }),
      });
    });
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

    const trigger = async (body: object) => {
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send(body);
      expect({ body, status: res.status }).toEqual({ body, status: 200 });
      return finished(res.body.job_id);
    };

    /** The refs of the instances the feed holds now (added, and not removed since). */
    const instancesInFeed = async () => {
      const live = new Map<string, boolean>();
      let after = 0;
      for (;;) {
        const page = await backend.http
          .get(`${base}/catalog/entity-changes?after=${after}&limit=1000`)
          .set(catalog);
        expect(page.status).toBe(200);
        for (const item of page.body.items)
          live.set(item.entity_ref, item.entity !== null);
        if (page.body.cursor === after || page.body.items.length === 0) break;
        after = page.body.cursor;
      }
      return [...live]
        .filter(([ref, present]) => present && /i-[12]/.test(ref))
        .map(([ref]) => ref)
        .sort();
    };

    describe('unknown body fields', () => {
      it('accepts a trigger with fields it does not know and neither stores nor answers them', async () => {
        const res = await backend.http
          .post(`${base}/extraction/trigger`)
          .set(user)
          .send({
            provider: 'aws',
            services: ['ec2'],
            regions: ['us-east-1'],
            priority: 'high',
            notify: { email: 'ops@example.com' },
          });
        expect(res.status).toBe(200);
        const job = await finished(res.body.job_id);
        expect(job.status).toBe('completed');
        expect(job).not.toHaveProperty('priority');
        expect(job).not.toHaveProperty('notify');
        const row = await knex('extraction_jobs')
          .where({ id: res.body.job_id })
          .first();
        expect(JSON.stringify(row)).not.toMatch(/priority|notify|ops@/);
      });

      it('accepts schedule bodies with unknown fields on create and update, storing only the known ones', async () => {
        const created = await backend.http
          .post(`${base}/schedules/`)
          .set(user)
          .send({
            name: 'with extras',
            cron_expression: '@daily',
            timezone: 'Europe/Berlin',
            owner: 'team-a',
          });
        expect(created.status).toBe(200);
        expect(created.body).not.toHaveProperty('timezone');
        expect(created.body).not.toHaveProperty('owner');
        const id = created.body.schedule_id;

        const updated = await backend.http
          .put(`${base}/schedules/${id}`)
          .set(user)
          .send({
            name: 'with extras',
            cron_expression: '@hourly',
            enabled: false,
            description: 'hourly now',
          });
        expect(updated.status).toBe(200);
        expect(updated.body).toMatchObject({
          cron_expression: '@hourly',
          enabled: false,
        });
        expect(updated.body).not.toHaveProperty('description');

        const read = await backend.http
          .get(`${base}/schedules/${id}`)
          .set(user);
        expect(Object.keys(read.body)).not.toEqual(
          expect.arrayContaining(['timezone', 'owner', 'description']),
        );
        const row = await knex('extraction_schedules').where({ id }).first();
        expect(JSON.stringify(row)).not.toMatch(
          /timezone|Europe|owner|team-a|description|hourly now/,
        );
      });

      it('still refuses known fields of the wrong type or value with 422 naming them', async () => {
        const cases: Array<[string, object, string]> = [
          ['/extraction/trigger', { batch_size: 'ten', x: 1 }, 'batch_size'],
          ['/extraction/trigger', { services: 'ec2', x: 1 }, 'services'],
          ['/extraction/trigger', { regions: ['US East'] }, 'regions[0]'],
          [
            '/schedules/',
            { name: 'n', cron_expression: 5, x: 1 },
            'cron_expression',
          ],
          [
            '/schedules/',
            { name: 'n', cron_expression: '@daily', enabled: 'yes' },
            'enabled',
          ],
        ];
        for (const [path, body, field] of cases) {
          const res = await backend.http
            .post(`${base}${path}`)
            .set(user)
            .send(body);
          expect({ body, status: res.status }).toEqual({ body, status: 422 });
          expect(res.body.error.message).toContain(`body.${field}`);
          expect(res.body.errors).toEqual([
            { field, message: expect.any(String) },
          ]);
        }
      });
    });

    describe('unknown query parameters', () => {
      it('ignores them, as FastAPI does, and still checks the known ones', async () => {
        const jobs = await backend.http
          .get(`${base}/extraction/jobs?limit=2&page=1&sort=desc`)
          .set(user);
        expect(jobs.status).toBe(200);
        expect(jobs.body.jobs.length).toBeLessThanOrEqual(2);
        const services = await backend.http
          .get(`${base}/extraction/services?provider=aws&verbose=true`)
          .set(user);
        expect(services.status).toBe(200);
        expect(Object.keys(services.body.services_by_provider)).toEqual([
          'aws',
        ]);
        const bad = await backend.http
          .get(`${base}/extraction/jobs?limit=many&page=1`)
          .set(user);
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toContain('query.limit');
        expect(bad.body.errors).toEqual([
          { field: 'limit', message: expect.any(String) },
        ]);
      });
    });

    describe('methods a path does not have', () => {
      it.each([
        ['delete', '/extraction/trigger', 'POST'],
        ['get', '/extraction/trigger', 'POST'],
        ['put', '/extraction/jobs', 'GET, HEAD'],
        ['post', '/extraction/jobs', 'GET, HEAD'],
        [
          'delete',
          '/extraction/jobs/job_00000000000000000000000000000000',
          'GET, HEAD',
        ],
        [
          'get',
          '/extraction/jobs/job_00000000000000000000000000000000/cancel',
          'POST',
        ],
        ['put', '/schedules/', 'GET, HEAD, POST'],
        ['delete', '/schedules', 'GET, HEAD, POST'],
        [
          'post',
          '/schedules/sched_00000000000000000000000000000000',
          'GET, HEAD, PUT, DELETE',
        ],
        [
          'patch',
          '/schedules/sched_00000000000000000000000000000000',
          'GET, HEAD, PUT, DELETE',
        ],
        ['post', '/extraction/providers', 'GET, HEAD'],
        ['post', '/health', 'GET, HEAD'],
      ] as const)(
        'answers %s %s with 405 and Allow: %s',
        async (method, path, allow) => {
          const res = await backend.http[method](`${base}${path}`).set(user);
          expect(res.status).toBe(405);
          expect(res.headers.allow).toBe(allow);
          expect(res.body).toMatchObject({
            error: { name: 'MethodNotAllowedError' },
            response: { statusCode: 405 },
            detail: res.body.error.message,
            errors: [],
          });
          expect(res.body.error.message).toContain(method.toUpperCase());
        },
      );

      it('asks for credentials first, and leaves unknown paths at 404', async () => {
        const anonymous = await backend.http.delete(
          `${base}/extraction/trigger`,
        );
        expect(anonymous.status).toBe(401);
        expect(anonymous.headers.allow).toBeUndefined();
        // Health is open, so its wrong method is answered without credentials.
        const health = await backend.http.post(`${base}/health`);
        expect(health.status).toBe(405);
        for (const path of ['/extraction/nope', '/schedules/x/y', '/nothing']) {
          const res = await backend.http.delete(`${base}${path}`).set(user);
          expect({ path, status: res.status }).toEqual({ path, status: 404 });
        }
      });
    });

    describe('full and partial scans', () => {
      it('treats a trigger naming the whole configured scope as a full scan, and less as a partial one', async () => {
        mockAccount(['i-1', 'i-2']);
        const first = await trigger({});
        expect(first.results.scopes[0].mutation).toBe('full');
        const both = await instancesInFeed();
        expect(both.filter(ref => ref.includes('i-2')).length).toBeGreaterThan(
          0,
        );

        // i-2 is gone: a trigger covering less than the configured scope keeps it.
        mockAccount(['i-1']);
        for (const body of [
          { services: ['ec2'] },
          { services: ['ec2', 's3'], regions: ['us-east-1'] },
          {
            services: ['ec2', 's3'],
            regions: ['us-east-1', 'eu-west-1'],
            filters: { instance_state: 'running' },
          },
        ]) {
          const partial = await trigger(body);
          expect({
            body,
            mutation: partial.results.scopes[0].mutation,
          }).toEqual({ body, mutation: 'delta' });
          expect(await instancesInFeed()).toEqual(both);
        }

        // Every configured provider, service and region named, in any order: a full scan.
        const whole = await trigger({
          provider: 'aws',
          services: ['s3', 'ec2'],
          regions: ['eu-west-1', 'us-east-1'],
          batch_size: 50,
        });
        expect(whole.results.scopes[0]).toMatchObject({
          complete: true,
          mutation: 'full',
        });
        expect(await instancesInFeed()).toEqual(
          both.filter(ref => !ref.includes('i-2')),
        );
      });
    });

    describe('error bodies', () => {
      it("carry Backstage's standard fields and the seed's detail and errors", async () => {
        const invalid = await backend.http
          .post(`${base}/extraction/trigger`)
          .set(user)
          .send({ batch_size: 0, regions: ['US East'] });
        expect(invalid.status).toBe(422);
        expect(invalid.body).toEqual({
          error: {
            name: 'UnprocessableEntityError',
            message: expect.stringContaining('body.batch_size'),
            statusCode: 422,
          },
          // As Backstage's error middleware: the URL under the plugin's base.
          request: { method: 'POST', url: '/extraction/trigger' },
          response: { statusCode: 422 },
          detail: invalid.body.error.message,
          errors: [
            {
              field: 'regions[0]',
              message: 'must be a region name such as us-east-1 or westeurope',
            },
            { field: 'batch_size', message: expect.any(String) },
          ],
        });

        const seed400 = await backend.http
          .post(`${base}/extraction/trigger`)
          .set(user)
          .send({ provider: 'invalid-provider' });
        expect(seed400.status).toBe(400);
        expect(seed400.body).toMatchObject({
          error: {
            name: 'InputError',
            message: "Unsupported provider: 'invalid-provider'",
          },
          response: { statusCode: 400 },
          detail: "Unsupported provider: 'invalid-provider'",
          errors: [],
        });

        const missing = await backend.http
          .get(`${base}/extraction/jobs/job_1234567890`)
          .set(user);
        expect(missing.status).toBe(404);
        expect(missing.body).toMatchObject({
          error: {
            name: 'NotFoundError',
            message: 'Job not found: job_1234567890',
          },
          detail: 'Job not found: job_1234567890',
          errors: [],
        });

        const query = await backend.http
          .get(`${base}/extraction/jobs?limit=0`)
          .set(user);
        expect(query.status).toBe(400);
        expect(query.body.detail).toBe(query.body.error.message);
        expect(query.body.errors).toEqual([
          { field: 'limit', message: expect.any(String) },
        ]);

        const forbidden = await backend.http
          .get(`${base}/catalog/entity-changes`)
          .set(user);
        expect(forbidden.status).toBe(403);
        expect(forbidden.body).toMatchObject({
          error: { name: 'NotAllowedError' },
          detail: forbidden.body.error.message,
          errors: [],
        });
        const errorSchema = spec.components.schemas.Error as Schema;
        expect(Object.keys(errorSchema.properties!).sort()).toEqual([
          'detail',
          'error',
          'errors',
          'request',
          'response',
        ]);
        for (const res of [invalid, seed400, missing, query, forbidden]) {
          // No stack trace outside development.
          expect(res.body.error.stack).toBeUndefined();
          // Each body is what the spec's error answers describe.
          expect(violations(res.body, errorSchema)).toEqual([]);
        }
      });

      it("leaves the auth layer's 401 as Backstage answers it, which the spec's error schema also describes", async () => {
        const res = await backend.http.get(`${base}/extraction/jobs`);
        expect(res.status).toBe(401);
        expect(res.body.error.name).toBe('AuthenticationError');
        expect(res.body).not.toHaveProperty('detail');
        expect(
          violations(res.body, spec.components.schemas.Error as Schema),
        ).toEqual([]);
      });
    });
  },
);
