import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  authHeaders,
  createTestDatabases,
  startPluginBackend,
  type PluginBackend,
} from '@fawkes/test-kit';
import { mockClient } from 'aws-sdk-client-mock';
import knexFactory, { type Knex } from 'knex';
import { connect, type AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { cloudExtractorPlugin } from './plugin';
import { cloudExtractorModuleAws } from '@fawkes/plugin-cloud-extractor-backend-module-aws';
import { awsTestConfig } from './testUtils/awsTestConfig';

const databases = createTestDatabases();
const ec2 = mockClient(EC2Client);
const base = '/api/cloud-extractor';
const user = authHeaders.user('user:default/jane');

type Message = { type: string; data: Record<string, any> };

/** Everything a socket says until it closes: its messages and close code, or the HTTP refusal. */
function watch(
  url: string,
  options: {
    headers?: Record<string, string>;
    protocols?: string[];
    onMessage?: (message: Message) => void;
  } = {},
) {
  return new Promise<{
    messages: Message[];
    closeCode?: number;
    refusal?: { status: number; retryAfter?: string; body: any };
  }>((resolve, reject) => {
    const ws = new WebSocket(url, options.protocols ?? [], {
      headers: options.headers,
    });
    const messages: Message[] = [];
    ws.on('message', data => {
      const message = JSON.parse(String(data));
      messages.push(message);
      options.onMessage?.(message);
    });
    ws.on('close', code => resolve({ messages, closeCode: code }));
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', chunk => (body += chunk));
      res.on('end', () =>
        resolve({
          messages,
          refusal: {
            status: res.statusCode ?? 0,
            ...(res.headers['retry-after']
              ? { retryAfter: String(res.headers['retry-after']) }
              : {}),
            body: JSON.parse(body),
          },
        }),
      );
    });
    ws.on('error', reject);
  });
}

