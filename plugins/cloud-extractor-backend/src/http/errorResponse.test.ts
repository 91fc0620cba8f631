import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  describeSpecViolation,
  parseInput,
  UnprocessableEntityError,
} from '@fawkes/backend-http';
import express, { type ErrorRequestHandler } from 'express';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { errorResponse, fieldErrorsOf } from './errorResponse';
import { MethodNotAllowedError } from '@fawkes/backend-http';

/** A driver error, as pg names its class. */
class DatabaseError extends Error {}

/** What a route may throw: every kind Backstage's error middleware handles its own way. */
const THROWN: Record<string, () => unknown> = {
  input: () => new InputError('Invalid request query: query.limit: too big'),
  unprocessable: () =>
    new UnprocessableEntityError('Invalid request body: body.x: bad'),
  notFound: () => new NotFoundError('Job not found: job_1'),
  forbidden: () => new NotAllowedError('no'),
  conflict: () => new ConflictError('taken'),
  unavailable: () => new ServiceUnavailableError('later'),
  methodNotAllowed: () => new MethodNotAllowedError('DELETE is not a method'),
  withStatus: () => Object.assign(new Error('slow down'), { status: 429 }),
  plain: () => new Error('boom'),
  notAnError: () => 'a string',
  driver: () => new DatabaseError('select * from secrets'),
};

/** Answers `GET /<kind>` by throwing that kind through `handler`. */
async function serve(handler: ErrorRequestHandler) {
  const app = express();
  app.get('/:kind', (req, _res, next) => next(THROWN[req.params.kind]()));
  app.use(handler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    get: async (kind: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/${kind}?a=1`);
      return { status: res.status, body: await res.json() };
    },
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

// A filtered error's log id differs between two answers.
const sameLogId = (body: unknown) =>
  JSON.parse(JSON.stringify(body).replace(/logId=[0-9a-f]+/g, 'logId=…'));

describe('errorResponse', () => {
  const originalEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = originalEnv;
  });

  it.each(['test', 'production', 'development'])(
    "answers as Backstage's error middleware does in %s, plus detail and errors",
    async env => {
      process.env.NODE_ENV = env;
      const backstage = await serve(mockErrorHandler());
      const plugin = await serve(
        errorResponse(
          mockServices.logger.mock(),
        ) as unknown as ErrorRequestHandler,
      );
      try {
        for (const kind of Object.keys(THROWN)) {
          const expected = await backstage.get(kind);
          const actual = await plugin.get(kind);
          expect({ kind, status: actual.status }).toEqual({
            kind,
            status: expected.status,
          });
          const { detail, errors, ...standard } = actual.body;
          expect({ kind, body: sameLogId(standard) }).toEqual({
            kind,
            body: sameLogId(expected.body),
          });
          expect(detail).toBe(actual.body.error.message);
          expect(Array.isArray(errors)).toBe(true);
          // A stack trace only in development, and never of a filtered internal error.
          expect({ kind, stack: 'stack' in actual.body.error }).toEqual({
            kind,
            stack:
              env === 'development' && !['notAnError', 'driver'].includes(kind),
          });
        }
        // No SQL, no thrown value: a log id instead.
        const driver = await plugin.get('driver');
        expect(driver.status).toBe(500);
        expect(JSON.stringify(driver.body)).not.toContain('secrets');
        expect(driver.body.detail).toMatch(
          /^An internal error occurred logId=/,
        );
      } finally {
        await backstage.close();
        await plugin.close();
      }
    },
  );

  it('logs a 5xx with its error and leaves 4xx unlogged', async () => {
    const logger = mockServices.logger.mock();
    const child = mockServices.logger.mock();
    logger.child.mockReturnValue(child);
    const plugin = await serve(
      errorResponse(logger) as unknown as ErrorRequestHandler,
    );
    try {
      await plugin.get('notFound');
      expect(child.error).not.toHaveBeenCalled();
      await plugin.get('plain');
      expect(child.error).toHaveBeenCalledWith(
        'Request failed with status 500',
        expect.objectContaining({ message: 'boom' }),
      );
    } finally {
      await plugin.close();
    }
  });
});

describe('fieldErrorsOf', () => {
  const invalid = (schema: z.ZodType, value: unknown) => {
    try {
      parseInput(schema, value, 'body');
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the value to be invalid');
  };

  it('names each field of a body the schema refused, without its source', () => {
    const schema = z.object({
      services: z.array(z.string()).min(1, 'must list at least one service'),
      regions: z.array(z.string().regex(/^[a-z-]+$/, 'must be a region')),
      batch_size: z.number().int('must be an integer'),
    });
    expect(
      fieldErrorsOf(
        invalid(schema, {
          services: [],
          regions: ['ok', 'US East'],
          batch_size: 1.5,
        }),
      ),
    ).toEqual([
      { field: 'services', message: 'must list at least one service' },
      { field: 'regions[1]', message: 'must be a region' },
      { field: 'batch_size', message: 'must be an integer' },
    ]);
    // A problem of the whole body names the body.
    expect(fieldErrorsOf(invalid(schema, null))).toEqual([
      { field: 'body', message: expect.any(String) },
    ]);
  });

  it("names the fields of the spec's validation", () => {
    expect(
      fieldErrorsOf(
        describeSpecViolation(
          'request/query/limit must be <= 1000, request/query/status must be equal to one of the allowed values: pending, running',
        ),
      ),
    ).toEqual([
      { field: 'limit', message: 'must be <= 1000' },
      {
        field: 'status',
        message: 'must be equal to one of the allowed values: pending, running',
      },
    ]);
    expect(
      fieldErrorsOf(describeSpecViolation("Unknown query parameter 'page'")),
    ).toEqual([{ field: 'page', message: 'is not a parameter of this route' }]);
  });

  it('keeps a problem whose text has a semicolon whole', () => {
    expect(
      fieldErrorsOf(
        "Invalid request body: body.regions: 'westeurope' is not a region of aws; expected an AWS region such as us-east-1",
      ),
    ).toEqual([
      {
        field: 'regions',
        message:
          "'westeurope' is not a region of aws; expected an AWS region such as us-east-1",
      },
    ]);
  });

  it('names no field for errors that are not about one', () => {
    for (const message of [
      "Unsupported provider: 'invalid-provider'",
      "Invalid services for aws: ['invalid-service']",
      'Job not found: job_1234567890',
      'Invalid request body: body must be JSON: syntax error at position 1',
      'Invalid request body: body must be JSON sent with Content-Type: application/json; got text/plain',
      "cron_expression '61 * * * *' is not valid: Constraint error",
    ])
      expect({ message, errors: fieldErrorsOf(message) }).toEqual({
        message,
        errors: [],
      });
  });
});
