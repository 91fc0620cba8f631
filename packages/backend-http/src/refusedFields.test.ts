import { z } from 'zod';
import { parseInput } from './parseInput';
import { describeSpecViolation } from './refusedInput';
import { refusedFields } from './refusedFields';

const refusal = (schema: z.ZodType, value: unknown) => {
  try {
    parseInput(schema, value, 'body');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the value to be refused');
};

describe('refusedFields', () => {
  it("names each field of the spec's validation, across sources", () => {
    expect(
      refusedFields(
        describeSpecViolation(
          'request/body/items/2/name must be string, request/path/id must NOT have fewer than 1 characters, request/query/status must be equal to one of the allowed values: Running, Stopped',
        ),
      ),
    ).toEqual([
      { source: 'body', field: 'items[2].name', reason: 'must be string' },
      {
        source: 'params',
        field: 'id',
        reason: 'must NOT have fewer than 1 characters',
      },
      {
        source: 'query',
        field: 'status',
        reason: 'must be equal to one of the allowed values: Running, Stopped',
      },
    ]);
    expect(
      refusedFields(describeSpecViolation("Unknown query parameter 'page'")),
    ).toEqual([
      {
        source: 'query',
        field: 'page',
        reason: 'is not a parameter of this route',
      },
    ]);
  });

  it('names the whole source with an empty field', () => {
    expect(
      refusedFields(
        describeSpecViolation(
          "request/body must have required property 'name'",
        ),
      ),
    ).toEqual([
      {
        source: 'body',
        field: '',
        reason: "must have required property 'name'",
      },
    ]);
  });

  it('names each field parseInput refused', () => {
    const schema = z.object({
      services: z.array(z.string()).min(1, 'must list at least one service'),
      regions: z.array(z.string().regex(/^[a-z-]+$/, 'must be a region')),
    });
    expect(
      refusedFields(refusal(schema, { services: [], regions: ['US East'] })),
    ).toEqual([
      {
        source: 'body',
        field: 'services',
        reason: 'must list at least one service',
      },
      { source: 'body', field: 'regions[0]', reason: 'must be a region' },
    ]);
  });

  it('reads the problems a route throws without the header', () => {
    expect(
      refusedFields(
        'query.timeRange: must be last7days or <from>/<to>, got "yesterday"',
      ),
    ).toEqual([
      {
        source: 'query',
        field: 'timeRange',
        reason: 'must be last7days or <from>/<to>, got "yesterday"',
      },
    ]);
  });

  it('keeps a reason whose text has a semicolon whole', () => {
    expect(
      refusedFields(
        'Invalid request query: query.holidays: must be dates, comma-separated; item 2 is "x"; query.limit: must be <= 1000',
      ),
    ).toEqual([
      {
        source: 'query',
        field: 'holidays',
        reason: 'must be dates, comma-separated; item 2 is "x"',
      },
      { source: 'query', field: 'limit', reason: 'must be <= 1000' },
    ]);
  });

  it('names no field for messages that are not about one', () => {
    for (const message of [
      describeSpecViolation('unsupported media type text/plain'),
      'Invalid request body: body must be JSON: syntax error at position 1',
      'Invalid request body: body could not be read',
      'Request body too large: it may be at most 100 bytes',
      'Job not found: job_1',
      'team payments owns no Component; query.team: is unknown',
      '',
    ])
      expect({ message, fields: refusedFields(message) }).toEqual({
        message,
        fields: [],
      });
  });
});