describe.each(databases.eachSupportedId())(
  "seed 003's job WebSocket on %s",
  databaseId => {
    let backend: PluginBackend;
    let wsBase: string;
    let knex: Knex;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startPluginBackend({
        features: [cloudExtractorPlugin, cloudExtractorModuleAws],
        knex,
        config: awsTestConfig(),
      });
      const { port } = backend.server.address() as AddressInfo;
      wsBase = `ws://127.0.0.1:${port}${base}/ws/jobs`;
    });
    beforeEach(() => {
      ec2.reset();
      ec2.on(DescribeInstancesCommand).resolves({
        Reservations: [
          { OwnerId: '123456789012', Instances: [{ InstanceId: 'i-1' }] },
        ],
      });
      ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
      ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
    });
    afterAll(() => backend.stop());

    const trigger = async () => {
      const res = await backend.http
        .post(`${base}/extraction/trigger`)
        .set(user)
        .send({ services: ['ec2'] });
      expect(res.status).toBe(200);
      return res.body.job_id as string;
    };

    it('streams a job from its first event to its final status in the seed shape, then closes', async () => {
      const jobId = await trigger();
      const { messages, closeCode } = await watch(`${wsBase}/${jobId}`, {
        headers: user,
      });
      expect(closeCode).toBe(1000);
      expect(messages[0]).toEqual({
        type: 'status',
        data: expect.objectContaining({ job_id: jobId, status: 'pending' }),
      });
      expect(messages[messages.length - 1]).toMatchObject({
        type: 'status',
        data: { job_id: jobId, status: 'completed' },
      });
      const progress = messages.filter(m => m.type === 'progress');
      expect(progress.length).toBeGreaterThan(0);
      expect(progress[progress.length - 1].data).toMatchObject({
        job_id: jobId,
        progress: {
          processed_resources: expect.any(Number),
          total_resources: expect.any(Number),
        },
      });
    });

    it("takes a browser's token as its Sec-WebSocket-Protocol, and a service's token", async () => {
      const jobId = await trigger();
      // A real token is a JWT, valid as a subprotocol; the default mock token is too.
      const browser = await watch(`${wsBase}/${jobId}`, {
        protocols: [mockCredentials.user.token()],
      });
      expect(browser.closeCode).toBe(1000);
      expect(browser.messages[browser.messages.length - 1].data.status).toBe(
        'completed',
      );
      const script = await watch(`${wsBase}/${jobId}`, {
        headers: authHeaders.service('cloud-extractor'),
      });
      expect(script.messages.map(m => m.type)).toEqual(
        browser.messages.map(m => m.type),
      );
    });

    it('refuses an upgrade without valid credentials with 401, before saying whether the job exists', async () => {
      const jobId = await trigger();
      for (const headers of [
        undefined,
        { Authorization: 'Bearer not-a-token' },
        { Authorization: mockCredentials.user.invalidHeader() },
      ]) {
        const { refusal, messages } = await watch(`${wsBase}/${jobId}`, {
          headers,
        });
        expect(messages).toEqual([]);
        expect(refusal).toEqual({
          status: 401,
          body: expect.objectContaining({
            error: expect.objectContaining({ name: 'AuthenticationError' }),
          }),
        });
      }
      const unknown = await watch(`${wsBase}/job_unknown`);
      expect(unknown.refusal?.status).toBe(401);
    });

    it('answers 404 for a job that does not exist or a path that is not a socket', async () => {
      for (const path of [
        `${wsBase}/job_00000000000000000000000000000000`,
        `${wsBase}/not-a-job-id`,
        `${wsBase}/%E0%A4%A`,
        wsBase.replace('/ws/jobs', '/ws/other'),
      ]) {
        const { refusal } = await watch(path, { headers: user });
        expect(refusal?.status).toBe(404);
        expect(refusal?.body.detail).toEqual(expect.any(String));
      }
    });

    it('answers a plain HTTP request for the socket with 426, after credentials', async () => {
      const jobId = await trigger();
      const anonymous = await backend.http.get(`${base}/ws/jobs/${jobId}`);
      expect(anonymous.status).toBe(401);
      const plain = await backend.http
        .get(`${base}/ws/jobs/${jobId}`)
        .set(user);
      expect(plain.status).toBe(426);
      expect(plain.headers.upgrade).toBe('websocket');
      expect(plain.body.error.message).toContain('WebSocket');
    });

    it.each([
      ['a script (Bearer header)', { headers: user }],
      [
        'a browser (token as its subprotocol)',
        { protocols: [mockCredentials.user.token()] },
      ],
    ])(
      'on a replica that had no request yet, answers the first upgrade of %s 503 to retry, and serves the retry',
      async (_client, options) => {
        const jobId = await trigger();
        // A second backend on the same database, as a second replica is.
        const replica = await startPluginBackend({
          features: [cloudExtractorPlugin, cloudExtractorModuleAws],
          knex,
          config: awsTestConfig(),
        });
        try {
          const { port } = replica.server.address() as AddressInfo;
          const url = `ws://127.0.0.1:${port}${base}/ws/jobs/${jobId}`;
          const first = await watch(url, options);
          expect(first.refusal).toEqual({
            status: 503,
            retryAfter: '0',
            body: expect.objectContaining({ detail: expect.any(String) }),
          });
          const retry = await watch(url, options);
          expect(retry.refusal).toBeUndefined();
          expect(retry.closeCode).toBe(1000);
          expect(retry.messages[0].data.job_id).toBe(jobId);
        } finally {
          await replica.stop();
        }
      },
    );

    it('closes open sockets with 1001 when the backend shuts down', async () => {
      // A scan that does not finish while the socket is open; released once the stop began,
      // whether or not the scan has asked EC2 by then (a stop waits for its running jobs).
      let release = () => {};
      const released = new Promise<void>(resolve => (release = resolve));
      ec2.on(DescribeInstancesCommand).callsFake(async () => {
        await released;
        return { Reservations: [] };
      });
      const replica = await startPluginBackend({
        features: [cloudExtractorPlugin, cloudExtractorModuleAws],
        knex,
        config: awsTestConfig(),
      });
      const { port } = replica.server.address() as AddressInfo;
      const jobId = (
        await replica.http
          .post(`${base}/extraction/trigger`)
          .set(user)
          .send({ services: ['ec2'] })
      ).body.job_id;
      let opened = () => {};
      const open = new Promise<void>(resolve => (opened = resolve));
      const watching = watch(`ws://127.0.0.1:${port}${base}/ws/jobs/${jobId}`, {
        headers: user,
        onMessage: () => opened(),
      });
      await open;
      const stopped = replica.stop();
      release();
      const { closeCode, messages } = await watching;
      await stopped;
      expect(messages[0]).toMatchObject({ type: 'status' });
      expect(closeCode).toBe(1001);
    });

    if (databaseId === 'POSTGRES_15') {
      it('answers 503 with Retry-After while its database cannot be reached, and serves again after', async () => {
        const jobId = await trigger();
        const connection = knex.client.config
          .connection as Knex.PgConnectionConfig;
        const admin = knexFactory({
          client: 'pg',
          connection: { ...connection, database: 'postgres' },
          pool: { min: 0, max: 1 },
        });
        const name = connection.database!;
        try {
          await admin.raw('alter database ?? allow_connections false', [name]);
          await admin.raw(
            'select pg_terminate_backend(pid) from pg_stat_activity where datname = ?',
            [name],
          );
          const down = await watch(`${wsBase}/${jobId}`, { headers: user });
          expect(down.refusal).toEqual({
            status: 503,
            retryAfter: '5',
            body: expect.objectContaining({
              detail: expect.stringMatching(/try again/),
            }),
          });
          expect(JSON.stringify(down.refusal?.body)).not.toMatch(
            /select|127\.0\.0\.1|5432|ECONN/i,
          );
        } finally {
          await admin.raw('alter database ?? allow_connections true', [name]);
          await admin.destroy();
        }
        const up = await watch(`${wsBase}/${jobId}`, { headers: user });
        expect(up.closeCode).toBe(1000);
      });
    }

    it('survives clients that reset the connection while their upgrade is checked', async () => {
      const jobId = await trigger();
      const { port } = backend.server.address() as AddressInfo;
      await Promise.all(
        Array.from({ length: 20 }, () => {
          const client = connect(port, '127.0.0.1');
          return new Promise<void>(resolve => {
            client.on('error', () => resolve());
            client.on('close', () => resolve());
            client.write(
              `GET ${base}/ws/jobs/${jobId} HTTP/1.1\r\nHost: x\r\n` +
                `Authorization: ${user.Authorization}\r\nConnection: Upgrade\r\n` +
                `Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n` +
                `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
              () => client.resetAndDestroy(),
            );
          });
        }),
      );
      const { messages, closeCode } = await watch(`${wsBase}/${jobId}`, {
        headers: user,
      });
      expect(closeCode).toBe(1000);
      expect(messages.length).toBeGreaterThan(0);
    });

    it('keeps answering HTTP on the same backend once sockets were served', async () => {
      const res = await backend.http.get(`${base}/health`);
      expect(res.status).toBe(200);
    });
  },
);
