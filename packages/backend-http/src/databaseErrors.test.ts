import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import knexFactory, { type Knex } from 'knex';
import { createServer, type AddressInfo } from 'node:net';
import request from 'supertest';
import {
  databaseErrorHandler,
  databaseFailureOf,
  DATABASE_RETRY_AFTER_SECONDS,
} from './databaseErrors';

/** A TCP port on this machine that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise(done => server.close(done));
  return port;
}

/**
 * One route that runs `work`, then this handler, then Backstage's own error middleware with stack
 * traces shown (as NODE_ENV=development does): what a client of a plugin gets.
 */
function appRunning(work: () => Promise<unknown>, showStackTraces = true) {
  const logger = mockServices.logger.mock();
  const router = Router();
  router.get('/thing', async (_req, res) => {
    res.json(await work());
  });
  const app = express();
  app.use('/api/plugin', router);
  app.use('/api/plugin', databaseErrorHandler(logger));
  app.use(
    MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock(),
    }).error({ showStackTraces }),
  );
  return { app, logger };
}

/** Nothing in the body a client could learn the database from. */
function expectNoDatabaseDetails(body: unknown, port?: number) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/select|insert|from "|things/i);
  expect(text).not.toMatch(/127\.0\.0\.1|localhost|errno|ECONNREFUSED|syscall/);
  if (port) expect(text).not.toContain(String(port));
  expect(text).not.toMatch(/"cause"/);
}

describe('databaseErrorHandler', () => {
  const opened: Knex[] = [];
  afterAll(() => Promise.all(opened.map(k => k.destroy())));

  it('answers 503 with Retry-After when PostgreSQL refuses connections, without host, port or SQL', async () => {
    const port = await closedPort();
    const knex = knexFactory({
      client: 'pg',
      connection: { host: '127.0.0.1', port, user: 'secret-user' },
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 10_000,
    });
    opened.push(knex);
    const { app, logger } = appRunning(() => knex('things').where({ id: 'x' }));
    const res = await request(app).get('/api/plugin/thing');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe(
      String(DATABASE_RETRY_AFTER_SECONDS),
    );
    expect(res.body.error).toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringMatching(
        /^The database or another service this request needs cannot be reached; retry in 5 seconds \(logId=[0-9a-f]{16}\)$/,
      ),
    });
    expectNoDatabaseDetails(res.body, port);
    expect(JSON.stringify(res.body)).not.toContain('secret-user');
    // The operator still learns what happened, under the id the client was given.
    const logId = /logId=([0-9a-f]+)/.exec(res.body.error.message)![1];
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(logId),
      expect.objectContaining({ code: 'ECONNREFUSED' }),
    );
  });

  it('answers 503 when the knex pool times out', async () => {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
      pool: { min: 1, max: 1 },
      acquireConnectionTimeout: 200,
    });
    opened.push(knex);
    await knex.raw('select 1');
    // The only connection is held by an open transaction: the next query waits for the pool.
    const trx = await knex.transaction();
    try {
      const { app } = appRunning(() => knex.raw('select 1'));
      const res = await request(app).get('/api/plugin/thing');
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expectNoDatabaseDetails(res.body);
    } finally {
      await trx.rollback();
    }
  });

  it('answers 503 when the SQLite connection is closed', async () => {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
      pool: { min: 1, max: 1 },
    });
    opened.push(knex);
    await knex.schema.createTable('things', t => t.string('id'));
    const connection = await knex.client.acquireConnection();
    connection.close();
    await knex.client.releaseConnection(connection);
    const { app } = appRunning(() => knex('things').insert({ id: 'x' }));
    const res = await request(app).get('/api/plugin/thing');
    expect(res.status).toBe(503);
    expectNoDatabaseDetails(res.body);
  });

  it('answers any other driver error as a plain 500 without the SQL knex put in its message', async () => {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    opened.push(knex);
    const { app, logger } = appRunning(() =>
      knex('things').where({ id: 'private-value' }),
    );
    const res = await request(app).get('/api/plugin/thing');
    expect(res.status).toBe(500);
    expect(res.headers['retry-after']).toBeUndefined();
    expect(res.body.error.message).toMatch(
      /^An internal database error occurred \(logId=[0-9a-f]{16}\)$/,
    );
    expectNoDatabaseDetails(res.body);
    expect(JSON.stringify(res.body)).not.toContain('private-value');
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('logId='),
      expect.objectContaining({
        message: expect.stringContaining('no such table'),
      }),
    );
  });

  it.each([
    [
      'a text value',
      (k: Knex) => k.raw('select cast(? as text) as t', ['a\u0000b']),
    ],
    [
      'a JSON value',
      (k: Knex) =>
        k.raw("select cast(? as jsonb) -> 'a' as t", ['{"a":"x\\u0000"}']),
    ],
  ])(
    'answers 400 when PostgreSQL refuses a NUL character in %s, without the SQL',
    async (_what, query) => {
      const knex = knexFactory({
        client: 'pg',
        connection:
          process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
          'postgresql://postgres@127.0.0.1:5432',
      });
      opened.push(knex);
      const { app, logger } = appRunning(() => query(knex));
      const res = await request(app).get('/api/plugin/thing');
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        name: 'InputError',
        message:
          'A text value in the request holds a NUL character (\\u0000 or %00), which cannot be stored; remove it',
      });
      expectNoDatabaseDetails(res.body);
      expect(logger.error).not.toHaveBeenCalled();
    },
  );

  it("keeps a plugin's own 503 message but drops the driver error it wrapped", async () => {
    const refused = Object.assign(
      new Error('connect ECONNREFUSED 127.0.0.1:5432'),
      { code: 'ECONNREFUSED', errno: -111, address: '127.0.0.1', port: 5432 },
    );
    const { app } = appRunning(async () => {
      throw new ServiceUnavailableError(
        'the event store is unavailable; try again later',
        refused,
      );
    });
    const res = await request(app).get('/api/plugin/thing');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.error.message).toBe(
      'the event store is unavailable; try again later',
    );
    expectNoDatabaseDetails(res.body, 5432);
  });

  it("leaves the plugin's other errors alone", async () => {
    const { app } = appRunning(async () => {
      throw new NotFoundError('no thing');
    });
    const res = await request(app).get('/api/plugin/thing');
    expect(res.status).toBe(404);
    expect(res.headers['retry-after']).toBeUndefined();
    expect(res.body.error.message).toBe('no thing');
  });
});

describe('databaseFailureOf', () => {
  const pgError = (code: string, message: string) =>
    Object.assign(new Error(message), {
      code,
      severity: 'FATAL',
      routine: 'ProcessInterrupts',
    });

  it.each([
    [
      pgError('57P01', 'terminating connection due to administrator command'),
      'unavailable',
    ],
    [
      pgError('55000', 'database "x" is not currently accepting connections'),
      'unavailable',
    ],
    [pgError('53300', 'sorry, too many clients already'), 'unavailable'],
    [pgError('40P01', 'deadlock detected'), 'unavailable'],
    [new Error('select 1 - Connection terminated unexpectedly'), 'unavailable'],
    [Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }), 'unavailable'],
    [Object.assign(new Error('x'), { code: 'ECONNRESET' }), 'unreachable'],
    [pgError('42P01', 'relation "x" does not exist'), 'driver'],
    [Object.assign(new Error('x'), { code: 'SQLITE_ERROR' }), 'driver'],
    [new NotFoundError('nothing to do with the database'), undefined],
    [new Error('a bug'), undefined],
  ])('%s is %s', (error, expected) => {
    expect(databaseFailureOf(error)).toBe(expected);
  });

  it('looks through causes', () => {
    expect(
      databaseFailureOf(
        new Error('wrapped', { cause: pgError('08006', 'connection failure') }),
      ),
    ).toBe('unavailable');
  });
});
